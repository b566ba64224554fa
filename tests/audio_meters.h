#pragma once
// What the audio tests measure with: real speech from our default voice, and ffmpeg's
// ebur128 filter as the independent loudness and true-peak meter.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "audio/audio.h"
#include "audio/audio_file.h"
#include "speech/synthesizer.h"
#include "speech/voice.h"

namespace nieuwslezer::test {

/// A few sentences of our default voice as mono floats, made once per process (one
/// Synthesizer at a time).
inline const Audio& espeak_speech() {
  static const Audio audio = [] {
    Synthesizer synthesizer(find_voice("nieuwslezer", NIEUWSLEZER_SOURCE_DIR "/voices"));
    const Speech speech = synthesizer.speak(
        "Goedemorgen. Het is acht uur. Hier is het nieuws. Het kabinet wil dat gemeenten "
        "sneller woningen bouwen. In Utrecht is vannacht een brand geweest in een "
        "bedrijfspand. Niemand raakte gewond.");
    Audio result;
    result.sample_rate = speech.sample_rate;
    for (std::int16_t sample : speech.samples) result.samples.push_back(sample / 32768.0f);
    return result;
  }();
  return audio;
}

struct FfmpegReading {
  double integrated_lufs = NAN;
  double true_peak_dbtp = NAN;
};

/// The number after `key` in the text after ffmpeg's "Summary:" line, NaN when absent.
inline double summary_value(const std::string& output, const std::string& key) {
  const std::size_t summary = output.rfind("Summary:");
  if (summary == std::string::npos) return NAN;
  const std::size_t at = output.find(key, summary);
  if (at == std::string::npos) return NAN;
  return std::strtod(output.c_str() + at + key.size(), nullptr);
}

/// ffmpeg's ebur128 filter on the file at `path`, decoded by ffmpeg itself.
inline FfmpegReading ffmpeg_ebur128_file(const std::filesystem::path& path) {
  const std::string command = "ffmpeg -nostats -hide_banner -i '" + path.string() +
                              "' -af ebur128=peak=true:framelog=verbose -f null - 2>&1";
  std::string output;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
    EXPECT_EQ(pclose(pipe), 0) << output;
  } else {
    ADD_FAILURE() << "cannot run ffmpeg";
  }
  FfmpegReading reading{summary_value(output, "I:"), summary_value(output, "Peak:")};
  EXPECT_FALSE(std::isnan(reading.integrated_lufs) || std::isnan(reading.true_peak_dbtp)) << output;
  return reading;
}

/// ffmpeg's ebur128 filter on the file `bytes`, whose extension is `extension` (".opus").
inline FfmpegReading ffmpeg_ebur128_bytes(const std::string& bytes, const std::string& extension) {
  static int counter = 0;
  const auto path =
      std::filesystem::temp_directory_path() / ("nieuwslezer-meter-" + std::to_string(getpid()) +
                                                "-" + std::to_string(counter++) + extension);
  std::ofstream(path, std::ios::binary) << bytes;
  const FfmpegReading reading = ffmpeg_ebur128_file(path);
  std::filesystem::remove(path);
  return reading;
}

/// ffmpeg's ebur128 filter on `audio` written as a 16-bit WAV (the quantization is far below
/// what the tests look at: 1 LSB is -90 dBFS).
inline FfmpegReading ffmpeg_ebur128(const Audio& audio) {
  return ffmpeg_ebur128_bytes(encode_wav(audio), ".wav");
}

}  // namespace nieuwslezer::test
