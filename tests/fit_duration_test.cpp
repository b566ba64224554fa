#include "audio/fit_duration.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

// A bulletin of `lengths[k]` seconds of sound per segment at 1000 Hz: opening, lead,
// transition, ticker stories 1..n, closing.
SpokenScript bulletin(const std::vector<double>& ticker_seconds) {
  SpokenScript spoken;
  const auto add = [&](SegmentKind kind, int story, double seconds, Pause pause) {
    spoken.script.segments.push_back(
        Segment{kind, story, {SpokenText{{text_run("x.")}}}, {"x."}, pause});
    Speech speech;
    speech.sample_rate = 1000;
    speech.samples.assign(static_cast<std::size_t>(seconds * 1000), 8000);
    spoken.speech.push_back({speech});
  };
  add(SegmentKind::kOpening, -1, 2, Pause::kSection);
  add(SegmentKind::kHeadline, 0, 3, Pause::kStory);
  add(SegmentKind::kTransition, -1, 1, Pause::kParagraph);
  for (std::size_t i = 0; i < ticker_seconds.size(); ++i) {
    add(SegmentKind::kTickerItem, static_cast<int>(i + 1), ticker_seconds[i],
        i + 1 == ticker_seconds.size() ? Pause::kSection : Pause::kStory);
  }
  add(SegmentKind::kClosing, -1, 1, Pause::kNone);
  return spoken;
}

const Pauses kPauses{0, 0, 1000, 1000, 0};  // 1 s between stories and around the frame

double seconds(const SpokenScript& spoken) {
  return assemble(spoken.script, spoken.speech, kPauses).seconds();
}

TEST(FitDuration, KeepsTheLeadAndAddsTickerItemsWhileTheyFit) {
  const SpokenScript all = bulletin({5, 20, 4});  // frame + lead = 2+1+3+1+1+1+1+1 ...
  const double base = seconds(keep_stories(all, {}));
  const auto keep = stories_that_fit(all, kPauses, base + 12.5, 0.0);
  ASSERT_TRUE(keep.has_value());
  EXPECT_EQ(*keep, (std::vector<int>{1, 3})) << "the 20 s item is skipped, the 4 s one still fits";
  EXPECT_LE(seconds(keep_stories(all, *keep)), base + 12.5);
}

TEST(FitDuration, KeptStoriesGetTheRightPauses) {
  const SpokenScript kept = keep_stories(bulletin({5, 20, 4}), {1});
  ASSERT_EQ(kept.script.segments.size(), 5u);
  EXPECT_EQ(kept.script.segments[3].story, 1);
  EXPECT_EQ(kept.script.segments[3].pause_after, Pause::kSection) << "now last before the closing";
  const SpokenScript none = keep_stories(bulletin({5}), {});
  for (const auto& segment : none.script.segments) {
    EXPECT_NE(segment.kind, SegmentKind::kTransition) << "no transition without ticker";
  }
  EXPECT_EQ(none.speech.size(), none.script.segments.size());
}

TEST(FitDuration, ExtraSecondsCountAndTooShortIsNullopt) {
  const SpokenScript all = bulletin({5, 5});
  const double base = seconds(keep_stories(all, {}));
  EXPECT_EQ(stories_that_fit(all, kPauses, base + 20, 0.0)->size(), 2u);
  EXPECT_EQ(stories_that_fit(all, kPauses, base + 20, 10.0)->size(), 1u);
  EXPECT_FALSE(stories_that_fit(all, kPauses, base - 1, 0.0).has_value());
}

}  // namespace
}  // namespace nieuwslezer
