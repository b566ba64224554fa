#pragma once
// Script stage: running order -> what the newsreader says.

#include "order/ordering.h"
#include "order/time_zone.h"
#include "script/phrases.h"
#include "script/script.h"
#include "text/text_data.h"

namespace nieuwslezer {

/// One paragraph of written news as the newsreader says it, sentence by sentence, each with
/// the written sentence it comes from: "Het KNMI waarschuwt. Het regent." -> {"Het
/// K-N-M-I waarschuwt.", "Het regent."}. Sentences with nothing to say are left out.
struct SpokenSentence {
  SpokenText spoken;
  std::string written;
};
std::vector<SpokenSentence> spoken_sentences(std::string_view paragraph, const TextData& text_data);

/// Writes the bulletin: opening ("Goedemorgen. Het is acht uur. Hier is het nieuws."), the
/// lead's headline and paragraphs, the transition ("Verder in het nieuws.") when a lead and
/// ticker items are both there, each ticker item, and the closing. Datelines become "{place}."
/// ("BRUSSEL" -> "Brussel."), credits are never spoken, and every text is normalized for
/// speech. A story of more than kMaxStoryWords words is cut to its first sentences within
/// that limit, with a note in Script::warnings; a sentence of more than kMaxSentenceWords
/// is said in pieces (split_sentences). `air_time` is the wall-clock time of the bulletin.
/// Never fails on an empty order:
/// the caller decides whether a frame-only bulletin is acceptable. `frame_vars` adds template
/// variables for the frame, e.g. {"station": "Radio Zuidwest", "date": "28 november 2026"}.
Script write_script(const RunningOrder& order, const CivilTime& air_time, const Phrases& phrases,
                    const TextData& text_data,
                    const std::map<std::string, std::string>& frame_vars = {});

}  // namespace nieuwslezer
