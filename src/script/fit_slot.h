#pragma once
// Fitting a bulletin into its slot: which ticker stories fit in --max-duration, measured by
// the caller (this stage knows the script, not the audio).

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "script/script.h"

namespace nieuwslezer {

/// A script cut to some of its ticker stories, and which segments of the full script it
/// kept (segments[k] is the index in the full script of the cut one's segment k).
struct KeptStories {
  Script script;
  std::vector<std::size_t> segments;
};

/// `script` without the ticker stories whose numbers are not in `keep` (the frame and the
/// lead always stay; the transition only while a ticker story stays); the last story before
/// the closing gets the section pause, and a story now followed by another the story pause.
KeptStories keep_stories(const Script& script, const std::vector<int>& keep);

/// The ticker stories (numbers >= 1) to keep so that seconds(keep_stories(script, keep))
/// is at most `max_seconds`: the lead and frame always, then ticker stories in script order
/// (newest first) while they fit; one that does not fit is skipped and a shorter later one
/// may still go in. Returns nullopt when even the frame and the lead do not fit.
std::optional<std::vector<int>> stories_that_fit(
    const Script& script, double max_seconds,
    const std::function<double(const KeptStories&)>& seconds);

}  // namespace nieuwslezer
