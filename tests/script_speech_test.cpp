#include "speech/script_speech.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
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

// The samples of every sentence, in script order, as speak_script hands them out.
std::vector<std::vector<std::int16_t>> spoken(const Script& script, Synthesizer& synthesizer,
                                              const Voice& voice,
                                              const std::optional<Voice>& ticker_voice, int jobs) {
  std::vector<std::vector<std::int16_t>> samples;
  speak_script(script, synthesizer, voice, ticker_voice, jobs,
               [&](std::span<const SentenceSpeech> sentences) {
                 for (const SentenceSpeech& sentence : sentences) {
                   EXPECT_EQ(sentence.sample_rate, synthesizer.sample_rate());
                   samples.emplace_back(sentence.samples.begin(), sentence.samples.end());
                 }
               });
  return samples;
}

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

TEST(ScriptSpeech, WordStartsComeBackFromTheSpeechProcesses) {
  const Voice voice = find_voice("nieuwslezer", kVoices);
  Synthesizer synthesizer(voice);
  const Script script = news();
  std::vector<std::vector<std::size_t>> words;
  std::vector<std::size_t> lengths;
  speak_script(script, synthesizer, voice, std::nullopt, 2,
               [&](std::span<const SentenceSpeech> sentences) {
                 for (const SentenceSpeech& sentence : sentences) {
                   words.push_back(sentence.word_starts);
                   lengths.push_back(sentence.samples.size());
                 }
               });
  ASSERT_EQ(words.size(), 8u);
  const std::vector<std::size_t> expected = {1, 4, 6, 4, 7, 4, 4, 4};  // words per sentence
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(words[i].size(), expected[i]) << i;
    EXPECT_TRUE(std::is_sorted(words[i].begin(), words[i].end())) << i;
    if (!words[i].empty()) {
      EXPECT_LT(words[i].back(), lengths[i]) << i;
    }
  }
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
    const auto one = spoken(script, synthesizer, voice, ticker_voice, 1);
    ASSERT_EQ(one.size(), 8u);  // every sentence, in order
    for (const auto& samples : one) EXPECT_GT(samples.size(), 2000u);
    for (const int jobs : {1, 2, 5}) {
      EXPECT_EQ(spoken(script, synthesizer, voice, ticker_voice, jobs), one) << jobs;
    }
    // The ticker voice reads the ticker items: item 1 (sentence 4) differs from the lead's
    // voice, and the lead (sentence 2) keeps the main voice.
    if (ticker_voice) {
      const auto plain = spoken(script, synthesizer, voice, std::nullopt, 2);
      EXPECT_NE(one[4], plain[4]);
      EXPECT_EQ(one[2], plain[2]);
    }
  }
}

TEST(ScriptSpeech, ASinkThatThrowsStopsTheSpeech) {
  Synthesizer synthesizer(find_voice("nieuwslezer", kVoices));
  EXPECT_THROW(
      speak_script(news(), synthesizer, find_voice("nieuwslezer", kVoices), std::nullopt, 2,
                   [](std::span<const SentenceSpeech>) { throw std::runtime_error("disk full"); }),
      std::runtime_error);
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
