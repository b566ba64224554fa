#include "audio/upsample.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "audio/resampler.h"

namespace nieuwslezer {
namespace {

constexpr int kRate = 22050;

// A sine at `hz` in channel 0 of `channels` (the others silent), `frames` long.
Audio sine(double hz, std::size_t frames, int channels = 1) {
  Audio audio;
  audio.sample_rate = kRate;
  audio.channels = channels;
  audio.samples.assign(frames * channels, 0.0f);
  for (std::size_t n = 0; n < frames; ++n) {
    audio.samples[n * channels] =
        static_cast<float>(0.5 * std::sin(2 * std::numbers::pi * hz * double(n) / kRate));
  }
  return audio;
}

// How far `out` (at twice kRate) is from the exact sine, in dB under the sine's power,
// away from the ends (where the silence outside the audio is part of the signal).
double error_db(const std::vector<float>& out, double hz) {
  double error = 0, power = 0;
  for (std::size_t n = 200; n + 200 < out.size(); ++n) {
    const double exact = 0.5 * std::sin(2 * std::numbers::pi * hz * double(n) / (2 * kRate));
    error += (out[n] - exact) * (out[n] - exact);
    power += exact * exact;
  }
  return 10 * std::log10(error / power);
}

TEST(Upsample, IsExactToWellUnderTheLastBitOfSixteenUpToNinePointEightKilohertz) {
  // Any image (22 050 - f) or passband ripple would show as error.
  for (double hz : {100.0, 1000.0, 5000.0, 8000.0, 9800.0}) {
    SCOPED_TRACE(hz);
    const Audio audio = sine(hz, 20000);
    std::vector<float> out(2 * audio.frames());
    upsample_2x(audio, 0, audio.frames(), out.data());
    EXPECT_LT(error_db(out, hz), -98.0);
  }
}

TEST(Upsample, KeepsTheInputFramesAndCannotPassTheInputsNyquistFrequency) {
  const Audio audio = sine(1000, 3000);
  std::vector<float> out(2 * audio.frames());
  upsample_2x(audio, 0, audio.frames(), out.data());
  for (std::size_t n = 0; n < audio.frames(); ++n) ASSERT_EQ(out[2 * n], audio.samples[n]) << n;
  // A half-band filter passes half of a sine at a quarter of the output rate.
  const Audio edge = sine(kRate / 2.0 - 1e-3, 3000);
  std::vector<float> edge_out(2 * edge.frames());
  upsample_2x(edge, 0, edge.frames(), edge_out.data());
  EXPECT_GT(error_db(edge_out, kRate / 2.0 - 1e-3), -20.0);
}

TEST(Upsample, RangesGiveTheSamplesOfOneCallAndChannelsStayApart) {
  const Audio audio = sine(440, 10000, 2);
  std::vector<float> whole(2 * audio.samples.size()), pieces(whole.size(), -1.0f);
  upsample_2x(audio, 0, audio.frames(), whole.data());
  std::size_t start = 0;
  for (std::size_t length : {1, 31, 4097, 5000, 871}) {
    upsample_2x(audio, start, length, pieces.data() + 2 * start * 2);
    start += length;
  }
  ASSERT_EQ(start, audio.frames());
  EXPECT_EQ(pieces, whole);
  for (std::size_t n = 0; n < 2 * audio.frames(); ++n) ASSERT_EQ(whole[2 * n + 1], 0.0f) << n;
  std::vector<float> left;
  for (std::size_t n = 0; n < 2 * audio.frames(); ++n) left.push_back(whole[2 * n]);
  EXPECT_LT(error_db(left, 440), -98.0);
}

TEST(Upsample, ResampleTakesItForDoublingAndSoxrOtherwise) {
  Audio audio = sine(3000, 5000);
  audio.markers.push_back(Marker{1000, 2000, "opening", 0, -1});
  const Audio doubled = resample(audio, 2 * kRate);
  std::vector<float> expected(2 * audio.frames());
  upsample_2x(audio, 0, audio.frames(), expected.data());
  EXPECT_EQ(doubled.samples, expected);
  ASSERT_EQ(doubled.markers.size(), 1u);
  EXPECT_EQ(doubled.markers[0].frame, 2000u);
  // soxr's HQ filter, for the same sine, agrees to better than 16 bits.
  Resampler soxr(kRate, 2 * kRate, 1);
  std::vector<float> by_soxr;
  soxr.process(audio.samples.data(), audio.frames(), by_soxr);
  soxr.finish(by_soxr);
  ASSERT_EQ(by_soxr.size(), expected.size());
  double error = 0, power = 0;
  for (std::size_t n = 200; n + 200 < expected.size(); ++n) {
    error += (by_soxr[n] - expected[n]) * (by_soxr[n] - expected[n]);
    power += expected[n] * expected[n];
  }
  EXPECT_LT(10 * std::log10(error / power), -98.0);
  Audio no_channels = audio;
  no_channels.channels = 0;
  EXPECT_THROW(resample(no_channels, 2 * kRate), std::invalid_argument);
}

}  // namespace
}  // namespace nieuwslezer
