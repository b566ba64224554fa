#pragma once
// How long the script's pauses last: the silences between sentences, paragraphs, stories.

#include "script/script.h"

namespace nieuwslezer {

/// Silence between segments, in milliseconds.
struct Pauses {
  int sentence_ms = 350;   // between sentences of one paragraph
  int paragraph_ms = 550;  // between paragraphs of one story
  int story_ms = 1000;     // between stories
  int section_ms = 1200;   // after the opening, before the closing
  int edge_ms = 250;       // before the first and after the last word
};

/// Length of a pause in milliseconds: Pause::kStory -> pauses.story_ms, kNone -> 0.
int pause_ms(Pause pause, const Pauses& pauses);

}  // namespace nieuwslezer
