#include "output/chapters_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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

// Opening, the lead (headline and a paragraph), one ticker item and the closing, at 1000 Hz.
struct Bulletin {
  Script script;
  Audio audio;
};

Bulletin bulletin() {
  Bulletin b;
  b.script.segments = {segment(SegmentKind::kOpening, -1, "Goedemorgen."),
                       segment(SegmentKind::kHeadline, 0, "Kabinet valt."),
                       segment(SegmentKind::kParagraph, 0, "Het kabinet is gevallen."),
                       segment(SegmentKind::kTickerItem, 1, "PSV wint \"ruim\"."),
                       segment(SegmentKind::kClosing, -1, "Dat was het nieuws.")};
  b.audio.sample_rate = 1000;
  b.audio.samples.assign(9000, 0.0f);
  const std::size_t starts[] = {1500, 2500, 4000, 6250, 8000};
  for (std::size_t i = 0; i < 5; ++i) {
    b.audio.markers.push_back({starts[i], starts[i] + 900, "", static_cast<int>(i), -1});
    b.audio.markers.push_back({starts[i] + 10, starts[i] + 900, "", static_cast<int>(i), 0});
  }
  return b;
}

TEST(ChaptersJson, OneChapterPerStoryAndForTheFrameTitledByItsFirstSentence) {
  const Bulletin b = bulletin();
  const std::vector<Chapter> chapters = bulletin_chapters(b.script, b.audio);
  ASSERT_EQ(chapters.size(), 4u);
  EXPECT_EQ(chapters[0].start, 0.0) << "the intro belongs to the first chapter";
  EXPECT_EQ(chapters[0].title, "Goedemorgen.");
  EXPECT_EQ(chapters[1].start, 2.5);
  EXPECT_EQ(chapters[1].title, "Kabinet valt.") << "the lead's paragraph is no chapter of its own";
  EXPECT_EQ(chapters[2].start, 6.25);
  EXPECT_EQ(chapters[2].title, "PSV wint \"ruim\".");
  EXPECT_EQ(chapters[3].start, 8.0);
}

TEST(ChaptersJson, APartWithoutAMarkerIsLeftOut) {
  Bulletin b = bulletin();
  std::erase_if(b.audio.markers, [](const Marker& m) { return m.segment == 3; });
  const std::vector<Chapter> chapters = bulletin_chapters(b.script, b.audio);
  ASSERT_EQ(chapters.size(), 3u);
  EXPECT_EQ(chapters[2].title, "Dat was het nieuws.");
}

TEST(ChaptersJson, FollowsTheJsonChaptersFormatOneTwo) {
  const Bulletin b = bulletin();
  const std::string text = chapters_json(bulletin_chapters(b.script, b.audio),
                                         {"Nieuws van 8 uur", "Nieuws van Radio Zuid", "n 8.mp3"});
  const nlohmann::json json = nlohmann::json::parse(text);
  // The spec's required properties, with their types.
  ASSERT_TRUE(json.at("version").is_string());
  EXPECT_EQ(json.at("version"), "1.2.0");
  ASSERT_TRUE(json.at("chapters").is_array());
  EXPECT_EQ(json.at("title"), "Nieuws van 8 uur");
  EXPECT_EQ(json.at("podcastName"), "Nieuws van Radio Zuid");
  EXPECT_EQ(json.at("fileName"), "n 8.mp3");
  double previous = -1;
  for (const auto& chapter : json.at("chapters")) {
    ASSERT_TRUE(chapter.at("startTime").is_number());
    ASSERT_TRUE(chapter.at("title").is_string());
    EXPECT_GT(chapter.at("startTime").get<double>(), previous) << "ascending start times";
    previous = chapter.at("startTime").get<double>();
  }
  EXPECT_EQ(json.at("chapters").size(), 4u);
  EXPECT_EQ(json.at("chapters")[2].at("title"), "PSV wint \"ruim\".");
  EXPECT_EQ(json.at("chapters")[2].at("startTime"), 6.25);
}

}  // namespace
}  // namespace nieuwslezer
