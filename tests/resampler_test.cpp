#include "audio/resampler.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace nieuwslezer {
namespace {

// `seconds` of a sine at `hz` with peak `amplitude` in every channel listed in `loud`
// (the others silent).
Audio sine(int rate, int channels, double hz, double amplitude, double seconds,
           std::vector<int> loud = {0}) {
  Audio audio;
  audio.sample_rate = rate;
  audio.channels = channels;
  const auto frames = static_cast<std::size_t>(seconds * rate);
  audio.samples.assign(frames * channels, 0.0f);
  for (std::size_t n = 0; n < frames; ++n) {
    const double value = amplitude * std::sin(2 * std::numbers::pi * hz * n / rate);
    for (int c : loud) audio.samples[n * channels + c] = static_cast<float>(value);
  }
  return audio;
}

// RMS of one channel over the middle half (away from the filter's edge effects).
double middle_rms(const Audio& audio, int channel) {
  const std::size_t frames = audio.frames();
  double sum = 0;
  for (std::size_t n = frames / 4; n < 3 * frames / 4; ++n) {
    const double s = audio.samples[n * audio.channels + channel];
    sum += s * s;
  }
  return std::sqrt(sum / double(frames / 2));
}

// Frequency of a sine from its rising zero crossings over the middle half.
double middle_frequency(const Audio& audio) {
  const std::size_t frames = audio.frames();
  std::size_t first = 0, last = 0, crossings = 0;
  for (std::size_t n = frames / 4; n < 3 * frames / 4; ++n) {
    const float a = audio.samples[(n - 1) * audio.channels], b = audio.samples[n * audio.channels];
    if (a < 0 && b >= 0) {
      if (crossings == 0) first = n;
      last = n;
      ++crossings;
    }
  }
  return crossings < 2 ? 0 : double(crossings - 1) * audio.sample_rate / double(last - first);
}

TEST(Resampler, SameRateIsAnUnchangedCopy) {
  Audio audio = sine(22050, 1, 440, 0.5, 0.1);
  audio.markers.push_back(Marker{100, 200, "opening", 0, -1});
  const Audio copy = resample(audio, 22050);
  EXPECT_EQ(copy.sample_rate, 22050);
  EXPECT_EQ(copy.samples, audio.samples);
  ASSERT_EQ(copy.markers.size(), 1u);
  EXPECT_EQ(copy.markers[0].frame, 100u);
  EXPECT_EQ(copy.markers[0].end_frame, 200u);
}

TEST(Resampler, KeepsFrequencyAndLevelAtPodcastAndRadioRates) {
  const Audio audio = sine(22050, 1, 1000, 0.5, 1.0);
  for (int rate : {44100, 48000}) {
    SCOPED_TRACE(rate);
    const Audio out = resample(audio, rate);
    EXPECT_EQ(out.sample_rate, rate);
    EXPECT_EQ(out.channels, 1);
    EXPECT_NEAR(double(out.frames()), double(rate), 1.0);
    EXPECT_NEAR(20 * std::log10(middle_rms(out, 0) / middle_rms(audio, 0)), 0.0, 0.01);
    EXPECT_NEAR(middle_frequency(out), 1000.0, 0.5);
  }
}

TEST(Resampler, RemovesWhatTheNewRateCannotHold) {
  // 10 kHz fits in 22 050 Hz but not in 16 000 Hz: a good filter removes it, not aliases it.
  const Audio out = resample(sine(22050, 1, 10000, 0.5, 0.5), 16000);
  EXPECT_LT(20 * std::log10(middle_rms(out, 0) + 1e-12), -90.0);
}

TEST(Resampler, KeepsChannelsApart) {
  const Audio out = resample(sine(22050, 2, 1000, 0.5, 0.5, {0}), 48000);
  ASSERT_EQ(out.channels, 2);
  EXPECT_NEAR(middle_rms(out, 0), 0.5 / std::sqrt(2.0), 0.001);
  EXPECT_LT(middle_rms(out, 1), 1e-6);
}

TEST(Resampler, ScalesMarkerFrames) {
  Audio audio = sine(22050, 1, 440, 0.5, 1.0);
  audio.markers.push_back(Marker{11025, 22050, "story 1 lead", 1, -1});
  audio.markers.push_back(Marker{0, 441, "opening", 0, 0});
  const Audio out = resample(audio, 48000);
  ASSERT_EQ(out.markers.size(), 2u);
  EXPECT_EQ(out.markers[0].frame, 24000u);
  EXPECT_EQ(out.markers[0].end_frame, std::min<std::size_t>(48000, out.frames()));
  EXPECT_EQ(out.markers[0].label, "story 1 lead");
  EXPECT_EQ(out.markers[0].segment, 1);
  EXPECT_EQ(out.markers[1].frame, 0u);
  EXPECT_EQ(out.markers[1].end_frame, 960u);
  EXPECT_EQ(out.markers[1].sentence, 0);
}

TEST(Resampler, ReportsSoxrErrors) {
  const Audio audio = sine(22050, 1, 440, 0.5, 0.1);
  try {
    resample(audio, 0);
    FAIL() << "a rate of 0 Hz must be refused";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("22050 Hz -> 0 Hz"), std::string::npos)
        << error.what();
  }
  Audio no_channels = audio;
  no_channels.channels = 0;
  EXPECT_THROW(resample(no_channels, 48000), std::invalid_argument);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(ResampleBlocks, HandsOverWhatResampleGivesInOrder) {
  Audio audio;
  audio.sample_rate = 22050;
  audio.channels = 2;
  for (std::size_t n = 0; n < 300000; ++n) {  // several blocks
    audio.samples.push_back(0.5f * std::sin(0.01f * float(n)));
    audio.samples.push_back(0.25f * std::sin(0.003f * float(n)));
  }
  for (const int rate : {44100, 48000}) {
    std::vector<float> joined;
    std::size_t calls = 0;
    resample_blocks(audio, rate, [&](const float* samples, std::size_t frames) {
      joined.insert(joined.end(), samples, samples + 2 * frames);
      ++calls;
    });
    EXPECT_GT(calls, 3u);
    const Audio whole = resample(audio, rate);
    EXPECT_TRUE(joined == whole.samples) << rate;
  }
}

TEST(ResampleBlocks, AnErrorWhileTakingStopsTheWork) {
  Audio audio;
  audio.sample_rate = 22050;
  audio.samples.assign(1000000, 0.1f);
  std::size_t calls = 0;
  EXPECT_THROW(resample_blocks(audio, 44100,
                               [&](const float*, std::size_t) {
                                 if (++calls == 2) throw std::runtime_error("disk full");
                               }),
               std::runtime_error);
  EXPECT_EQ(calls, 2u);
  audio.sample_rate = 0;
  EXPECT_THROW(resample_blocks(audio, 44100, [](const float*, std::size_t) {}), std::runtime_error);
}

}  // namespace
}  // namespace nieuwslezer
