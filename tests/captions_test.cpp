#include "output/captions.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

Segment segment(std::vector<std::string> written) {
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
                   {600, 900, "opening", 0, 1},
                   {1500, 2500, "x", 1, -1},
                   {1500, 2500, "x", 1, 0}};
  EXPECT_EQ(webvtt_captions(script, audio),
            "WEBVTT\n"
            "\n1\n00:00:00.100 --> 00:00:00.400\nGoedemorgen.\n"
            "\n2\n00:00:00.600 --> 00:00:00.900\nHet is acht uur.\n"
            "\n3\n00:00:01.500 --> 00:00:02.500\nKabinet &amp; co &lt;b&gt;.\n");
}

TEST(Captions, NeverOverlapNeverPastTheEnd) {
  Script script;
  script.segments = {segment({"Een.", "Twee.", "Drie."})};
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(1000, 0.0f);
  audio.markers = {{0, 600, "", 0, 0}, {500, 900, "", 0, 1}, {950, 5000, "", 0, 2}};
  const std::string vtt = webvtt_captions(script, audio);
  EXPECT_NE(vtt.find("00:00:00.600 --> 00:00:00.900"), std::string::npos) << vtt;
  EXPECT_NE(vtt.find("00:00:00.950 --> 00:00:01.000"), std::string::npos) << vtt;
}

TEST(Captions, LongSentencesWrapAt42Characters) {
  Script script;
  script.segments = {segment(
      {"De Hongaarse premier herhaalt voorafgaand aan de EU-top dat hij de lening blokkeert."})};
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(5000, 0.0f);
  audio.markers = {{0, 4000, "", 0, 0}};
  const std::string vtt = webvtt_captions(script, audio);
  const std::string text = vtt.substr(vtt.find("-->") + 30);
  std::size_t start = 0;
  int lines = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    EXPECT_LE(end - start, 42u) << text;
    start = end + 1;
    ++lines;
  }
  EXPECT_GE(lines, 2);
}

TEST(Captions, MarkersOutsideTheScriptAreSkipped) {
  Script script;
  script.segments = {segment({"Een."})};
  Audio audio;
  audio.sample_rate = 1000;
  audio.samples.assign(1000, 0.0f);
  audio.markers = {{0, 100, "", 3, 0}, {0, 100, "", 0, 5}, {0, 100, "", -1, 0}};
  EXPECT_EQ(webvtt_captions(script, audio), "WEBVTT\n");
}

}  // namespace
}  // namespace nieuwslezer
