#pragma once
// The SSML given to eSpeak NG: Dutch text with <voice xml:lang="en"> for English runs.

#include <string>
#include <string_view>
#include <vector>

#include "text/spoken_text.h"

namespace nieuwslezer {

/// One utterance as an SSML document, XML-escaped, runs in another language wrapped in a
/// voice switch: ({"Dat meldt ", ""}, {"The Washington Post", "en"}, {".", ""}), "nl" ->
/// <speak xml:lang="nl">Dat meldt <voice xml:lang="en-gb">The Washington Post</voice>.</speak>
std::string to_ssml(const SpokenText& spoken, std::string_view language);

/// A segment of a longer document and the silence after it.
struct SsmlSegment {
  SpokenText spoken;
  int pause_after_ms = 0;  // <break time="..ms"/> after the segment; 0 = none
};

/// Several segments as one document, one <p> each, followed by their breaks:
/// <speak xml:lang="nl">\n<p>Goedemorgen.</p><break time="700ms"/>\n...</speak>
std::string to_ssml(const std::vector<SsmlSegment>& segments, std::string_view language);

/// The inside of a <speak> element for one SpokenText, for callers that build their own
/// document: "Dat meldt <voice xml:lang=\"en-gb\">The Washington Post</voice>."
std::string ssml_body(const SpokenText& spoken);

/// The xml:lang eSpeak NG needs for a run's language: "en" -> "en-gb", "fr" -> "fr-fr"
/// (eSpeak 1.51 switches to a bare alias only once per document), others unchanged.
std::string ssml_language(std::string_view language);

/// Escapes text for XML: "R&D <1>" -> "R&amp;D &lt;1&gt;".
std::string xml_escape(std::string_view text);

}  // namespace nieuwslezer
