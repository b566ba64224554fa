#include "speech/script_speech.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "speech/synthesizer.h"

namespace nieuwslezer {
namespace {

Segment segment(int story, std::initializer_list<const char*> sentences) {
  Segment result;
  result.story = story;
  for (const char* text : sentences) {
    result.sentences.push_back(SpokenText{{text_run(text)}});
    result.written.push_back(text);
  }
  return result;
}

Script news() {
  Script script;
  script.segments.push_back(segment(-1, {"Goedemorgen.", "Het is acht uur."}));
  script.segments.push_back(segment(0, {"Het kabinet trekt extra geld uit.", "Het is acht uur."}));
  script.segments.push_back(segment(1, {"In Groningen is een lichte aardbeving gemeten."}));
  script.segments.push_back(segment(2, {"Het is acht uur.", "De treinen rijden weer."}));
  script.segments.push_back(segment(-1, {"Dat was het nieuws."}));
  return script;
}

const std::string kVoices = NIEUWSLEZER_SOURCE_DIR "/voices";

// A script of one-sentence segments of these many words each.
Script of_words(const std::vector<std::size_t>& counts) {
  Script script;
  for (const std::size_t count : counts) {
    std::string text;
    for (std::size_t w = 0; w < count; ++w) text += w == 0 ? "woord" : " woord";
    script.segments.push_back(segment(1, {text.c_str()}));
  }
  return script;
}

TEST(ScriptSpeech, RunsAreAboutAHundredWordsEvenInNumberAndInLength) {
  using Starts = std::vector<std::size_t>;
  EXPECT_EQ(speech_runs(of_words({})), (Starts{0, 0}));
  EXPECT_EQ(speech_runs(of_words({40, 50})), (Starts{0, 2}));  // too short to share out
  EXPECT_EQ(speech_runs(of_words({100, 70})), (Starts{0, 1, 2}));
  // 170 words: two runs of 80 and 90, not 100 and 70.
  EXPECT_EQ(speech_runs(of_words({30, 30, 20, 30, 30, 30})), (Starts{0, 3, 6}));
  // 300 words make three runs of 100, rounded up to four of 75.
  EXPECT_EQ(speech_runs(of_words(std::vector<std::size_t>(12, 25))), (Starts{0, 3, 6, 9, 12}));
  // One long segment is one run, whatever the words.
  EXPECT_EQ(speech_runs(of_words({500})), (Starts{0, 1}));
}

TEST(ScriptSpeech, TheSameSamplesForAnyNumberOfJobsAndEveryTime) {
  const Voice voice = find_voice("nieuwslezer", kVoices);
  const Voice ticker = find_voice("nieuwslezeres", kVoices);
  Synthesizer synthesizer(voice);
  const Script script = news();
  for (const std::optional<Voice>& ticker_voice : {std::optional<Voice>(), std::optional(ticker)}) {
    const auto one = synthesize_script(script, synthesizer, voice, ticker_voice, 1);
    ASSERT_EQ(one.size(), script.segments.size());
    for (std::size_t i = 0; i < one.size(); ++i) {
      ASSERT_EQ(one[i].size(), script.segments[i].sentences.size());
      for (const Speech& speech : one[i]) EXPECT_GT(speech.samples.size(), 2000u);
    }
    for (const int jobs : {1, 2, 5}) {
      const auto again = synthesize_script(script, synthesizer, voice, ticker_voice, jobs);
      for (std::size_t i = 0; i < one.size(); ++i) {
        for (std::size_t j = 0; j < one[i].size(); ++j) {
          EXPECT_EQ(again[i][j].samples, one[i][j].samples) << jobs << " " << i << " " << j;
          EXPECT_EQ(again[i][j].events.size(), one[i][j].events.size());
        }
      }
    }
    // The ticker voice reads the ticker items: item 1 differs from the lead's voice.
    if (ticker_voice) {
      const auto plain = synthesize_script(script, synthesizer, voice, std::nullopt, 2);
      EXPECT_NE(one[2][0].samples, plain[2][0].samples);
      EXPECT_EQ(one[1][0].samples, plain[1][0].samples);  // the lead keeps the main voice
    }
  }
}

TEST(ScriptSpeech, SpeakingJoinsTheRunsAsTheyComeIntoTheAudioOfAllSpokenFirst) {
  const Voice voice = find_voice("nieuwslezer", kVoices);
  Synthesizer synthesizer(voice);
  // Long enough for several runs (of about 100 words each).
  Script script = news();
  for (int story = 3; story < 15; ++story) {
    script.segments.insert(script.segments.end() - 1,
                           segment(story, {"In Groningen is een lichte aardbeving gemeten.",
                                           "Er is geen schade gemeld, zegt de gemeente."}));
  }
  const Pauses pauses;
  const Audio whole =
      assemble(script, synthesize_script(script, synthesizer, voice, std::nullopt, 1), pauses);
  for (const int jobs : {1, 3}) {
    const Audio joined = speak_script(script, synthesizer, voice, pauses, std::nullopt, jobs);
    EXPECT_EQ(joined.samples, whole.samples) << jobs;
    EXPECT_EQ(joined.markers.size(), whole.markers.size()) << jobs;
    EXPECT_EQ(joined.sample_rate, whole.sample_rate);
  }
}

TEST(ScriptSpeech, WhyEachRunGetsAFreshEngine) {
  // eSpeak NG carries state from one utterance to the next: the same sentence spoken twice
  // in a row comes out different. If this ever passes, plain sequential synthesis would do.
  Synthesizer synthesizer(find_voice("nieuwslezer", kVoices));
  const Speech first = synthesizer.speak("Het is acht uur.");
  synthesizer.speak("Goedemorgen, hier is het nieuws.");
  const Speech second = synthesizer.speak("Het is acht uur.");
  EXPECT_NE(first.samples, second.samples);
}

}  // namespace
}  // namespace nieuwslezer
