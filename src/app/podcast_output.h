#pragma once
// The podcast feed's part of a run: its options checked, the existing feed checked before
// any output is written, the chapters file, and the episode added under a lock.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "app/options.h"
#include "app/outputs.h"
#include "audio/audio.h"
#include "audio/audio_file.h"
#include "script/script.h"

namespace nieuwslezer {

/// Checks the --podcast-* values: --podcast-url and --podcast-image are http(s) URLs without
/// spaces or quotes, the image a .jpg, .jpeg or .png; --podcast-email looks like an address
/// (name@example.org); --podcast-category is "Category" or "Category/Subcategory" of Apple's
/// list in `categories_file` (data/podcast_categories.tsv); and `format`, when an episode is
/// written, is one podcast apps play: WAV and FLAC are refused. Throws UsageError naming the
/// option, DataError for a missing or broken list.
void check_podcast_options(const Options& options, std::optional<AudioFormat> format,
                           const std::filesystem::path& categories_file);

/// Before any output is written: an existing --podcast-feed must be a feed the episode can
/// be added to, so a broken or empty one (whose history would be lost) stops the run.
/// Warns about a format Apple Podcasts does not play (Ogg Vorbis, Opus) and about a missing
/// --podcast-image or --podcast-email (Apple asks for both). Throws InputError
/// "feed.xml: is empty, not an RSS 2.0 feed (its episodes would be lost)" and the like.
void check_podcast_feed_file(const Options& options, AudioFormat format);

/// The chapters file beside the audio: "out/nieuws-0800.mp3" -> "out/nieuws-0800.chapters.json".
std::filesystem::path chapters_file(const std::string& audio_file);

/// With --podcast-feed and --podcast-chapters: the JSON chapters of `audio` (its segment
/// markers), for chapters_file(-o); otherwise none.
std::optional<std::string> podcast_chapters(const Options& options, const Script& script,
                                            const Audio& audio, const BulletinFacts& facts);

/// The audio file just written, as the feed describes it.
struct WrittenAudio {
  std::uint64_t bytes = 0;
  double seconds = 0;
  AudioFormat format = AudioFormat::kMp3;
};

/// Adds the bulletin to --podcast-feed: under an exclusive lock on "<feed>.lock" the feed is
/// read again, the episode added and the feed replaced atomically, so runs that overlap each
/// add their episode. Enclosure, transcript (--captions) and chapters URLs are
/// --podcast-url/<file name, percent-encoded>. Throws InputError naming the feed when it is
/// not one (left as it is), OutputError when it cannot be locked or written.
void update_podcast_feed(const Options& options, const Script& script, const BulletinFacts& facts,
                         const WrittenAudio& written);

}  // namespace nieuwslezer
