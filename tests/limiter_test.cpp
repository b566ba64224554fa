#include "audio/limiter.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "audio/true_peak.h"
#include "audio_signals.h"

namespace nieuwslezer {
namespace {

// The true peak of the whole audio, every block oversampled.
float true_peak(const Audio& audio) {
  BlockPeaks peaks(audio);
  float peak = 0;
  for (std::size_t b = 0; b < peaks.blocks(); ++b) {
    peak = std::max(peak, peaks.oversampled_peak(audio, b));
  }
  return peak;
}

TEST(TruePeak, SamplePeakIsTheLargestMagnitudeWhereverItLies) {
  EXPECT_EQ(sample_peak(nullptr, 0), 0.0f);
  // Every position in a run of eight and in the tail after the last whole run.
  for (std::size_t count : {1u, 7u, 8u, 29u}) {
    for (std::size_t at = 0; at < count; ++at) {
      std::vector<float> samples(count, 0.25f);
      for (std::size_t i = 0; i < count; i += 2) samples[i] = -0.25f;
      samples[at] = at % 2 ? 0.75f : -0.75f;
      EXPECT_EQ(sample_peak(samples.data(), count), 0.75f) << count << " samples, peak at " << at;
    }
  }
}

TEST(TruePeak, FindsThePeakBetweenSamples) {
  // A quarter-rate sine 45 degrees off: samples at 0.707, the waveform at 1.0 between them.
  const Audio audio = test::sine(44100, 1, 11025, 1.0, 0.1, std::numbers::pi / 4);
  float samples = 0;
  for (float s : audio.samples) samples = std::max(samples, std::abs(s));
  EXPECT_NEAR(samples, 0.7071, 0.001);
  EXPECT_NEAR(true_peak(audio), 1.0, 0.02);
}

TEST(TruePeak, BoundsAreNeverBelowTheOversampledPeak) {
  const Audio audio = test::speech_like_noise(44100, 3.0);
  BlockPeaks peaks(audio);
  for (std::size_t b = 0; b < peaks.blocks(); ++b) {
    const float exact = peaks.oversampled_peak(audio, b);
    ASSERT_GE(peaks.upper_bound(b), exact) << b;
    // Asked about a threshold under the bound, it oversamples and gives the exact peak.
    ASSERT_EQ(peaks.peak_above(b, 0.0f), exact) << b;
    ASSERT_EQ(peaks.upper_bound(b), exact) << b;  // and remembers it
  }
}

TEST(TruePeak, OnlyOversamplesWhereTheBoundPassesTheThreshold) {
  const Audio audio = test::sine(44100, 1, 440, 0.1, 0.5);
  BlockPeaks peaks(audio);
  // 0.1 x the filters' gain is far under 0.9: every answer is a bound, not a computation.
  for (std::size_t b = 0; b < peaks.blocks(); ++b) {
    ASSERT_LE(peaks.peak_above(b, 0.9f), 0.9f);
    ASSERT_GT(peaks.upper_bound(b), 0.1f * 0.99f);  // still the bound: nothing was computed
  }
}

TEST(Limiter, NothingToDoUnderTheCeiling) {
  const Audio audio = test::sine(44100, 1, 440, 0.5, 0.5);
  BlockPeaks peaks(audio);
  EXPECT_TRUE(limiter_gains(peaks, 0.9, 1.0, 44100).empty());
  EXPECT_FALSE(limiter_gains(peaks, 0.9, 2.0, 44100).empty());  // with 6 dB of gain it must
}

TEST(Limiter, KeepsItsPromiseOnSpeechLikeNoiseAndStereo) {
  for (const int channels : {1, 2}) {
    Audio audio = test::speech_like_noise(48000, 4.0);
    if (channels == 2) {
      Audio stereo = audio;
      stereo.channels = 2;
      stereo.samples.clear();
      for (std::size_t n = 0; n < audio.samples.size(); ++n) {
        stereo.samples.push_back(audio.samples[n]);
        stereo.samples.push_back(-0.5f * audio.samples[n]);
      }
      audio = stereo;
    }
    const double gain = 4.0, ceiling = 0.5;
    BlockPeaks peaks(audio);
    const std::vector<float> gains = limiter_gains(peaks, ceiling, gain, 48000);
    ASSERT_FALSE(gains.empty());
    for (float g : gains) {
      ASSERT_GT(g, 0.0f);
      ASSERT_LE(g, 1.0f);
    }
    apply_gain(audio, gain, gains);
    // The promise is about the block peaks; the smooth gain can lift a point between samples
    // by a hair, which mastering's final trim takes care of.
    EXPECT_LE(true_peak(audio), ceiling * 1.01) << channels;
    EXPECT_GT(true_peak(audio), ceiling * 0.9) << "limited to the ceiling, not far below";
  }
}

TEST(Limiter, AppliesAConstantGainWhenNothingIsLimited) {
  Audio audio = test::sine(44100, 2, 440, 0.25, 0.2);
  const Audio original = audio;
  apply_gain(audio, 2.0, {});
  for (std::size_t i = 0; i < audio.samples.size(); ++i) {
    ASSERT_FLOAT_EQ(audio.samples[i], 2.0f * original.samples[i]);
  }
}

TEST(Limiter, GainMovesLinearlyBetweenBlockCentres) {
  Audio audio;
  audio.sample_rate = 44100;
  audio.samples.assign(4 * BlockPeaks::kBlock, 1.0f);
  apply_gain(audio, 1.0, {1.0f, 0.5f, 0.5f, 0.5f});
  const std::size_t centre0 = BlockPeaks::kBlock / 2, centre1 = centre0 + BlockPeaks::kBlock;
  EXPECT_FLOAT_EQ(audio.samples[0], 1.0f);
  EXPECT_FLOAT_EQ(audio.samples[centre0], 1.0f);
  EXPECT_NEAR(audio.samples[(centre0 + centre1) / 2], 0.75f, 1e-5);
  EXPECT_NEAR(audio.samples[centre1], 0.5f, 1e-5);
  EXPECT_NEAR(audio.samples.back(), 0.5f, 1e-5);
}

}  // namespace
}  // namespace nieuwslezer
