#pragma once
// The bulletin's web page (--html): which captions it links, the checks on its options, and
// the page itself with its links relative to where it is written.

#include <optional>
#include <string>

#include "app/options.h"
#include "audio/audio.h"
#include "script/phrases.h"
#include "script/script.h"

namespace nieuwslezer {

/// The captions file to write: --captions, or with --html and no --captions one beside the
/// page ("nieuws/index.html" -> "nieuws/index.vtt"), so the page's player has its captions.
/// None when neither is given.
std::optional<std::string> captions_file(const Options& options);

/// Throws UsageError when --html cannot make a page that plays the bulletin: with --no-audio,
/// with "-" (standard output) as the page, the audio (-o) or the captions.
void check_html_options(const Options& options);

/// The page for --html (none without it): `title` and `air_time` (ISO 8601) as the manifest
/// has them, the audio and captions linked by their paths from the page's folder.
std::optional<std::string> bulletin_page(const Options& options, const Script& script,
                                         const Audio& audio, const std::string& title,
                                         const std::string& air_time, const PagePhrases& phrases);

}  // namespace nieuwslezer
