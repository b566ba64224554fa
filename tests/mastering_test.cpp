#include "audio/mastering.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <random>
#include <stdexcept>

#include "audio/audio_file.h"
#include "audio/loudness.h"
#include "audio_meters.h"
#include "audio_signals.h"
#include "speech/synthesizer.h"

namespace nieuwslezer {
namespace {

Audio silence(int rate, double seconds) {
  Audio audio;
  audio.sample_rate = rate;
  audio.samples.assign(static_cast<std::size_t>(seconds * rate), 0.0f);
  return audio;
}

// Appends `seconds` of a sine (mono) to `audio`.
void add_sine(Audio& audio, double hz, double amplitude, double seconds, double phase = 0) {
  const auto frames = static_cast<std::size_t>(seconds * audio.sample_rate);
  for (std::size_t n = 0; n < frames; ++n) {
    const double t = double(n) / audio.sample_rate;
    audio.samples.push_back(
        static_cast<float>(amplitude * std::sin(2 * std::numbers::pi * hz * t + phase)));
  }
}

void add_silence(Audio& audio, double seconds) {
  audio.samples.insert(audio.samples.end(), static_cast<std::size_t>(seconds * audio.sample_rate),
                       0.0f);
}

Audio speech_like_noise(int rate, double seconds) {
  return test::speech_like_noise(rate, seconds, 11);
}

using test::espeak_speech;
using test::ffmpeg_ebur128;
using test::FfmpegReading;

// The mastered audio as the delivered file has it: encoded at the settings' rate and
// channels (24-bit WAV), decoded again.
Audio delivered(const Audio& mastered, const MasteringSettings& settings) {
  EncodeOptions options;
  options.format = AudioFormat::kWav24;
  options.sample_rate = settings.sample_rate;
  options.channels = settings.channels;
  return decode_audio(encode_audio(mastered, options));
}

// Index of the first and one past the last frame where any channel exceeds `level`.
std::pair<std::size_t, std::size_t> sounding(const Audio& audio, float level) {
  std::size_t first = audio.frames(), end = 0;
  for (std::size_t i = 0; i < audio.samples.size(); ++i) {
    if (std::abs(audio.samples[i]) > level) {
      first = std::min(first, i / audio.channels);
      end = std::max(end, i / audio.channels + 1);
    }
  }
  return {first, end};
}

float peak(const Audio& audio) {
  float result = 0;
  for (float sample : audio.samples) result = std::max(result, std::abs(sample));
  return result;
}

MasteringSettings keep_level() {
  MasteringSettings settings;
  settings.sample_rate = 0;
  settings.channels = 0;
  settings.normalize = false;
  settings.true_peak_ceiling_dbtp = 0.0;
  return settings;
}

TEST(MasteringPreset, FollowsTheDeliveryStandards) {
  const MasteringSettings mono = preset("podcast", 1);
  EXPECT_EQ(mono.sample_rate, 44100);
  EXPECT_EQ(mono.channels, 1);
  EXPECT_EQ(mono.target_lufs, -19.0);
  EXPECT_EQ(mono.true_peak_ceiling_dbtp, -1.0);
  EXPECT_TRUE(mono.normalize);
  const MasteringSettings stereo = preset("podcast", 2);
  EXPECT_EQ(stereo.channels, 2);
  EXPECT_EQ(stereo.target_lufs, -16.0);
  const MasteringSettings radio = preset("radio", 2);
  EXPECT_EQ(radio.sample_rate, 48000);
  EXPECT_EQ(radio.target_lufs, -23.0);
  EXPECT_EQ(radio.true_peak_ceiling_dbtp, -1.0);
  EXPECT_EQ(preset("radio", 1).target_lufs, -23.0);
  const MasteringSettings raw = preset("raw", 1);
  EXPECT_EQ(raw.sample_rate, 0);
  EXPECT_FALSE(raw.normalize);
  EXPECT_EQ(raw.true_peak_ceiling_dbtp, 0.0);
}

TEST(MasteringPreset, RefusesUnknownNamesAndChannelCounts) {
  EXPECT_THROW(preset("tv", 1), std::invalid_argument);
  EXPECT_THROW(preset("Podcast", 1), std::invalid_argument);
  EXPECT_THROW(preset("podcast", 0), std::invalid_argument);
}

TEST(Mastering, RemovesDcOffset) {
  Audio audio = silence(22050, 0);
  add_sine(audio, 440, 0.2, 2.0);
  for (float& sample : audio.samples) sample += 0.3f;
  MasteringSettings settings = keep_level();
  settings.pad_ms = 0;
  const Audio out = master_audio(audio, settings);
  double sum = 0, squares = 0;
  const std::size_t from = out.frames() / 10, to = out.frames() - from;
  for (std::size_t n = from; n < to; ++n) {
    sum += out.samples[n];
    squares += double(out.samples[n]) * out.samples[n];
  }
  const double count = double(to - from);
  EXPECT_NEAR(sum / count, 0.0, 1e-3);
  EXPECT_NEAR(std::sqrt(squares / count), 0.2 / std::sqrt(2.0), 0.002) << "the tone stays";
}

TEST(Mastering, TrimsSilenceToThePad) {
  Audio audio = silence(22050, 1.5);
  add_sine(audio, 440, 0.5, 1.0);
  add_silence(audio, 2.0);
  audio.markers.push_back(Marker{22050 * 3 / 2, 22050 * 5 / 2, "opening", 0, -1});
  MasteringSettings settings = keep_level();
  settings.pad_ms = 300;
  const Audio out = master_audio(audio, settings);
  // Sound is what rises above -50 dB under the peak; that includes the DC filter's decay
  // after the tone stops (about 20 ms here).
  const auto [first, end] = sounding(out, 0.5f * std::pow(10.0f, -50 / 20.0f));
  EXPECT_NEAR(double(first), 0.3 * 22050, 10);
  EXPECT_NEAR(double(out.frames() - end), 0.3 * 22050, 10);
  EXPECT_NEAR(out.seconds(), 0.3 + 1.0 + 0.3, 0.03);
  ASSERT_EQ(out.markers.size(), 1u);
  EXPECT_NEAR(double(out.markers[0].frame), 0.3 * 22050, 1);
  EXPECT_NEAR(double(out.markers[0].end_frame), 1.3 * 22050, 1);

  // Too little silence: the pad is made up with digital silence.
  Audio short_lead = silence(22050, 0.05);
  add_sine(short_lead, 440, 0.5, 1.0);
  const Audio padded = master_audio(short_lead, settings);
  EXPECT_NEAR(double(sounding(padded, 0.01f).first), 0.3 * 22050, 5);
  EXPECT_EQ(padded.samples[0], 0.0f);
}

TEST(Mastering, MarkersStayOnTheirSegmentsThroughTheTrim) {
  Audio audio = silence(22050, 0.8);
  const std::size_t first_start = audio.frames();
  add_sine(audio, 300, 0.4, 0.5);
  add_silence(audio, 0.7);
  const std::size_t second_start = audio.frames();
  add_sine(audio, 500, 0.4, 0.5);
  add_silence(audio, 1.0);
  audio.markers.push_back(Marker{first_start, first_start + 11025, "opening", 0, -1});
  audio.markers.push_back(Marker{second_start, second_start + 11025, "closing", 1, -1});
  const Audio out = master_audio(audio, preset("podcast", 2));
  ASSERT_EQ(out.sample_rate, 22050);  // the encoder resamples
  ASSERT_EQ(out.markers.size(), 2u);
  for (const Marker& marker : out.markers) {
    SCOPED_TRACE(marker.label);
    // Within a millisecond, the audio changes from silence to tone at the marker.
    const std::size_t ms = 22;
    ASSERT_GT(marker.frame, ms);
    EXPECT_LT(std::abs(out.samples[marker.frame - ms]), 0.01f);
    float after = 0;
    for (std::size_t n = marker.frame + ms; n < marker.frame + 4 * ms; ++n) {
      after = std::max(after, std::abs(out.samples[n]));
    }
    EXPECT_GT(after, 0.1f);
    EXPECT_EQ(marker.end_frame - marker.frame, 11025u);
  }
}

TEST(Mastering, CopiesMonoToEachChannel) {
  const MasteringSettings settings = preset("podcast", 2);
  const Audio mastered = master_audio(speech_like_noise(22050, 3), settings);
  EXPECT_EQ(mastered.channels, 1) << "mono stays mono until it is encoded";
  const Audio out = delivered(mastered, settings);
  ASSERT_EQ(out.channels, 2);
  for (std::size_t n = 0; n < out.frames(); ++n) {
    ASSERT_EQ(out.samples[2 * n], out.samples[2 * n + 1]) << n;
  }
}

TEST(Mastering, SpeechLikeNoiseReachesTheTarget) {
  const Audio out = delivered(master_audio(speech_like_noise(22050, 6), preset("podcast", 1)),
                              preset("podcast", 1));
  EXPECT_EQ(out.sample_rate, 44100);
  const LoudnessMeasurement m = measure_loudness(out);
  EXPECT_NEAR(m.integrated_lufs, -19.0, 0.15);
  EXPECT_LE(m.true_peak_dbtp, -1.0);
  const FfmpegReading ffmpeg = ffmpeg_ebur128(out);
  EXPECT_NEAR(ffmpeg.integrated_lufs, -19.0, 0.5);
  EXPECT_LE(ffmpeg.true_peak_dbtp, -1.0);
}

TEST(Mastering, LimitsPeaksBetweenSamples) {
  // A sine at a quarter of the rate, 45 degrees off: the samples sit at -3 dBFS, the
  // waveform peaks at 0 dBTP between them. A sample-peak limiter would let it through.
  Audio audio = silence(44100, 0);
  add_sine(audio, 11025, 1.0, 2.0, std::numbers::pi / 4);
  MasteringSettings settings = keep_level();
  settings.true_peak_ceiling_dbtp = -1.0;
  const Audio out = master_audio(audio, settings);
  const LoudnessMeasurement m = measure_loudness(out);
  EXPECT_LE(m.true_peak_dbtp, -1.0);
  EXPECT_GT(m.true_peak_dbtp, -1.5) << "limited to the ceiling, not below it";
  EXPECT_LE(ffmpeg_ebur128(out).true_peak_dbtp, -1.0);
}

TEST(Mastering, LimiterLeavesASteadyToneUndistorted) {
  // A tone 6 dB over the ceiling comes out as the same tone, 6 dB down: the gain is smooth,
  // nothing is clipped. Fit a 200 Hz sine to a stretch well after the onset (the limiter
  // releases from the onset's transient over a few 100 ms) and look at what is left over.
  Audio audio = silence(48000, 0);
  add_sine(audio, 200, 1.0, 2.0);
  MasteringSettings settings = keep_level();
  settings.true_peak_ceiling_dbtp = -6.0;
  const Audio out = master_audio(audio, settings);
  const std::size_t from = 60000, to = 72000;  // whole periods (240 frames each)
  double sin_part = 0, cos_part = 0;
  for (std::size_t n = from; n < to; ++n) {
    const double angle = 2 * std::numbers::pi * 200 * double(n) / 48000;
    sin_part += out.samples[n] * std::sin(angle);
    cos_part += out.samples[n] * std::cos(angle);
  }
  const double count = double(to - from);
  double residual = 0;
  for (std::size_t n = from; n < to; ++n) {
    const double angle = 2 * std::numbers::pi * 200 * double(n) / 48000;
    const double fit = 2 * (sin_part * std::sin(angle) + cos_part * std::cos(angle)) / count;
    residual += std::pow(out.samples[n] - fit, 2);
  }
  const double amplitude = 2 * std::hypot(sin_part, cos_part) / count;
  EXPECT_NEAR(20 * std::log10(amplitude), -6.1, 0.1);
  EXPECT_LT(10 * std::log10(residual / count) - 20 * std::log10(amplitude / std::sqrt(2.0)), -60.0)
      << "distortion";
}

TEST(Mastering, CeilingWinsOverATargetTooLoudForIt) {
  // A loud second and a quiet one. -2 LUFS cannot be had under -1 dBTP: the result stays
  // under the ceiling, and the quiet part is not pumped up by ever more make-up gain.
  Audio audio = silence(22050, 0);
  add_sine(audio, 1000, 1.0, 1.0);
  add_sine(audio, 1000, 0.01, 1.0);
  MasteringSettings settings = preset("podcast", 1);
  settings.sample_rate = 0;
  settings.target_lufs = -2.0;
  settings.pad_ms = 0;  // a pad would change the gating, so the first gain, a little
  const double first_gain_db = -2.0 - measure_loudness(audio).integrated_lufs;
  const Audio out = master_audio(audio, settings);
  const LoudnessMeasurement m = measure_loudness(out);
  EXPECT_LE(m.true_peak_dbtp, -1.0);
  EXPECT_LT(m.integrated_lufs, -3.0);
  float quiet = 0;
  for (std::size_t n = out.frames() - 22050 / 2; n < out.frames() - 22050 / 4; ++n) {
    quiet = std::max(quiet, std::abs(out.samples[n]));
  }
  EXPECT_LE(20 * std::log10(quiet / 0.01), first_gain_db + 6.0 + 0.1);
}

TEST(Mastering, FileStartsAndEndsAtZero) {
  // Speech that starts and stops abruptly, with no pad: no click at either end.
  Audio audio = silence(22050, 0);
  add_sine(audio, 300, 0.8, 0.5, std::numbers::pi / 2);
  MasteringSettings settings = keep_level();
  settings.pad_ms = 0;
  const Audio out = master_audio(audio, settings);
  ASSERT_GT(out.frames(), 100u);
  EXPECT_LT(std::abs(out.samples.front()), 0.01f);
  EXPECT_LT(std::abs(out.samples.back()), 0.01f);
}

TEST(Mastering, SilenceStaysSilent) {
  const Audio out = master_audio(silence(22050, 2.0), preset("podcast", 1));
  EXPECT_EQ(out.sample_rate, 22050);
  EXPECT_NEAR(out.seconds(), 0.6, 0.001);
  EXPECT_EQ(peak(out), 0.0f);
}

TEST(Mastering, RefusesImpossibleSettings) {
  Audio three = silence(22050, 0.1);
  three.channels = 3;
  three.samples.resize(three.samples.size() - three.samples.size() % 3);
  EXPECT_THROW(master_audio(three, preset("podcast", 2)), std::invalid_argument);
  MasteringSettings settings;
  settings.pad_ms = -1;
  EXPECT_THROW(master_audio(silence(22050, 0.1), settings), std::invalid_argument);
  Audio no_rate = silence(22050, 0.1);
  no_rate.sample_rate = 0;
  EXPECT_THROW(master_audio(no_rate, MasteringSettings{}), std::invalid_argument);
}

TEST(Mastering, RawKeepsEspeaksRateAndLevelWithoutClipping) {
  const Audio& speech = espeak_speech();
  const Audio out = master_audio(speech, preset("raw", 1));
  EXPECT_EQ(out.sample_rate, speech.sample_rate);
  EXPECT_EQ(out.channels, 1);
  const LoudnessMeasurement before = measure_loudness(speech), after = measure_loudness(out);
  EXPECT_NEAR(after.integrated_lufs, before.integrated_lufs, 0.2);
  EXPECT_LE(after.true_peak_dbtp, 0.0);
  EXPECT_LE(peak(out), 1.0f);
}

// The acceptance test: real speech through each preset, checked by ffmpeg.
void expect_delivery(const char* name, int channels, int rate, double lufs) {
  SCOPED_TRACE(std::string(name) + " " + std::to_string(channels));
  const MasteringSettings settings = preset(name, channels);
  const Audio out = delivered(master_audio(espeak_speech(), settings), settings);
  EXPECT_EQ(out.sample_rate, rate);
  EXPECT_EQ(out.channels, channels);
  const FfmpegReading ffmpeg = ffmpeg_ebur128(out);
  EXPECT_NEAR(ffmpeg.integrated_lufs, lufs, 0.5);
  EXPECT_LE(ffmpeg.true_peak_dbtp, settings.true_peak_ceiling_dbtp);
  const LoudnessMeasurement ours = measure_loudness(out);
  EXPECT_NEAR(ours.integrated_lufs, lufs, 0.15);
  EXPECT_LE(ours.true_peak_dbtp, settings.true_peak_ceiling_dbtp);
  std::printf(
      "%s, %d channel(s): ffmpeg I %.1f LUFS, true peak %.1f dBTP; ours %.2f LUFS, "
      "%.2f dBTP\n",
      name, channels, ffmpeg.integrated_lufs, ffmpeg.true_peak_dbtp, ours.integrated_lufs,
      ours.true_peak_dbtp);
}

TEST(Mastering, EspeakPodcastMonoMeetsItsTarget) { expect_delivery("podcast", 1, 44100, -19.0); }

TEST(Mastering, EspeakPodcastStereoMeetsItsTarget) { expect_delivery("podcast", 2, 44100, -16.0); }

TEST(Mastering, EspeakRadioMeetsItsTarget) {
  expect_delivery("radio", 1, 48000, -23.0);
  expect_delivery("radio", 2, 48000, -23.0);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(Mastering, TheSameSamplesOnAnyNumberOfThreads) {
  // Long enough for several pieces of the filters (47 s each: four filtered side by side,
  // the fifth alone) and ranges of limiter blocks; loud enough for the limiter to work.
  Audio audio = test::speech_like_noise(22050, 200.0);
  for (float& sample : audio.samples) sample *= 3.0f;
  MasteringSettings settings = preset("podcast", 2);
  const Audio one = master_audio(audio, settings);
  for (const int threads : {2, 3, 7}) {
    settings.threads = threads;
    const Audio more = master_audio(audio, settings);
    ASSERT_EQ(more.samples.size(), one.samples.size());
    EXPECT_TRUE(more.samples == one.samples) << threads << " threads";
  }
}

}  // namespace
}  // namespace nieuwslezer
