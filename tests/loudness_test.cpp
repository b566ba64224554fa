#include "audio/loudness.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <random>
#include <stdexcept>

#include "audio/audio_file.h"
#include "audio_meters.h"
#include "audio_signals.h"
#include "speech/synthesizer.h"

namespace nieuwslezer {
namespace {

using test::sine;

Audio speech_like_noise(int rate, double seconds) {
  return test::speech_like_noise(rate, seconds, 7);
}

using test::espeak_speech;
using test::ffmpeg_ebur128;
using test::FfmpegReading;

// The audio as the WAV file holds it (16 bits), so both meters see the same samples.
Audio as_16_bit(const Audio& audio) { return decode_audio(encode_wav(audio)); }

TEST(Loudness, SineAtMinus20DbfsIsMinus23Lufs) {
  // BS.1770: a 1 kHz sine at -20 dBFS peak in one channel is -23.0 LUFS (the K filter adds
  // about +0.7 dB at 1 kHz, which the -0.691 constant takes back); in two channels +3 dB.
  const LoudnessMeasurement mono = measure_loudness(sine(48000, 1, 1000, 0.1, 5));
  EXPECT_NEAR(mono.integrated_lufs, -23.0, 0.05);
  EXPECT_NEAR(mono.sample_peak_dbfs, -20.0, 0.01);
  EXPECT_NEAR(mono.true_peak_dbtp, -20.0, 0.05);
  const LoudnessMeasurement stereo = measure_loudness(sine(48000, 2, 1000, 0.1, 5));
  EXPECT_NEAR(stereo.integrated_lufs, -20.0, 0.05);
}

TEST(Loudness, TruePeakFindsThePeakBetweenSamples) {
  // A sine at a quarter of the rate with a 45 degree phase: every sample is at +-0.707 of the
  // amplitude, the waveform's peaks fall halfway between samples.
  const LoudnessMeasurement m =
      measure_loudness(sine(44100, 1, 11025, 0.5, 2, std::numbers::pi / 4));
  EXPECT_NEAR(m.sample_peak_dbfs, 20 * std::log10(0.5 * std::sqrt(0.5)), 0.01);
  EXPECT_NEAR(m.true_peak_dbtp, 20 * std::log10(0.5), 0.2);
}

TEST(Loudness, SilenceIsMinusInfinity) {
  Audio silence;
  silence.samples.assign(22050 * 2, 0.0f);
  for (const Audio& audio : {silence, Audio{}}) {
    const LoudnessMeasurement m = measure_loudness(audio);
    EXPECT_TRUE(std::isinf(m.integrated_lufs) && m.integrated_lufs < 0);
    EXPECT_TRUE(std::isinf(m.true_peak_dbtp) && m.true_peak_dbtp < 0);
    EXPECT_TRUE(std::isinf(m.sample_peak_dbfs) && m.sample_peak_dbfs < 0);
    EXPECT_TRUE(std::isinf(measure_integrated_lufs(audio)));
  }
}

TEST(Loudness, IntegratedOnlyAgreesWithTheFullMeasurement) {
  const Audio audio = speech_like_noise(22050, 4);
  EXPECT_DOUBLE_EQ(measure_integrated_lufs(audio), measure_loudness(audio).integrated_lufs);
}

TEST(Loudness, InvalidAudioIsRefused) {
  Audio audio = sine(22050, 1, 440, 0.5, 0.5);
  audio.channels = 0;
  EXPECT_THROW(measure_loudness(audio), std::runtime_error);
  audio.channels = 1;
  audio.sample_rate = 5;  // libebur128 needs at least 16 Hz
  EXPECT_THROW(measure_loudness(audio), std::runtime_error);
}

// ffmpeg prints one decimal, so its reading can be 0.05 off what it measured.
constexpr double kFfmpegRounding = 0.05;

TEST(Loudness, MatchesFfmpegOnEspeakSpeech) {
  const Audio speech = as_16_bit(espeak_speech());
  const LoudnessMeasurement ours = measure_loudness(speech);
  const FfmpegReading theirs = ffmpeg_ebur128(speech);
  EXPECT_NEAR(ours.integrated_lufs, theirs.integrated_lufs, 0.1 + kFfmpegRounding);
  EXPECT_NEAR(ours.true_peak_dbtp, theirs.true_peak_dbtp, 0.2 + kFfmpegRounding);
  EXPECT_LT(ours.integrated_lufs, -10.0) << "eSpeak's own level is well under full scale";
}

TEST(Loudness, MatchesFfmpegOnMonoAndStereoNoise) {
  Audio mono = as_16_bit(speech_like_noise(44100, 5));
  Audio stereo;
  stereo.sample_rate = 44100;
  stereo.channels = 2;
  for (float sample : mono.samples) stereo.samples.insert(stereo.samples.end(), 2, sample);
  // Mono is one channel for both meters (no dual-mono +3 dB); stereo is 3 dB louder.
  const LoudnessMeasurement ours_mono = measure_loudness(mono);
  const LoudnessMeasurement ours_stereo = measure_loudness(stereo);
  EXPECT_NEAR(ours_stereo.integrated_lufs - ours_mono.integrated_lufs, 3.01, 0.02);
  EXPECT_NEAR(ours_mono.integrated_lufs, ffmpeg_ebur128(mono).integrated_lufs,
              0.1 + kFfmpegRounding);
  EXPECT_NEAR(ours_stereo.integrated_lufs, ffmpeg_ebur128(stereo).integrated_lufs,
              0.1 + kFfmpegRounding);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(LoudnessBlocks, GatedBlocksGiveLibebur128sIntegratedLoudness) {
  for (const int rate : {22050, 44100, 48000}) {
    const Audio speech = test::speech_like_noise(rate, 8.0);
    const LoudnessBlocks blocks = measure_loudness_blocks(speech);
    EXPECT_EQ(blocks.hop_frames, static_cast<std::size_t>((rate + 5) / 10));
    // 8 s of 100 ms hops, the first block complete after four.
    EXPECT_EQ(blocks.energies.size(), 77u);
    EXPECT_NEAR(gated_loudness(blocks.energies), measure_integrated_lufs(speech), 0.01) << rate;
  }
}

TEST(LoudnessBlocks, GatesLikeBs1770) {
  // One loud block and many 20 dB quieter: the quiet ones fall under the relative gate.
  const double loud = std::pow(10.0, (-20.0 + 0.691) / 10.0);
  const double quiet = std::pow(10.0, (-40.0 + 0.691) / 10.0);
  EXPECT_NEAR(gated_loudness({loud, quiet, quiet, quiet}), -20.0, 1e-9);
  // Under the absolute gate (-70 LUFS) nothing counts.
  EXPECT_EQ(gated_loudness({1e-9, 0.0}), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(gated_loudness({}), -std::numeric_limits<double>::infinity());
  // Within 10 LU of each other, all count: the mean of the energies.
  EXPECT_NEAR(gated_loudness({loud, loud / 2}), -20.0 + 10 * std::log10(0.75), 1e-9);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(LoudnessBlocks, AgreeWithLibebur128AcrossSilenceAndInStereo) {
  // Speech, 3 s of digital silence (the filters decay to nothing), speech again; then the
  // same in stereo with the right channel 6 dB down.
  Audio audio = test::speech_like_noise(22050, 4.0);
  const Audio more = test::speech_like_noise(22050, 4.0);
  audio.samples.insert(audio.samples.end(), 3 * 22050, 0.0f);
  audio.samples.insert(audio.samples.end(), more.samples.begin(), more.samples.end());
  EXPECT_NEAR(gated_loudness(measure_loudness_blocks(audio).energies),
              measure_integrated_lufs(audio), 0.01);
  Audio stereo = audio;
  stereo.channels = 2;
  stereo.samples.clear();
  for (const float sample : audio.samples) {
    stereo.samples.push_back(sample);
    stereo.samples.push_back(sample / 2);
  }
  EXPECT_NEAR(gated_loudness(measure_loudness_blocks(stereo).energies),
              measure_integrated_lufs(stereo), 0.01);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(LoudnessBlocks, TheSameBlocksOnAnyNumberOfThreads) {
  // Five minutes: six pieces of 51 s (two groups filtered side by side), the later ones
  // started after a second of warm-up.
  const Audio speech = test::speech_like_noise(22050, 300.0);
  const LoudnessBlocks one = measure_loudness_blocks(speech, 1);
  EXPECT_NEAR(gated_loudness(one.energies), measure_integrated_lufs(speech), 0.01);
  for (const int threads : {2, 3}) {
    const LoudnessBlocks more = measure_loudness_blocks(speech, threads);
    EXPECT_TRUE(more.energies == one.energies) << threads;
  }
}

}  // namespace
}  // namespace nieuwslezer
