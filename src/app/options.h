#pragma once
// Everything the command line (or the configuration file) can set, as plain values.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "audio/programme.h"
#include "script/pauses.h"

namespace nieuwslezer {

/// Everything the command line can set. Defaults are the documented ones.
struct Options {
  std::vector<std::string> inputs;        // pages, feeds or JSON ("-" = stdin)
  bool example = false;                   // read the bundled example page (also: none at a tty)
  std::string output = "bulletin.wav";    // "-" = stdout
  std::optional<std::string> script;      // where to write the script text ("-" = stdout)
  std::optional<std::string> ssml;        // where to write the SSML sent to eSpeak NG
  bool no_audio = false;                  // write only the script
  std::optional<std::string> now;         // reference time, ISO 8601; default: the clock
  std::optional<std::string> scraped_at;  // when every input was scraped (as --now)
  int timeout = 20;                       // seconds for each URL's whole transfer
  std::optional<std::string> cache;       // folder of the web inputs' conditional GETs
  std::string timezone = "Europe/Amsterdam";
  std::optional<std::string> max_age;    // "6h", "90m"
  std::optional<std::size_t> max_items;  // cap on ticker items
  std::size_t min_items = 0;             // fewer fresh ticker items: nothing to air (exit 5)
  bool allow_empty = false;
  std::optional<std::size_t> lead_sentences;
  int jobs = 0;                             // processes that synthesize at once; 0 = one per CPU
  std::optional<std::string> max_duration;  // the finished file is at most this long ("3m")
  std::string voice = "nieuwslezer";        // profile in voices/ or an eSpeak voice
  std::optional<std::string> ticker_voice;  // a second voice for the ticker items
  std::optional<int> rate;                  // words per minute, overrides the voice
  std::optional<int> pitch;                 // eSpeak 0..100, overrides the voice
  std::vector<std::string> lexicons;        // extra pronunciation files, later ones win

  // Sound and delivery.
  std::string preset = "podcast";     // podcast, radio or raw (see mastering.h)
  std::optional<double> lufs;         // integrated loudness target, overrides the preset
  std::optional<double> true_peak;    // true-peak ceiling in dBTP, overrides the preset
  std::optional<int> sample_rate;     // Hz, overrides the preset
  int channels = 1;                   // 1 (mono) or 2 (stereo)
  std::optional<std::string> format;  // wav, wav24, flac, ogg, opus, mp3; default: from -o
  std::optional<bool> bext;           // Broadcast Wave chunk; default: on for radio WAVs
  std::optional<bool> cart;           // AES46 cart chunk; default: on for radio WAVs
  std::optional<std::string> cut_id;  // the cart chunk's cut id; default: the slot, 20261128-0800
  bool sync = false;                  // each output on the disk before it is renamed
  bool progress = false;  // a progress line on standard error (set by main: at a terminal)
  std::string station;    // artist tag and bext originator
  std::optional<std::string> title;         // title tag; default from data/phrases.nl.txt
  std::optional<std::string> manifest;      // JSON manifest of segments and sentences
  std::optional<std::string> captions;      // WebVTT captions, one cue per sentence
  std::optional<std::string> html;          // a web page: player, captions, transcript
  Pauses pauses;                            // silences between sentences, paragraphs, stories
  std::optional<std::string> podcast_feed;  // RSS file this bulletin is added to
  std::string podcast_url;                  // base URL the audio file is served from
  std::size_t podcast_keep = 24;            // episodes kept in the feed
  std::string podcast_author;               // itunes:author; default: --station
  std::string podcast_owner;                // itunes:owner name; default: the author
  std::string podcast_email;                // itunes:owner e-mail: "redactie@example.org"
  std::string podcast_image;                // itunes:image, a JPEG or PNG URL
  std::string podcast_category = "News/Daily News";  // Apple's category[/subcategory]
  bool podcast_explicit = false;                     // itunes:explicit
  bool podcast_chapters = false;                     // write <-o's stem>.chapters.json and link it

  // Programme elements: jingles and a music bed, any format libsndfile reads.
  std::optional<std::string> intro, outro, bed;
  double intro_gain = 0.0;  // dB relative to the speech's loudness
  double outro_gain = 0.0;
  double bed_gain = -6.0;    // the bed's level when not ducked, dB re speech
  BedSettings bed_settings;  // ducking depth, attack, release, lead-in, fade-out
};
}  // namespace nieuwslezer
