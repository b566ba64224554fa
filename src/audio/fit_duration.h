#pragma once
// Fitting a bulletin into its slot: which ticker stories fit in --max-duration.

#include <optional>
#include <vector>

#include "audio/assembly.h"
#include "script/script.h"
#include "speech/synthesizer.h"

namespace nieuwslezer {

/// A script with the utterance of each of its sentences (speech[i][j]: segment i, sentence j).
struct SpokenScript {
  Script script;
  std::vector<std::vector<Speech>> speech;
};

/// `spoken` without the ticker stories whose numbers are not in `keep` (the frame and the
/// lead always stay; the transition only while a ticker story stays); the last story before
/// the closing gets the section pause.
SpokenScript keep_stories(const SpokenScript& spoken, const std::vector<int>& keep);

/// The ticker stories (numbers >= 1) to keep so that the assembled bulletin plus
/// `extra_seconds` (jingles, mastering pads) lasts at most `max_seconds`: the lead and frame
/// always, then ticker stories in script order (newest first) while they fit; one that does
/// not fit is skipped and a shorter later one may still go in. Returns nullopt when even the
/// frame and the lead do not fit.
std::optional<std::vector<int>> stories_that_fit(const SpokenScript& spoken, const Pauses& pauses,
                                                 double max_seconds, double extra_seconds);

}  // namespace nieuwslezer
