#include "audio/encoded_loudness.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "audio/audio_file.h"
#include "audio/loudness.h"
#include "audio_meters.h"
#include "audio_signals.h"

namespace nieuwslezer {
namespace {

Audio stereo_speech_like_noise() {
  const Audio mono = test::speech_like_noise(44100, 6.0, 3);
  Audio stereo;
  stereo.sample_rate = mono.sample_rate;
  stereo.channels = 2;
  for (std::size_t n = 0; n < mono.samples.size(); ++n) {
    stereo.samples.push_back(mono.samples[n]);
    stereo.samples.push_back(0.5f * mono.samples[mono.samples.size() - 1 - n]);
  }
  return stereo;
}

TEST(LoudnessMeter, AudioAddedInPiecesMeasuresAsTheWhole) {
  const Audio audio = stereo_speech_like_noise();
  const LoudnessMeasurement whole = measure_loudness(audio);
  LoudnessMeter meter(audio.sample_rate, audio.channels);
  // Uneven pieces, one of them empty: the meter keeps its state between them.
  const std::size_t pieces[] = {1, 4410, 0, 12345, 99999};
  std::size_t frame = 0;
  for (std::size_t i = 0; frame < audio.frames(); ++i) {
    const std::size_t frames = std::min(pieces[i % 5], audio.frames() - frame);
    meter.add(audio.samples.data() + frame * 2, frames);
    frame += frames;
  }
  const LoudnessMeasurement pieced = meter.result();
  EXPECT_NEAR(pieced.integrated_lufs, whole.integrated_lufs, 1e-6);
  EXPECT_NEAR(pieced.true_peak_dbtp, whole.true_peak_dbtp, 1e-6);
  EXPECT_NEAR(pieced.sample_peak_dbfs, whole.sample_peak_dbfs, 1e-6);
  EXPECT_GT(whole.integrated_lufs, -40.0) << "the signal is not silence";
}

TEST(EncodedLoudness, AFileMeasuresAsItsDecodedSamplesInEveryFormat) {
  const Audio audio = stereo_speech_like_noise();
  for (const AudioFormat format : {AudioFormat::kWav16, AudioFormat::kFlac, AudioFormat::kOggVorbis,
                                   AudioFormat::kOggOpus, AudioFormat::kMp3}) {
    EncodeOptions options;
    options.format = format;
    options.sample_rate = required_sample_rate(format, audio.sample_rate);
    const std::string bytes = encode_audio(audio, options);
    const LoudnessMeasurement decoded = measure_loudness(decode_audio(bytes));
    const LoudnessMeasurement measured = measure_encoded_loudness(bytes);
    EXPECT_NEAR(measured.integrated_lufs, decoded.integrated_lufs, 1e-6) << format_name(format);
    EXPECT_NEAR(measured.true_peak_dbtp, decoded.true_peak_dbtp, 0.05) << format_name(format);
    // And as an independent meter, decoding the file itself, hears it.
    const test::FfmpegReading ffmpeg =
        test::ffmpeg_ebur128_bytes(bytes, std::string(file_extension(format)));
    EXPECT_NEAR(measured.integrated_lufs, ffmpeg.integrated_lufs, 0.2) << format_name(format);
    EXPECT_NEAR(measured.true_peak_dbtp, ffmpeg.true_peak_dbtp, 0.3) << format_name(format);
  }
}

TEST(EncodedLoudness, WhatIsNoSoundFileIsRefused) {
  EXPECT_THROW(measure_encoded_loudness("this is text, not sound"), std::runtime_error);
}

}  // namespace
}  // namespace nieuwslezer
