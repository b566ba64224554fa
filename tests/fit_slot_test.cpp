#include "script/fit_slot.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

// A bulletin of one one-sentence segment each: opening, lead, transition, ticker stories
// 1..n, closing. The length of each is in `seconds_of`, by segment, for the measure below.
struct Bulletin {
  Script script;
  std::vector<double> seconds_of;
};

Bulletin bulletin(const std::vector<double>& ticker_seconds) {
  Bulletin b;
  const auto add = [&](SegmentKind kind, int story, double seconds, Pause pause) {
    b.script.segments.push_back(
        Segment{kind, story, {SpokenText{{text_run("x.")}}}, {"x."}, pause, ""});
    b.seconds_of.push_back(seconds);
  };
  add(SegmentKind::kOpening, -1, 2, Pause::kSection);
  add(SegmentKind::kHeadline, 0, 3, Pause::kStory);
  add(SegmentKind::kTransition, -1, 1, Pause::kParagraph);
  for (std::size_t i = 0; i < ticker_seconds.size(); ++i) {
    add(SegmentKind::kTickerItem, static_cast<int>(i + 1), ticker_seconds[i],
        i + 1 == ticker_seconds.size() ? Pause::kSection : Pause::kStory);
  }
  add(SegmentKind::kClosing, -1, 1, Pause::kNone);
  return b;
}

// The kept segments' seconds, plus a second for each story or section pause.
std::function<double(const KeptStories&)> measure(const Bulletin& b, double extra = 0.0) {
  return [&b, extra](const KeptStories& kept) {
    double seconds = extra;
    for (std::size_t k = 0; k < kept.segments.size(); ++k) {
      seconds += b.seconds_of.at(kept.segments[k]);
      const Pause pause = kept.script.segments[k].pause_after;
      if (pause == Pause::kStory || pause == Pause::kSection) seconds += 1.0;
    }
    return seconds;
  };
}

TEST(FitSlot, KeepsTheLeadAndAddsTickerItemsWhileTheyFit) {
  const Bulletin all = bulletin({5, 20, 4});
  const double base = measure(all)(keep_stories(all.script, {}));
  const auto keep = stories_that_fit(all.script, base + 12.5, measure(all));
  ASSERT_TRUE(keep.has_value());
  EXPECT_EQ(*keep, (std::vector<int>{1, 3})) << "the 20 s item is skipped, the 4 s one still fits";
  EXPECT_LE(measure(all)(keep_stories(all.script, *keep)), base + 12.5);
}

TEST(FitSlot, KeptStoriesGetTheRightPausesAndSayWhereTheyCameFrom) {
  const KeptStories kept = keep_stories(bulletin({5, 20, 4}).script, {1, 3});
  ASSERT_EQ(kept.script.segments.size(), 6u);
  EXPECT_EQ(kept.segments, (std::vector<std::size_t>{0, 1, 2, 3, 5, 6}));
  EXPECT_EQ(kept.script.segments[3].story, 1);
  EXPECT_EQ(kept.script.segments[4].story, 3);
  EXPECT_EQ(kept.script.segments[4].pause_after, Pause::kSection);
  const KeptStories first = keep_stories(bulletin({5, 20, 4}).script, {1});
  EXPECT_EQ(first.script.segments[3].pause_after, Pause::kSection) << "now last before closing";
  const KeptStories none = keep_stories(bulletin({5}).script, {});
  for (const auto& segment : none.script.segments) {
    EXPECT_NE(segment.kind, SegmentKind::kTransition) << "no transition without ticker";
  }
  EXPECT_EQ(none.segments, (std::vector<std::size_t>{0, 1, 4}));
}

TEST(FitSlot, AStoryThatWasLastAndIsNowFollowedGetsTheStoryPause) {
  // Story 2 was last (section pause); keep_stories of a script whose last story is followed
  // by a kept one does not occur in order, but a reordered script shows the rule.
  Bulletin b = bulletin({5, 5});
  std::swap(b.script.segments[3], b.script.segments[4]);  // story 2 (kSection) now first
  const KeptStories kept = keep_stories(b.script, {1, 2});
  EXPECT_EQ(kept.script.segments[3].story, 2);
  EXPECT_EQ(kept.script.segments[3].pause_after, Pause::kStory);
}

TEST(FitSlot, ExtraSecondsCountAndTooShortIsNullopt) {
  const Bulletin all = bulletin({5, 5});
  const double base = measure(all)(keep_stories(all.script, {}));
  EXPECT_EQ(stories_that_fit(all.script, base + 20, measure(all))->size(), 2u);
  EXPECT_EQ(stories_that_fit(all.script, base + 20, measure(all, 10.0))->size(), 1u);
  EXPECT_FALSE(stories_that_fit(all.script, base - 1, measure(all)).has_value());
}

}  // namespace
}  // namespace nieuwslezer
