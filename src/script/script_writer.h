#pragma once
// Script stage: running order -> what the newsreader says.

#include "order/ordering.h"
#include "order/time_zone.h"
#include "script/editorial.h"
#include "script/phrases.h"
#include "script/script.h"
#include "text/text_data.h"

namespace nieuwslezer {

/// A written sentence as the newsreader says it, with the written sentence it comes from.
struct SpokenSentence {
  SpokenText spoken;
  std::string written;
};

/// A written sentence of more words than this is cut where the writer put ";" or ":".
inline constexpr std::size_t kLongSentenceWords = 25;

/// One paragraph of written news as the newsreader says it, sentence by sentence: edited
/// (edited_paragraph: residue, brackets, quotes), split into sentences, long ones cut at ";"
/// and ":" (cut_at_semicolons), each normalized for speech. "Het KNMI (weerinstituut)
/// waarschuwt. Het regent." -> {"Het K-N-M-I waarschuwt.", "Het regent."}. Sentences with
/// nothing to say, and residue sentences ("Bekijk de video"), are left out.
std::vector<SpokenSentence> spoken_sentences(std::string_view paragraph, const TextData& text_data,
                                             const EditorialData& editorial);

/// spoken_sentences for a paragraph that has been edited already (edited_paragraph).
std::vector<SpokenSentence> sentences_of(std::string_view edited, const TextData& text_data,
                                         const EditorialData& editorial);

/// Writes the bulletin: opening ("Goedemorgen. Het is acht uur. Hier is het nieuws."), the
/// lead's headline and paragraphs, the transition ("Verder in het nieuws.") when a lead and
/// ticker items are both there, each ticker item, and the closing. A headline its first
/// sentence repeats is not read; a ticker item's dateline place is brought in with a phrasing
/// from the phrases ("Dan naar Brussel."), unless the item names it or the item before came
/// from there; every paragraph is edited (edited_paragraph) and normalized for speech. A story of
/// more than kMaxStoryWords words is cut to its first sentences within that limit, with a note in
/// Script::warnings; a sentence of more than kMaxSentenceWords is said in pieces (split_sentences).
/// `air_time` is the wall-clock time of the bulletin. Never fails on an empty order: the caller
/// decides whether a frame-only bulletin is acceptable. `frame_vars` adds template variables for
/// the frame, e.g. {"station": "Radio Zuidwest", "date": "28 november 2026"}.
Script write_script(const RunningOrder& order, const CivilTime& air_time, const Phrases& phrases,
                    const TextData& text_data, const EditorialData& editorial,
                    const std::map<std::string, std::string>& frame_vars = {});

}  // namespace nieuwslezer
