#include "script/script_length.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

Segment segment(int story, const std::string& text) {
  Segment result;
  result.story = story;
  result.sentences.push_back(SpokenText{{text_run(text)}});
  result.written.push_back(text);
  return result;
}

Script news() {
  Script script;
  script.segments = {segment(-1, "Goedemorgen. Het is acht uur."),  // 5 words
                     segment(0, "Het kabinet trekt geld uit."),     // 5
                     segment(-1, "Verder in het nieuws."),          // 4
                     segment(1, "De treinen rijden weer."),         // 4
                     segment(1, "Er was een storing."),             // 4
                     segment(2, "In Groningen beefde de aarde."),   // 5
                     segment(3, "Het wordt glad."),                 // 3
                     segment(-1, "Dat was het nieuws.")};           // 4
  return script;
}

TEST(ScriptLength, CountsSpokenWords) {
  EXPECT_EQ(spoken_words(segment(0, "Het is  acht uur.")), 4u);
  EXPECT_EQ(spoken_words(segment(0, "")), 0u);
  Segment two_runs = segment(0, "Dat meldt ");
  two_runs.sentences[0].runs.push_back(
      SpokenRun{"The Washington Post.", "en", "The Washington Post.", ""});
  EXPECT_EQ(spoken_words(two_runs), 5u);
  EXPECT_EQ(spoken_words(news()), 34u);
}

TEST(ScriptLength, CutsWholeTickerStoriesFromTheFirstThatDoesNotFit) {
  Script script = news();
  // Frame and lead: 18 words. Story 1 (8) fits in 26; story 2 (5) would make 31.
  EXPECT_EQ(cut_ticker_to_words(script, 30), 2u);
  ASSERT_EQ(script.segments.size(), 6u);
  EXPECT_EQ(script.segments[3].story, 1);
  EXPECT_EQ(script.segments[4].story, 1);
  EXPECT_EQ(script.segments[5].written[0], "Dat was het nieuws.");
}

TEST(ScriptLength, TheFrameAndTheLeadAlwaysStay) {
  Script script = news();
  EXPECT_EQ(cut_ticker_to_words(script, 0), 3u);
  ASSERT_EQ(script.segments.size(), 4u);
  EXPECT_EQ(script.segments[1].story, 0);
  Script whole = news();
  EXPECT_EQ(cut_ticker_to_words(whole, 34), 0u);
  EXPECT_EQ(whole.segments.size(), 8u);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(SpokenSize, ALongTokenCountsAsThePiecesItIsReadIn) {
  Script script;
  Segment segment;
  SpokenText sentence;
  sentence.runs.push_back(SpokenRun{});
  sentence.runs.back().text = "Het kabinet " + std::string(60, '7');
  segment.sentences.push_back(sentence);
  script.segments.push_back(segment);
  EXPECT_EQ(spoken_words(script), 3u);
  EXPECT_EQ(spoken_size(script), 2u + 10u);
  script.segments.front().sentences.front().runs.front().text = "De verkiezingsuitslag telt.";
  EXPECT_EQ(spoken_size(script), 1u + 3u + 1u);  // 18 bytes: 3
}

}  // namespace
}  // namespace nieuwslezer
