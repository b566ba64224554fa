#include "audio/assembly.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

Speech tone(std::size_t silent_before, std::size_t loud, std::size_t silent_after) {
  Speech speech;
  speech.sample_rate = 1000;
  speech.samples.assign(silent_before, 0);
  speech.samples.insert(speech.samples.end(), loud, 16384);
  speech.samples.insert(speech.samples.end(), silent_after, 3);
  return speech;
}

Script two_segments(Pause first_pause) {
  Script script;
  script.segments.push_back(Segment{SegmentKind::kOpening, -1, {}, first_pause});
  script.segments.push_back(Segment{SegmentKind::kTickerItem, 1, {}, Pause::kNone});
  return script;
}

TEST(Assembly, TrimsEspeakSilenceAndInsertsExactPauses) {
  const Pauses pauses{100, 300, 500, 50};
  const Audio audio =
      assemble(two_segments(Pause::kStory), {tone(200, 100, 400), tone(0, 100, 0)}, pauses);
  EXPECT_EQ(audio.sample_rate, 1000);
  EXPECT_EQ(audio.channels, 1);
  // edge 50 + (10 margin + 100 + 10 margin) + story 300 + (100 + 0 margins) + edge 50
  EXPECT_EQ(audio.frames(), 50u + 120u + 300u + 100u + 50u);
  ASSERT_EQ(audio.markers.size(), 2u);
  EXPECT_EQ(audio.markers[0].frame, 50u);
  EXPECT_EQ(audio.markers[0].label, "opening");
  EXPECT_EQ(audio.markers[1].frame, 50u + 120u + 300u);
  EXPECT_EQ(audio.markers[1].label, "story 1 ticker-item");
  EXPECT_FLOAT_EQ(audio.samples[50 + 10], 0.5f);
}

TEST(Assembly, PauseLengthsFollowTheSegmentPause) {
  const Pauses pauses{100, 300, 500, 0};
  const auto length = [&](Pause pause) {
    return assemble(two_segments(pause), {tone(0, 10, 0), tone(0, 10, 0)}, pauses).frames();
  };
  EXPECT_EQ(length(Pause::kParagraph), 120u);
  EXPECT_EQ(length(Pause::kStory), 320u);
  EXPECT_EQ(length(Pause::kSection), 520u);
  EXPECT_LT(length(Pause::kParagraph), length(Pause::kStory));
}

TEST(Assembly, MismatchedInputIsRejected) {
  EXPECT_THROW(assemble(two_segments(Pause::kStory), {tone(0, 1, 0)}, Pauses{}),
               std::invalid_argument);
  Speech other = tone(0, 1, 0);
  other.sample_rate = 2000;
  EXPECT_THROW(assemble(two_segments(Pause::kStory), {tone(0, 1, 0), other}, Pauses{}),
               std::invalid_argument);
}

TEST(Assembly, EmptyScriptGivesOnlyEdgeSilence) {
  const Audio audio = assemble(Script{}, {}, Pauses{100, 300, 500, 40});
  EXPECT_EQ(audio.frames(), 22050u * 40 / 1000);
}

}  // namespace
}  // namespace nieuwslezer
