#include "script/fit_slot.h"

#include <algorithm>

namespace nieuwslezer {

KeptStories keep_stories(const Script& script, const std::vector<int>& keep) {
  KeptStories kept;
  const auto wanted = [&](int story) {
    return story < 1 || std::find(keep.begin(), keep.end(), story) != keep.end();
  };
  const bool any_ticker = !keep.empty();
  std::vector<Segment>& segments = kept.script.segments;
  for (std::size_t i = 0; i < script.segments.size(); ++i) {
    const Segment& segment = script.segments[i];
    if (!wanted(segment.story)) continue;
    if (segment.kind == SegmentKind::kTransition && !any_ticker) continue;
    if (segment.kind == SegmentKind::kClosing && !segments.empty() && segments.back().story >= 0) {
      segments.back().pause_after = Pause::kSection;
    }
    segments.push_back(segment);
    kept.segments.push_back(i);
  }
  // A story that was followed by another and is now followed by the closing: see above. A
  // story that was last and is now followed by another keeps kSection; make it kStory.
  for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
    Segment& segment = segments[i];
    const Segment& next = segments[i + 1];
    if (segment.story >= 0 && next.story >= 0 && next.story != segment.story &&
        segment.pause_after == Pause::kSection) {
      segment.pause_after = Pause::kStory;
    }
  }
  return kept;
}

std::optional<std::vector<int>> stories_that_fit(
    const Script& script, double max_seconds,
    const std::function<double(const KeptStories&)>& seconds) {
  const auto fits = [&](const std::vector<int>& keep) {
    return seconds(keep_stories(script, keep)) <= max_seconds;
  };
  std::vector<int> keep;
  if (!fits(keep)) return std::nullopt;
  std::vector<int> stories;
  for (const Segment& segment : script.segments) {
    if (segment.story >= 1 && (stories.empty() || stories.back() != segment.story)) {
      stories.push_back(segment.story);
    }
  }
  for (int story : stories) {
    keep.push_back(story);
    if (!fits(keep)) keep.pop_back();
  }
  return keep;
}

}  // namespace nieuwslezer
