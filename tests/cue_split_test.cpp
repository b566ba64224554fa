#include "output/cue_split.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "base/strings.h"

namespace nieuwslezer {
namespace {

constexpr int kRate = 1000;  // frames a second: a frame is a millisecond

CaptionRules rules() {
  CaptionRules r;
  r.clause_words = {"en", "maar", "dat", "die", "omdat", "want", "terwijl", "waardoor"};
  r.phrase_words = {"van", "voor", "in", "op", "met"};
  r.bound_words = {"de", "het", "een"};
  r.units = {"miljard", "miljoen", "euro", "km", "procent", "november", "jaar"};
  r.before_number = {"€", "november"};
  return r;
}

// Word events for `count` spoken words, one every `ms` milliseconds from `start`.
std::vector<std::size_t> events(std::size_t count, std::size_t ms, std::size_t start = 0) {
  std::vector<std::size_t> frames;
  for (std::size_t i = 0; i < count; ++i) frames.push_back(start + i * ms);
  return frames;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::size_t characters(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Every cue: two lines at most, of 42 characters at most, 1 to 7 s, one after the other
// without a gap from the sentence's start to its end, each starting at a word event.
void expect_readable(const std::vector<Cue>& cues, std::size_t start, std::size_t end,
                     const std::vector<std::size_t>& words) {
  ASSERT_FALSE(cues.empty());
  EXPECT_EQ(cues.front().start, start);
  EXPECT_EQ(cues.back().end, end);
  for (std::size_t i = 0; i < cues.size(); ++i) {
    const Cue& cue = cues[i];
    const auto text = lines(cue.text);
    EXPECT_LE(text.size(), 2u) << cue.text;
    for (const std::string& line : text) EXPECT_LE(characters(line), 42u) << line;
    EXPECT_GE(cue.end - cue.start, 1000u) << cue.text;
    EXPECT_LE(cue.end - cue.start, 7000u) << cue.text;
    if (i > 0) {
      EXPECT_EQ(cue.start, cues[i - 1].end);
      EXPECT_NE(std::find(words.begin(), words.end(), cue.start), words.end())
          << "cue " << i << " starts with a spoken word: " << cue.text;
    }
  }
}

std::string texts(const std::vector<Cue>& cues) {
  std::string out;
  for (const Cue& cue : cues) out += (out.empty() ? "" : " | ") + cue.text;
  return out;
}

TEST(CueSplit, AShortSentenceIsOneCue) {
  const auto words = events(4, 300, 100);
  const auto cues = sentence_cues("Het is acht uur.", {100, 1300, words}, kRate, rules());
  ASSERT_EQ(cues.size(), 1u);
  EXPECT_EQ(cues[0].start, 100u);
  EXPECT_EQ(cues[0].end, 1300u);
  EXPECT_EQ(cues[0].text, "Het is acht uur.");
}

TEST(CueSplit, ASentenceUnderASecondStaysOneCue) {
  const auto words = events(1, 0, 0);
  const auto cues = sentence_cues("Goedemorgen.", {0, 700, words}, kRate, rules());
  ASSERT_EQ(cues.size(), 1u);
  EXPECT_EQ(cues[0].end, 700u) << "held on into the pause by the captions, not here";
}

TEST(CueSplit, EmptyTextHasNoCues) {
  EXPECT_TRUE(sentence_cues(" \n", {0, 1000, {}}, kRate, rules()).empty());
}

TEST(CueSplit, ALongSentenceIsCutAfterItsCommas) {
  const std::string text =
      "Gemeenten en provincies reageren opgelucht op het besluit, maar zeggen dat ook zij "
      "geld nodig hebben, voor hun eigen bruggen, kades en sluizen.";
  const auto words = events(word_count(text), 400);
  const std::size_t end = words.size() * 400;
  const auto cues = sentence_cues(text, {0, end, words}, kRate, rules());
  expect_readable(cues, 0, end, words);
  ASSERT_EQ(cues.size(), 2u) << texts(cues);
  EXPECT_EQ(cues[0].text, "Gemeenten en provincies reageren\nopgelucht op het besluit,");
  EXPECT_EQ(cues[1].start, words[8]) << "at 'maar', the ninth word";
}

TEST(CueSplit, CutsBeforeAClauseWordRatherThanAnywhere) {
  const std::string text =
      "De minister stelt de beslissing over het nieuwe beleid een jaar uit omdat de Tweede "
      "Kamer eerst meer onderzoek wil.";
  const auto words = events(word_count(text), 350);
  const std::size_t end = words.size() * 350;
  const auto cues = sentence_cues(text, {0, end, words}, kRate, rules());
  expect_readable(cues, 0, end, words);
  ASSERT_EQ(cues.size(), 2u) << texts(cues);
  EXPECT_TRUE(cues[1].text.starts_with("omdat")) << texts(cues);
}

TEST(CueSplit, ASentenceLongerThanSevenSecondsIsCutEvenWhenItFitsTwoLines) {
  const std::string text = "Het kabinet trekt extra geld uit voor bruggen en sluizen.";
  const auto words = events(word_count(text), 900);  // slow: 9 s in all
  const auto cues = sentence_cues(text, {0, 9000, words}, kRate, rules());
  expect_readable(cues, 0, 9000, words);
  EXPECT_GE(cues.size(), 2u);
}

TEST(CueSplit, NeverCutsANumberFromItsUnitNorLeavesOneWordOrUnderASecond) {
  // The cheapest plain cuts by length would fall in "1,2 miljard euro" and "28 november".
  const std::string text =
      "Het kabinet trekt de komende vier jaar 1,2 miljard euro extra uit voor het onderhoud "
      "van bruggen, sluizen en viaducten op 28 november 2026, zei zij.";
  const auto words = events(word_count(text), 330);
  const std::size_t end = words.size() * 330;
  const auto cues = sentence_cues(text, {0, end, words}, kRate, rules());
  expect_readable(cues, 0, end, words);
  for (const Cue& cue : cues) {
    for (const std::string& line : lines(cue.text)) {
      EXPECT_FALSE(line.ends_with("1,2") || line.ends_with("miljard") || line.ends_with("28") ||
                   line.ends_with("november") || line.ends_with(" de") || line.ends_with(" het"))
          << texts(cues);
    }
    EXPECT_GT(word_count(cue.text), 1u) << texts(cues);
  }
  EXPECT_TRUE(cues.back().text.ends_with("2026, zei zij.")) << "', zei zij.' is too short alone";
}

TEST(CueSplit, CutTimesComeFromTheSpokenWordsOfEachPiece) {
  // "1,2 miljard" is said in four words ("een komma twee miljard"): the cue after it starts
  // at the word event after those four, not after two.
  CaptionRules r = rules();
  r.spoken_words = [](std::string_view piece) {
    return piece == "1,2 miljard" ? std::size_t{4} : word_count(piece);
  };
  const std::string text =
      "Het kabinet trekt volgend jaar 1,2 miljard uit, voor het onderhoud van bruggen en "
      "sluizen in het hele land.";
  const std::size_t spoken = word_count(text) + 2;
  const auto words = events(spoken, 400);
  const std::size_t end = spoken * 400;
  const auto cues = sentence_cues(text, {0, end, words}, kRate, r);
  expect_readable(cues, 0, end, words);
  ASSERT_EQ(cues.size(), 2u) << texts(cues);
  EXPECT_EQ(cues[0].text, "Het kabinet trekt volgend\njaar 1,2 miljard uit,");
  // Written words before "voor": 8; spoken: 10.
  EXPECT_EQ(cues[1].start, words[10]);
}

TEST(CueSplit, TheCountsAreScaledToTheWordEventsThereAre) {
  // eSpeak says 30 words where the text counts 20: a cut after 10 of 20 is at event 15.
  const std::string text =
      "Wij gaan nu snel naar huis en eten daar soep, want het is al laat en wij zijn erg moe.";
  const auto words = events(30, 250);
  const auto cues = sentence_cues(text, {0, 7500, words}, kRate, rules());
  ASSERT_EQ(cues.size(), 2u) << texts(cues);
  EXPECT_EQ(cues[1].start, words[15]);
}

TEST(CueSplit, WithoutWordEventsTheTimeIsSharedOutByTheWords) {
  const std::string text =
      "Wij gaan nu snel naar huis en eten daar soep, want het is al laat en wij zijn erg moe.";
  const auto cues = sentence_cues(text, {1000, 9000, {}}, kRate, rules());
  ASSERT_EQ(cues.size(), 2u) << texts(cues);
  EXPECT_EQ(cues[1].start, 5000u);
}

TEST(CueSplit, KeepsNamesTogether) {
  const std::string text =
      "Dat heeft de minister van Infrastructuur en Waterstaat vrijdag na de ministerraad "
      "bekendgemaakt.";
  const auto words = events(word_count(text), 400);
  const std::size_t end = words.size() * 400;
  const auto cues = sentence_cues(text, {0, end, words}, kRate, rules());
  expect_readable(cues, 0, end, words);
  for (const Cue& cue : cues) {
    EXPECT_EQ(cue.text.find("Infrastructuur\n"), std::string::npos) << texts(cues);
    EXPECT_FALSE(cue.text.ends_with("Infrastructuur")) << texts(cues);
  }
}

TEST(CueSplit, LinesAreEvenAndNeverEndOnAnArticle) {
  EXPECT_EQ(cue_lines("Kabinet trekt geld uit.", rules()), "Kabinet trekt geld uit.");
  EXPECT_EQ(cue_lines("De gemeente Amsterdam wil het aantal vakantieverhuurders", rules()),
            "De gemeente Amsterdam wil\nhet aantal vakantieverhuurders");
  EXPECT_EQ(cue_lines("Een voorstel daarvoor ligt bij de gemeenteraad, die stemt", rules()),
            "Een voorstel daarvoor ligt\nbij de gemeenteraad, die stemt");
  // A word longer than a line is a line of its own.
  const std::string longest(50, 'x');
  EXPECT_EQ(cue_lines("zie " + longest + " hier", rules()), "zie\n" + longest + "\nhier");
}

}  // namespace
}  // namespace nieuwslezer
