#include "output/manifest.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

// Every number after `"key": ` in `json`, in order (null is skipped).
std::vector<double> numbers_after(const std::string& json, const std::string& key) {
  std::vector<double> values;
  const std::string needle = "\"" + key + "\": ";
  for (auto at = json.find(needle); at != std::string::npos; at = json.find(needle, at + 1)) {
    const std::string rest = json.substr(at + needle.size(), 12);
    if (rest.rfind("null", 0) != 0) values.push_back(std::stod(rest));
  }
  return values;
}

Segment said(SegmentKind kind, int story, const std::string& written, const std::string& spoken) {
  Segment segment;
  segment.kind = kind;
  segment.story = story;
  segment.sentences = {SpokenText{{text_run(spoken)}}};
  segment.written = {written};
  return segment;
}

// A jingle, an opening and one story, as app/ hands them over: 22.05 kHz audio that the
// encoder writes at 44.1 kHz stereo.
struct JingleBulletin {
  Script script;
  Audio audio;
  JingleBulletin() {
    script.segments = {said(SegmentKind::kOpening, -1, "Goedemorgen.", "Goedemorgen."),
                       said(SegmentKind::kTickerItem, 1, "Om 10.50 uur zijn er files.",
                            "Om tien uur vijftig zijn er files.")};
    audio.sample_rate = 22050;
    audio.samples.assign(22050 * 10 + 7, 0.0f);
    audio.markers = {{0, 22050, "intro", -1, -1}, {33075, 44100, "opening", 0, -1},
                     {33075, 44100, "", 0, 0},    {55125, 110250, "story 1 ticker-item", 1, -1},
                     {55125, 110250, "", 1, 0},   {198450, 220507, "outro", -1, -1}};
    script.jingle_titles = {{"intro", "Intro"}, {"outro", "Outro"}};
  }
};

TEST(Manifest, SampleRateAndChannelsAreTheFilesNotTheSpeechs) {
  const JingleBulletin b;
  ManifestInfo info{"Nieuws", "2026-11-28T08:00:00+01:00", "out.wav", 44100, 2};
  const std::string json = manifest_json(b.script, b.audio, info);
  EXPECT_NE(json.find("\"sample_rate\": 44100,"), std::string::npos) << json;
  EXPECT_NE(json.find("\"channels\": 2,"), std::string::npos) << json;
  info.sample_rate = 0;
  info.channels = 0;
  const std::string kept = manifest_json(b.script, b.audio, info);
  EXPECT_NE(kept.find("\"sample_rate\": 22050,"), std::string::npos) << kept;
  EXPECT_NE(kept.find("\"channels\": 1,"), std::string::npos) << kept;
}

TEST(Manifest, JinglesAreSegmentsAroundTheScript) {
  const JingleBulletin b;
  const std::string json = manifest_json(b.script, b.audio, {});
  const auto intro = json.find("{\"index\": null, \"kind\": \"intro\"");
  const auto opening = json.find("\"kind\": \"opening\"");
  const auto outro = json.find("{\"index\": null, \"kind\": \"outro\"");
  ASSERT_NE(intro, std::string::npos) << json;
  ASSERT_NE(outro, std::string::npos) << json;
  EXPECT_LT(intro, opening);
  EXPECT_GT(outro, json.find("\"kind\": \"ticker-item\""));
  EXPECT_NE(json.find("\"start\": 9.000, \"end\": 10.000", outro), std::string::npos) << json;
  // Written and spoken text of each sentence.
  EXPECT_NE(json.find("{\"text\": \"Om 10.50 uur zijn er files.\", \"spoken\": \"Om tien uur "
                      "vijftig zijn er files.\""),
            std::string::npos)
      << json;
}

TEST(Manifest, SegmentDurationsAddUpToTheFile) {
  const JingleBulletin b;
  const std::string json = manifest_json(b.script, b.audio, {});
  const std::vector<double> durations = numbers_after(json, "duration");
  ASSERT_EQ(durations.size(), 5u) << json;  // the file's, then four segments'
  double sum = 0;
  for (std::size_t i = 1; i < durations.size(); ++i) sum += durations[i];
  EXPECT_NEAR(sum, durations[0], 1e-9) << json;
  EXPECT_NEAR(durations[0], 10.0, 0.001);
  EXPECT_NEAR(durations[1], 1.5, 1e-9) << "the intro lasts until the opening starts";
  EXPECT_NEAR(durations[4], 1.0, 1e-9) << "the outro lasts to the end";
}

TEST(Manifest, ChaptersAreListed) {
  const JingleBulletin b;
  const std::string json = manifest_json(b.script, b.audio, {});
  const auto chapters = json.find("\"chapters\": [");
  ASSERT_NE(chapters, std::string::npos) << json;
  EXPECT_NE(json.find("{\"title\": \"Om 10.50 uur zijn er files.\", \"start\": 2.500, \"end\": "
                      "9.000}",
                      chapters),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("{\"title\": \"Outro\", \"start\": 9.000, \"end\": 10.000}", chapters),
            std::string::npos)
      << json;
}

}  // namespace
}  // namespace nieuwslezer
