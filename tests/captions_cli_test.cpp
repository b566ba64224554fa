// End-to-end tests of the captions (--captions): the real binary on the bundled examples,
// every cue read back from the .vtt and checked against the manifest's sentences.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "audio/audio_file.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;
using test::read;
using test::Result;

const std::string kExamples = NIEUWSLEZER_SOURCE_DIR "/examples/";
const std::string kNow = " -q --now 2026-11-28T08:00:00+01:00 ";
constexpr double kTick = 0.0015;  // the file's millisecond timestamps, rounded

struct ParsedCue {
  double start = 0, end = 0;
  std::vector<std::string> lines;
};

// "00:01:02.500" -> 62.5
double seconds(const std::string& stamp) {
  return std::stod(stamp.substr(0, 2)) * 3600 + std::stod(stamp.substr(3, 2)) * 60 +
         std::stod(stamp.substr(6));
}

std::vector<ParsedCue> parse_vtt(const std::string& vtt) {
  std::vector<ParsedCue> cues;
  std::istringstream in(vtt);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "WEBVTT");
  while (std::getline(in, line)) {
    const std::size_t arrow = line.find(" --> ");
    if (arrow == std::string::npos) continue;
    ParsedCue cue{seconds(line.substr(0, arrow)), seconds(line.substr(arrow + 5)), {}};
    while (std::getline(in, line) && !line.empty()) cue.lines.push_back(line);
    cues.push_back(cue);
  }
  return cues;
}

std::size_t characters(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// White space collapsed, the VTT's entities read back.
std::string plain(std::string text) {
  for (const auto& [entity, c] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (std::size_t at; (at = text.find(entity)) != std::string::npos;) {
      text.replace(at, std::string(entity).size(), c);
    }
  }
  std::istringstream words(text);
  std::string out;
  for (std::string word; words >> word;) out += (out.empty() ? "" : " ") + word;
  return out;
}

struct Sentence {
  std::string text;
  double start = 0, end = 0;
};

class CaptionsCli : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { dir_ = test::fresh_test_directory("captions-cli"); }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_P(CaptionsCli, EveryCueIsReadableAndStartsWithItsWords) {
  const Result result = test::run_nieuwslezer(
      dir_, GetParam() + kNow + "-o b.wav --manifest m.json --captions c.vtt");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto manifest = nlohmann::json::parse(read(dir_ / "m.json"));
  std::vector<Sentence> sentences;
  for (const auto& segment : manifest["segments"]) {
    for (const auto& s : segment.value("sentences", nlohmann::json::array())) {
      sentences.push_back({s["text"], s["start"], s["end"]});
    }
  }
  const std::vector<ParsedCue> cues = parse_vtt(read(dir_ / "c.vtt"));
  const double duration = decode_audio(read(dir_ / "b.wav")).seconds();
  ASSERT_GT(sentences.size(), 5u);
  EXPECT_GT(cues.size(), sentences.size()) << "long sentences are cut into cues";

  std::size_t c = 0;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const Sentence& sentence = sentences[k];
    const double next = k + 1 < sentences.size() ? sentences[k + 1].start : duration;
    // The sentence's cues: those that start before the next sentence does.
    ASSERT_LT(c, cues.size()) << sentence.text;
    EXPECT_NEAR(cues[c].start, sentence.start, kTick) << "first cue of: " << sentence.text;
    const std::size_t first = c;
    std::string shown;
    for (; c < cues.size() && (c == first || cues[c].start < next - kTick); ++c) {
      const ParsedCue& cue = cues[c];
      std::string text;
      for (const std::string& line : cue.lines) text += " " + line;
      shown += text;
      EXPECT_GE(cue.lines.size(), 1u);
      EXPECT_LE(cue.lines.size(), 2u) << text;
      for (const std::string& line : cue.lines) EXPECT_LE(characters(line), 42u) << line;
      const double length = cue.end - cue.start;
      EXPECT_LE(length, 7.0 + kTick) << text;
      // Under 1 s only a sentence that is its only cue, held to the next sentence's start.
      if (length < 1.0 - kTick) {
        EXPECT_EQ(c, first) << text;
        EXPECT_NEAR(cue.end, std::min(next, duration), kTick) << text;
      }
      EXPECT_LE(cue.end, duration + kTick) << text;
      EXPECT_LE(cue.end, next + kTick) << "no overlap: " << text;
      if (c > 0) {
        EXPECT_GE(cue.start, cues[c - 1].end - kTick) << text;
      }
      if (c > first) {
        // Within the sentence, about where its written text has got to.
        EXPECT_NEAR(cue.start, cues[c - 1].end, kTick) << "no gap within a sentence: " << text;
        const double heard = (cue.start - sentence.start) / (sentence.end - sentence.start);
        const double written = double(characters(plain(shown)) - characters(plain(text))) /
                               double(characters(plain(sentence.text)));
        EXPECT_NEAR(heard, written, 0.2) << text;
      }
    }
    EXPECT_EQ(plain(shown), plain(sentence.text)) << "every word shown, as written";
    EXPECT_GE(cues[c - 1].end, sentence.end - kTick) << "shown until it is said";
  }
  EXPECT_EQ(c, cues.size());
}

INSTANTIATE_TEST_SUITE_P(
    Examples, CaptionsCli,
    ::testing::Values("'" + kExamples + "binnenland.txt'", "'" + kExamples + "sport.txt'",
                      "'" + kExamples + "feed-economie.xml'", "'" + kExamples + "verhalen.json'",
                      // 48 kHz and an intro: the word times are resampled and moved too.
                      "'" + kExamples + "binnenland.txt' --preset radio --intro '" + kExamples +
                          "jingles/intro.flac'",
                      "'" + kExamples + "sport.txt' --jobs 1 --voice-ticker nieuwslezeres"));

}  // namespace
}  // namespace nieuwslezer
