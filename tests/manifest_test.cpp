#include "output/manifest.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(Manifest, JsonEscape) {
  EXPECT_EQ(json_escape("a\"b\\c\n\t"), "a\\\"b\\\\c\\n\\t");
  EXPECT_EQ(json_escape(std::string("x\x01y")), "x\\u0001y");
  EXPECT_EQ(json_escape("Oekraïne €"), "Oekraïne €");
}

TEST(Manifest, SegmentsAndSentencesWithTimes) {
  Script script;
  Segment opening;
  opening.kind = SegmentKind::kOpening;
  opening.sentences = {SpokenText{{text_run("Goedemorgen.")}}};
  opening.written = {"Goedemorgen."};
  Segment item;
  item.kind = SegmentKind::kTickerItem;
  item.story = 1;
  item.sentences = {
      SpokenText{{text_run("Dat meldt "), SpokenRun{"The Post", "en", "The Post", "D@ p'o:st"},
                  text_run(".")}}};
  item.written = {"Dat meldt \"The Post\"."};
  script.segments = {opening, item};
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(3000, 0.0f);
  audio.markers = {{250, 1000, "opening", 0, -1},
                   {250, 1000, "opening", 0, 0},
                   {1500, 2750, "story 1 ticker-item", 1, -1},
                   {1500, 2750, "", 1, 0}};
  const std::string json =
      manifest_json(script, audio, {"Nieuws van 8 uur", "2026-11-28T08:00:00+01:00", "out.wav"});
  EXPECT_NE(json.find("\"title\": \"Nieuws van 8 uur\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"duration\": 3.000"), std::string::npos) << json;
  EXPECT_NE(json.find("\"kind\": \"opening\", \"story\": null"), std::string::npos) << json;
  EXPECT_NE(json.find("\"kind\": \"ticker-item\", \"story\": 1"), std::string::npos) << json;
  EXPECT_NE(json.find("\"start\": 1.500, \"end\": 2.750"), std::string::npos) << json;
  EXPECT_NE(json.find("\"text\": \"Dat meldt \\\"The Post\\\".\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"spoken\": \"Dat meldt The Post.\""), std::string::npos) << json;
  // Balanced braces and brackets: a cheap structural check.
  EXPECT_EQ(std::count(json.begin(), json.end(), '{'), std::count(json.begin(), json.end(), '}'));
  EXPECT_EQ(std::count(json.begin(), json.end(), '['), std::count(json.begin(), json.end(), ']'));
}

TEST(Manifest, MissingMarkersGiveNullTimes) {
  Script script;
  Segment s;
  s.sentences = {SpokenText{{text_run("Een.")}}};
  s.written = {"Een."};
  script.segments = {s};
  const std::string json = manifest_json(script, Audio{}, {});
  EXPECT_NE(json.find("\"start\": null, \"end\": null"), std::string::npos) << json;
}

}  // namespace
}  // namespace nieuwslezer
