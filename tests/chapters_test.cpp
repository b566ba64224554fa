#include "output/chapters.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

Segment segment(SegmentKind kind, int story, const std::string& written) {
  Segment s;
  s.kind = kind;
  s.story = story;
  s.sentences = {SpokenText{{text_run(written)}}};
  s.written = {written};
  return s;
}

// Opening, a lead of a headline and a paragraph, a transition and one ticker item, with
// their segment and sentence markers, after a jingle.
struct Bulletin {
  Script script;
  Audio audio;
  Bulletin() {
    script.segments = {segment(SegmentKind::kOpening, -1, "Goedemorgen."),
                       segment(SegmentKind::kHeadline, 0, "Kabinet valt over stikstof"),
                       segment(SegmentKind::kParagraph, 0, "Het kabinet is gevallen."),
                       segment(SegmentKind::kTransition, -1, "Verder in het nieuws."),
                       segment(SegmentKind::kTickerItem, 1, "Brand in Zoetermeer geblust.")};
    audio.sample_rate = 1000;
    audio.samples.assign(10000, 0.0f);
    audio.markers = {{0, 2000, "intro", -1, -1},
                     {2500, 3000, "opening", 0, -1},
                     {2500, 3000, "", 0, 0},
                     {3500, 4500, "story 0 headline", 1, -1},
                     {5000, 6000, "story 0 paragraph", 2, -1},
                     {5000, 6000, "", 2, 0},
                     {6500, 7000, "transition", 3, -1},
                     {7500, 9000, "story 1 ticker-item", 4, -1}};
    script.jingle_titles = {{"intro", "Intro"}, {"outro", "Outro"}};
  }
};

TEST(Chapters, OnePerStoryAndFrameSegmentTitledAsWritten) {
  const Bulletin b;
  const std::vector<Marker> chapters = bulletin_chapters(b.script, b.audio);
  ASSERT_EQ(chapters.size(), 5u);
  const char* const titles[] = {"Intro", "Goedemorgen.", "Kabinet valt over stikstof",
                                "Verder in het nieuws.", "Brand in Zoetermeer geblust."};
  const std::size_t starts[] = {0, 2500, 3500, 6500, 7500};
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    EXPECT_EQ(chapters[i].label, titles[i]) << i;
    EXPECT_EQ(chapters[i].frame, starts[i]) << i;
    EXPECT_EQ(chapters[i].sentence, -1) << i;
  }
  EXPECT_EQ(chapters[0].segment, -1);
  EXPECT_EQ(chapters[2].segment, 1) << "the story's first segment";
}

TEST(Chapters, EachEndsWhereTheNextStartsAndTheLastAtTheEnd) {
  const Bulletin b;
  const std::vector<Marker> chapters = bulletin_chapters(b.script, b.audio);
  ASSERT_FALSE(chapters.empty());
  for (std::size_t i = 0; i + 1 < chapters.size(); ++i) {
    EXPECT_EQ(chapters[i].end_frame, chapters[i + 1].frame) << i;
  }
  EXPECT_EQ(chapters.back().end_frame, b.audio.frames());
}

TEST(Chapters, OutroJingleAndNoMarkers) {
  Bulletin b;
  b.audio.markers.push_back({9200, 10000, "outro", -1, -1});
  b.audio.markers.push_back({9000, 9100, "something else", -1, -1});
  const std::vector<Marker> chapters = bulletin_chapters(b.script, b.audio);
  ASSERT_EQ(chapters.size(), 6u);
  EXPECT_EQ(chapters.back().label, "Outro");
  EXPECT_EQ(chapters.back().frame, 9200u);
  EXPECT_EQ(chapters[4].end_frame, 9200u);
  b.audio.markers.clear();
  EXPECT_TRUE(bulletin_chapters(b.script, b.audio).empty());
}

TEST(Chapters, AJinglesTitleIsTheScriptsAndAJingleWithoutOneIsNoChapter) {
  Bulletin b;
  b.script.jingle_titles = {{"intro", "Tune"}};  // another phrase file's name
  b.audio.markers.push_back({9200, 10000, "outro", -1, -1});
  const std::vector<Marker> chapters = bulletin_chapters(b.script, b.audio);
  ASSERT_EQ(chapters.size(), 5u);
  EXPECT_EQ(chapters.front().label, "Tune");
  EXPECT_EQ(chapters.back().label, "Brand in Zoetermeer geblust.");
}

}  // namespace
}  // namespace nieuwslezer
