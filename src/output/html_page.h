#pragma once
// The bulletin as a web page: the player with its captions, then the transcript, a section
// per story with a link that plays the audio from that story.

#include <filesystem>
#include <string>
#include <string_view>

#include "audio/audio.h"
#include "script/phrases.h"
#include "script/script.h"

namespace nieuwslezer {

/// What the page says about the bulletin, and where its files are.
struct PageInfo {
  std::string title;         // <title> and <h1>: "Nieuws van 8 uur, 28 november 2026"
  std::string station;       // shown under the title when not empty
  std::string air_time;      // ISO 8601 with offset: "2026-11-28T08:00:00+01:00"
  std::string audio_url;     // relative to the page, percent-encoded: "nieuws%2008.mp3"
  std::string captions_url;  // likewise: "nieuws%2008.vtt"
};

/// An HTML5 page in Dutch (lang="nl") for the bulletin in `script`, timed by the markers of
/// `audio`: an <h1> with the title, an <audio controls> of info.audio_url with a default
/// <track kind="captions" srclang="nl"> of info.captions_url, links to both files, and the
/// transcript as written: the frame's sentences (opening, transition, closing) as paragraphs,
/// each story a <section> whose <h2> is its first sentence, its other sentences paragraph by
/// paragraph, and a link "Luister vanaf dit bericht (0:52)" to "nieuws.mp3#t=52.2" (a media
/// fragment: it plays from the story without scripts; a small script makes it seek the
/// player on the page instead). A story without a marker gets no link. All text is escaped;
/// the texts of the page's own are `phrases` (data/phrases.nl.txt).
std::string html_page(const Script& script, const Audio& audio, const PageInfo& info,
                      const PagePhrases& phrases);

/// Text for HTML content or a quoted attribute: "a<b & \"c\" 'd'" ->
/// "a&lt;b &amp; &quot;c&quot; &#39;d&#39;". C0 controls but tab, LF and CR are left out
/// (HTML does not allow them); other UTF-8 passes as it is.
std::string html_escape(std::string_view text);

/// The URL of `target` from the folder of `page`, both absolute and normalized, each path
/// part percent-encoded: ("/srv/www/nieuws/index.html", "/srv/www/audio/nieuws 08.mp3") ->
/// "../audio/nieuws%2008.mp3"; ("/a/p.html", "/a/b.wav") -> "b.wav".
std::string relative_url(const std::filesystem::path& page, const std::filesystem::path& target);

/// Where a link plays from, in seconds for a media fragment: 52.26 -> "52.2" (tenths, rounded
/// down so that the story's first word is heard whole), 0 -> "0.0".
std::string fragment_time(double seconds);

/// A time in the audio as a listener reads it: 5.9 -> "0:05", 65.4 -> "1:05",
/// 3725 -> "1:02:05".
std::string clock_time(double seconds);

}  // namespace nieuwslezer
