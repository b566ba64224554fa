#include "output/captions.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

Segment segment(const std::vector<std::string>& written) {
  Segment s;
  for (const auto& text : written) {
    s.sentences.push_back(SpokenText{{text_run(text)}});
    s.written.push_back(text);
  }
  return s;
}

TEST(Captions, Timestamps) {
  EXPECT_EQ(webvtt_timestamp(0), "00:00:00.000");
  EXPECT_EQ(webvtt_timestamp(3723.5), "01:02:03.500");
  EXPECT_EQ(webvtt_timestamp(59.9996), "00:01:00.000");
  EXPECT_EQ(webvtt_timestamp(-1), "00:00:00.000");
}

TEST(Captions, OneCuePerSentenceInOrder) {
  Script script;
  script.segments = {segment({"Goedemorgen.", "Het is acht uur."}), segment({"Kabinet & co <b>."})};
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(10000, 0.0f);
  audio.markers = {{100, 900, "opening", 0, -1},
                   {100, 400, "opening", 0, 0},
                   {600, 1700, "opening", 0, 1},
                   {2500, 3500, "x", 1, -1},
                   {2500, 3500, "x", 1, 0}};
  EXPECT_EQ(webvtt_captions(script, audio, CaptionRules{}),
            "WEBVTT\n"
            "\n1\n00:00:00.100 --> 00:00:00.600\nGoedemorgen.\n"
            "\n2\n00:00:00.600 --> 00:00:01.700\nHet is acht uur.\n"
            "\n3\n00:00:02.500 --> 00:00:03.500\nKabinet &amp; co &lt;b&gt;.\n")
      << "a sentence under 1 s is held on into the pause, up to the next sentence";
}

TEST(Captions, ASentenceUnderASecondIsHeldForASecondWhenThePauseAllows) {
  Script script;
  script.segments = {segment({"Goedemorgen.", "Het is acht uur."})};
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(5000, 0.0f);
  audio.markers = {{100, 700, "", 0, 0, {100}}, {1500, 2900, "", 0, 1, {1500, 1800, 2100, 2500}}};
  const std::string vtt = webvtt_captions(script, audio, CaptionRules{});
  EXPECT_NE(vtt.find("00:00:00.100 --> 00:00:01.100\nGoedemorgen."), std::string::npos) << vtt;
  EXPECT_NE(vtt.find("00:00:01.500 --> 00:00:02.900\nHet is acht uur."), std::string::npos) << vtt;
}

TEST(Captions, ALongSentenceBecomesCuesTimedFromItsWords) {
  const std::string text =
      "Gemeenten en provincies reageren opgelucht op het besluit, maar zeggen dat ook zij "
      "geld nodig hebben voor hun eigen bruggen en kades.";
  Script script;
  script.segments = {segment({text})};
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(12000, 0.0f);
  Marker marker{500, 10100, "", 0, 0};
  for (std::size_t w = 0; w < 21; ++w) marker.words.push_back(500 + 450 * w);
  audio.markers = {marker};
  EXPECT_EQ(webvtt_captions(script, audio, CaptionRules{}),
            "WEBVTT\n"
            "\n1\n00:00:00.500 --> 00:00:04.100\n"
            "Gemeenten en provincies reageren\nopgelucht op het besluit,\n"
            "\n2\n00:00:04.100 --> 00:00:10.100\n"
            "maar zeggen dat ook zij geld nodig\nhebben voor hun eigen bruggen en kades.\n")
      << "without rules only the comma is a better cut than any other";
}

TEST(Captions, NeverOverlapNeverPastTheEnd) {
  Script script;
  script.segments = {segment({"Een.", "Twee.", "Drie."})};
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(1000, 0.0f);
  audio.markers = {{0, 600, "", 0, 0}, {500, 900, "", 0, 1}, {950, 5000, "", 0, 2}};
  const std::string vtt = webvtt_captions(script, audio, CaptionRules{});
  EXPECT_NE(vtt.find("00:00:00.600 --> 00:00:00.950"), std::string::npos) << vtt;
  EXPECT_NE(vtt.find("00:00:00.950 --> 00:00:01.000"), std::string::npos) << vtt;
}

TEST(Captions, LongSentencesWrapAt42CharactersInTwoLines) {
  Script script;
  script.segments = {segment(
      {"De Hongaarse premier herhaalt voorafgaand aan de EU-top dat hij de lening blokkeert."})};
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(5000, 0.0f);
  audio.markers = {{0, 4000, "", 0, 0}};
  const std::string vtt = webvtt_captions(script, audio, CaptionRules{});
  const std::string text = vtt.substr(vtt.find("-->") + 30);
  std::size_t start = 0;
  int lines = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    EXPECT_LE(end - start, 42u) << text;
    start = end + 1;
    ++lines;
  }
  EXPECT_EQ(lines, 2);
}

TEST(Captions, MarkersOutsideTheScriptAreSkipped) {
  Script script;
  script.segments = {segment({"Een."})};
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(1000, 0.0f);
  audio.markers = {{0, 100, "", 3, 0}, {0, 100, "", 0, 5}, {0, 100, "", -1, 0}};
  EXPECT_EQ(webvtt_captions(script, audio, CaptionRules{}), "WEBVTT\n");
}

}  // namespace
}  // namespace nieuwslezer
