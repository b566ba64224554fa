#include "speech/synthesizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "errors.h"

namespace nieuwslezer {
namespace {

const std::filesystem::path kVoices = NIEUWSLEZER_SOURCE_DIR "/voices";

double rms(const std::vector<std::int16_t>& samples) {
  double sum = 0;
  for (auto s : samples) sum += double(s) * s;
  return samples.empty() ? 0 : std::sqrt(sum / samples.size());
}

TEST(Synthesizer, SpeaksDutchWithOurVariant) {
  Synthesizer synthesizer(find_voice("nieuwslezer", kVoices));
  EXPECT_EQ(synthesizer.sample_rate(), 22050);
  const Speech speech = synthesizer.speak("Goedemorgen. Het is acht uur. Hier is het nieuws.");
  const double seconds = double(speech.samples.size()) / speech.sample_rate;
  EXPECT_GT(seconds, 1.5);
  EXPECT_LT(seconds, 6.0);
  EXPECT_GT(rms(speech.samples), 300.0) << "speech must not be silent";
}

TEST(Synthesizer, WordEventsSayWhereEachWordStarts) {
  Synthesizer synthesizer(find_voice("nieuwslezer", kVoices));
  Speech speech = synthesizer.speak("Het is acht uur. Hier is het nieuws.");
  ASSERT_EQ(speech.word_starts.size(), 8u);
  EXPECT_TRUE(std::is_sorted(speech.word_starts.begin(), speech.word_starts.end()));
  EXPECT_LT(speech.word_starts.back(), speech.samples.size());
  // The second sentence starts after the pause between them: past a third of the speech.
  EXPECT_GT(speech.word_starts[4], speech.samples.size() / 3);
  // Reused memory starts over.
  synthesizer.speak("Goedemorgen.", false, speech);
  EXPECT_EQ(speech.word_starts.size(), 1u);
}

TEST(Synthesizer, DutchPhonemesNotEnglish) {
  Synthesizer synthesizer(find_voice("nl", kVoices));
  // Dutch "nieuws" has the long /i/ + w; English would say "nai..." for "ie" words.
  EXPECT_EQ(synthesizer.phonemes("Hallo"), "h'Alo:");
  // eSpeak writes the Dutch (voiceless velar fricative) g as Q; English would have g.
  EXPECT_EQ(synthesizer.phonemes("Goedemorgen"), "Q'ud@m,OrQ@n");
}

// Median fundamental frequency of the loud frames, by autocorrelation.
double median_pitch(const Speech& speech) {
  const std::size_t frame = 1024;
  const std::size_t min_lag = speech.sample_rate / 400, max_lag = speech.sample_rate / 60;
  std::vector<double> pitches;
  for (std::size_t start = 0; start + frame + max_lag < speech.samples.size(); start += frame) {
    const std::vector<std::int16_t> window(speech.samples.begin() + start,
                                           speech.samples.begin() + start + frame);
    if (rms(window) < 2000) continue;
    double best = 0;
    std::size_t best_lag = 0;
    for (std::size_t lag = min_lag; lag <= max_lag; ++lag) {
      double sum = 0, energy = 0;
      for (std::size_t i = 0; i < frame; ++i) {
        sum += double(speech.samples[start + i]) * speech.samples[start + i + lag];
        energy += double(speech.samples[start + i + lag]) * speech.samples[start + i + lag];
      }
      const double score = energy > 0 ? sum / std::sqrt(energy) : 0;
      if (score > best) best = score, best_lag = lag;
    }
    if (best_lag) pitches.push_back(double(speech.sample_rate) / best_lag);
  }
  if (pitches.empty()) return 0;
  std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
  return pitches[pitches.size() / 2];
}

TEST(Synthesizer, NewsreaderVoicesHaveMaleAndFemalePitch) {
  const std::string text =
      "Het kabinet trekt de komende jaren extra geld uit voor het onderhoud van bruggen.";
  double male = 0, female = 0;
  {
    Synthesizer synthesizer(find_voice("nieuwslezer", kVoices));
    male = median_pitch(synthesizer.speak(text));
  }
  {
    Synthesizer synthesizer(find_voice("nieuwslezeres", kVoices));
    female = median_pitch(synthesizer.speak(text));
  }
  EXPECT_GT(male, 70.0);
  EXPECT_LT(male, 150.0);
  EXPECT_GT(female, 160.0);
  EXPECT_LT(female, 280.0);
}

TEST(Synthesizer, SsmlIsUnderstood) {
  Synthesizer synthesizer(find_voice("nl", kVoices));
  const auto seconds = [](const Speech& speech) {
    return double(speech.samples.size()) / speech.sample_rate;
  };
  const Speech plain = synthesizer.speak("Een twee.");
  const Speech ssml =
      synthesizer.speak("<speak xml:lang=\"nl\">Een <break time=\"300ms\"/>twee.</speak>", true);
  // The break is kept as silence and the tags are not spoken.
  EXPECT_GT(seconds(ssml), seconds(plain) + 0.2);
  EXPECT_LT(seconds(ssml), seconds(plain) + 1.5);
  const Speech text = synthesizer.speak("<speak>Een twee.</speak>", false);
  EXPECT_GT(seconds(text), 2 * seconds(plain)) << "without the SSML flag the tags are read out";
}

TEST(Synthesizer, OneSynthesizerAtATime) {
  Synthesizer first(find_voice("nl", kVoices));
  EXPECT_THROW(Synthesizer second(find_voice("nl", kVoices)), std::runtime_error);
}

TEST(Synthesizer, EngineCanBeTakenAgain) {
  for (int i = 0; i < 3; ++i) {
    Synthesizer synthesizer(find_voice("nieuwslezer", kVoices));
    EXPECT_GT(synthesizer.speak("Nog een keer.").samples.size(), 1000u);
  }
}

TEST(Synthesizer, UnknownVoiceIsAnError) {
  EXPECT_THROW(Synthesizer(find_voice("xx+zz", kVoices)), UsageError);
  // The engine is free again afterwards.
  EXPECT_NO_THROW(Synthesizer(find_voice("nl", kVoices)));
}

}  // namespace
}  // namespace nieuwslezer
