#pragma once
// Writing the bulletin's files: the audio first, then the script, SSML, manifest, captions,
// web page and the podcast feed, each replaced atomically.

#include <string>

#include "app/delivery.h"
#include "app/options.h"
#include "audio/audio.h"
#include "order/time_zone.h"
#include "output/cue_split.h"
#include "script/phrases.h"
#include "script/script.h"

namespace nieuwslezer {

/// 2026-11-28T07:00:00Z in Europe/Amsterdam -> "2026-11-28T08:00:00+01:00".
std::string iso_time(Instant instant, const TimeZone& zone);

/// Writes --script and --ssml (the SSML in `language`), when asked for.
void write_scripts(const Options& options, const Script& script, const std::string& language);

/// What the bulletin is called and when it airs, for the manifest and the feed.
struct BulletinFacts {
  std::string title;
  std::string programme;            // the podcast's title: "Nieuws van Radio Zuidwest"
  std::string podcast_description;  // a new feed's
  Instant now;
  const TimeZone& zone;
  std::string voice;             // its name, for the log
  std::string language;          // the voice's, for the SSML
  PagePhrases page;              // the texts of the --html page
  const CaptionRules& captions;  // where the captions' cues are cut
};

/// Writes the audio (-o) as `delivery` says, then the scripts, manifest, captions, web page
/// and the podcast feed episode, so that if the audio cannot be written the earlier bulletin's
/// files still belong together. Returns the audio's length in seconds. Throws OutputError
/// naming the file, or InputError for an existing feed that cannot be read (left as it is).
double write_bulletin(const Options& options, const Script& script, Audio audio,
                      const Delivery& delivery, const BulletinFacts& facts);

}  // namespace nieuwslezer
