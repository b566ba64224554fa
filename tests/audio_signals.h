#pragma once
// Test signals shared by the audio tests.

#include <cmath>
#include <numbers>
#include <random>

#include "audio/audio.h"

namespace nieuwslezer::test {

/// A sine of `amplitude` (full scale 1) at `hz`, the same in every channel.
inline Audio sine(int rate, int channels, double hz, double amplitude, double seconds,
                  double phase = 0) {
  Audio audio;
  audio.sample_rate = rate;
  audio.channels = channels;
  const auto frames = static_cast<std::size_t>(seconds * rate);
  for (std::size_t n = 0; n < frames; ++n) {
    const double value = amplitude * std::sin(2 * std::numbers::pi * hz * n / rate + phase);
    audio.samples.insert(audio.samples.end(), channels, static_cast<float>(value));
  }
  return audio;
}

/// Mono noise shaped like speech: syllables at about 4 Hz, words separated by short pauses.
inline Audio speech_like_noise(int rate, double seconds, unsigned seed = 7) {
  Audio audio;
  audio.sample_rate = rate;
  std::mt19937 random(seed);
  std::normal_distribution<double> noise(0.0, 0.1);
  const auto frames = static_cast<std::size_t>(seconds * rate);
  double low = 0;
  for (std::size_t n = 0; n < frames; ++n) {
    const double t = double(n) / rate;
    const double syllables = std::pow(std::sin(std::numbers::pi * 4 * t), 2);
    const double words = std::fmod(t, 1.3) < 1.0 ? 1.0 : 0.0;
    low = 0.8 * low + 0.2 * noise(random);  // more energy low, like a voice
    audio.samples.push_back(static_cast<float>(syllables * words * low * 3));
  }
  return audio;
}

}  // namespace nieuwslezer::test
