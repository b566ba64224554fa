#pragma once
// What eSpeak NG is given: the text of each utterance, with eSpeak's phoneme input ([[...]])
// for the runs said by their phonemes, and the whole bulletin as an SSML document (--ssml).

#include <string>
#include <string_view>
#include <vector>

#include "text/spoken_text.h"

namespace nieuwslezer {

/// One utterance as eSpeak NG reads it (with espeakPHONEMES): plain runs as they are (their
/// source when they have one: "19 45" for "negentien vijfenveertig"), runs with phonemes as
/// [[...]]: ({"Dat meldt "}, {"A-N-P", phonemes ",a:,En'pe:"}, {"."}) ->
/// "Dat meldt [[,a:,En'pe:]].". A suffix glued to a phoneme run with an apostrophe takes a
/// hyphen ("C-D-A'ers" -> "[[...]]-ers"): eSpeak pauses at "]]'". Throws std::logic_error
/// for a foreign run whose phonemes were not filled in (the speech stage does that).
std::string espeak_text(const SpokenText& spoken);

/// A segment of the document: its sentences and the silence after it.
struct SsmlSegment {
  std::vector<SpokenText> sentences;
  int pause_after_ms = 0;  // <break time="..ms"/> after the segment; 0 = none
};

/// The bulletin as one SSML document: one <p> per segment, one <s> per sentence holding
/// exactly the text eSpeak NG is given for it (espeak_text, XML-escaped), and our pauses as
/// <break>s. Each sentence ends in a line break before </s>: eSpeak NG 1.51 reads a number
/// or a phoneme run right before a closing tag as an ordinal or says "punt".
///   <speak xml:lang="nl">
///   <p><s>Goedemorgen.
///   </s></p><break time="700ms"/>
///   </speak>
std::string to_ssml(const std::vector<SsmlSegment>& segments, std::string_view language);

/// Escapes text for XML: "R&D <1>" -> "R&amp;D &lt;1&gt;".
std::string xml_escape(std::string_view text);

}  // namespace nieuwslezer
