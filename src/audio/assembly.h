#pragma once
// Assembly stage: one synthesized utterance per script segment -> one programme.

#include <vector>

#include "audio/audio.h"
#include "script/script.h"
#include "speech/synthesizer.h"

namespace nieuwslezer {

/// Silence between segments, in milliseconds.
struct Pauses {
  int sentence_ms = 350;   // between sentences of one paragraph
  int paragraph_ms = 550;  // between paragraphs of one story
  int story_ms = 1000;     // between stories
  int section_ms = 1200;   // after the opening, before the closing
  int edge_ms = 250;       // before the first and after the last word
};

/// Joins `speech[i][j]` (sentence j of `script.segments[i]`) into mono audio: eSpeak's own
/// leading and trailing silence is trimmed and replaced by our pauses, so pauses are exact.
/// Adds a marker per segment (sentence -1) and per sentence, with start and end frames.
/// Throws std::invalid_argument when the counts or sample rates disagree.
Audio assemble(const Script& script, const std::vector<std::vector<Speech>>& speech,
               const Pauses& pauses);

/// Length of a pause in milliseconds.
int pause_ms(Pause pause, const Pauses& pauses);

}  // namespace nieuwslezer
