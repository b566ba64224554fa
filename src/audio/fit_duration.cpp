#include "audio/fit_duration.h"

#include <algorithm>

namespace nieuwslezer {

SpokenScript keep_stories(const SpokenScript& spoken, const std::vector<int>& keep) {
  SpokenScript kept;
  const auto wanted = [&](int story) {
    return story < 1 || std::find(keep.begin(), keep.end(), story) != keep.end();
  };
  const bool any_ticker = !keep.empty();
  for (std::size_t i = 0; i < spoken.script.segments.size(); ++i) {
    const Segment& segment = spoken.script.segments[i];
    if (!wanted(segment.story)) continue;
    if (segment.kind == SegmentKind::kTransition && !any_ticker) continue;
    if (segment.kind == SegmentKind::kClosing && !kept.script.segments.empty() &&
        kept.script.segments.back().story >= 0) {
      kept.script.segments.back().pause_after = Pause::kSection;
    }
    kept.script.segments.push_back(segment);
    kept.speech.push_back(spoken.speech.at(i));
  }
  // A story that was followed by another and is now followed by the closing: see above. A
  // story that was last and is now followed by another keeps kSection; make it kStory.
  for (std::size_t i = 0; i + 1 < kept.script.segments.size(); ++i) {
    Segment& segment = kept.script.segments[i];
    const Segment& next = kept.script.segments[i + 1];
    if (segment.story >= 0 && next.story >= 0 && next.story != segment.story &&
        segment.pause_after == Pause::kSection) {
      segment.pause_after = Pause::kStory;
    }
  }
  return kept;
}

std::optional<std::vector<int>> stories_that_fit(const SpokenScript& spoken, const Pauses& pauses,
                                                 double max_seconds, double extra_seconds) {
  const auto seconds = [&](const std::vector<int>& keep) {
    const SpokenScript candidate = keep_stories(spoken, keep);
    return assemble(candidate.script, candidate.speech, pauses).seconds() + extra_seconds;
  };
  std::vector<int> keep;
  if (seconds(keep) > max_seconds) return std::nullopt;
  std::vector<int> stories;
  for (const Segment& segment : spoken.script.segments) {
    if (segment.story >= 1 && (stories.empty() || stories.back() != segment.story)) {
      stories.push_back(segment.story);
    }
  }
  for (int story : stories) {
    keep.push_back(story);
    if (seconds(keep) > max_seconds) keep.pop_back();
  }
  return keep;
}

}  // namespace nieuwslezer
