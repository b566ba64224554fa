#include "audio/loudness.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>

namespace nieuwslezer {
namespace {

struct MeterDeleter {
  void operator()(ebur128_state* state) const { ebur128_destroy(&state); }
};
using Meter = std::unique_ptr<ebur128_state, MeterDeleter>;

double to_db(double linear) {
  return linear > 0 ? 20.0 * std::log10(linear) : -std::numeric_limits<double>::infinity();
}

// A meter in `mode` for audio of `audio`'s rate and channels.
Meter new_meter(const Audio& audio, int mode) {
  if (audio.channels < 1 || audio.sample_rate < 1) {
    throw std::runtime_error("loudness: invalid audio (" + std::to_string(audio.channels) +
                             " channels at " + std::to_string(audio.sample_rate) + " Hz)");
  }
  Meter meter(ebur128_init(static_cast<unsigned>(audio.channels),
                           static_cast<unsigned long>(audio.sample_rate), mode));
  if (!meter) {
    throw std::runtime_error("loudness: libebur128 cannot meter " + std::to_string(audio.channels) +
                             " channels at " + std::to_string(audio.sample_rate) + " Hz");
  }
  return meter;
}

void add_frames(ebur128_state* meter, const float* samples, std::size_t frames) {
  if (frames > 0 && ebur128_add_frames_float(meter, samples, frames) != EBUR128_SUCCESS) {
    throw std::runtime_error("loudness: libebur128 failed (out of memory)");
  }
}

// A meter in `mode` that has seen all of `audio`.
Meter run_meter(const Audio& audio, int mode) {
  Meter meter = new_meter(audio, mode);
  add_frames(meter.get(), audio.samples.data(), audio.frames());
  return meter;
}

double integrated(ebur128_state* meter) {
  double lufs = 0;
  if (ebur128_loudness_global(meter, &lufs) != EBUR128_SUCCESS) {
    throw std::runtime_error("loudness: libebur128 cannot compute integrated loudness");
  }
  // libebur128 reports silence as -HUGE_VAL; make that an honest -infinity.
  return std::isfinite(lufs) ? lufs : -std::numeric_limits<double>::infinity();
}

}  // namespace

LoudnessMeasurement measure_loudness(const Audio& audio) {
  const Meter meter = run_meter(audio, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
  LoudnessMeasurement result;
  result.integrated_lufs = integrated(meter.get());
  double true_peak = 0;
  for (int channel = 0; channel < audio.channels; ++channel) {
    double peak = 0;
    if (ebur128_true_peak(meter.get(), static_cast<unsigned>(channel), &peak) != EBUR128_SUCCESS) {
      throw std::runtime_error("loudness: libebur128 cannot compute the true peak");
    }
    true_peak = std::max(true_peak, peak);
  }
  float sample_peak = 0;
  for (float sample : audio.samples) sample_peak = std::max(sample_peak, std::abs(sample));
  result.true_peak_dbtp = to_db(std::max(true_peak, double(sample_peak)));
  result.sample_peak_dbfs = to_db(sample_peak);
  return result;
}

LoudnessBlocks measure_loudness_blocks(const Audio& audio) {
  const Meter meter = new_meter(audio, EBUR128_MODE_M);
  LoudnessBlocks blocks;
  // libebur128's own block step: (rate + 5) / 10 frames.
  blocks.hop_frames = (static_cast<std::size_t>(audio.sample_rate) + 5) / 10;
  const std::size_t frames = audio.frames();
  for (std::size_t hop = 0; (hop + 1) * blocks.hop_frames <= frames; ++hop) {
    const float* chunk = audio.samples.data() + hop * blocks.hop_frames * audio.channels;
    add_frames(meter.get(), chunk, blocks.hop_frames);
    if (hop < 3) continue;  // the first block ends after four hops
    double lufs = 0;
    if (ebur128_loudness_momentary(meter.get(), &lufs) != EBUR128_SUCCESS) {
      throw std::runtime_error("loudness: libebur128 cannot compute momentary loudness");
    }
    blocks.energies.push_back(std::isfinite(lufs) ? std::pow(10.0, (lufs + 0.691) / 10.0) : 0.0);
  }
  return blocks;
}

double gated_loudness(const std::vector<double>& energies) {
  const auto to_lufs = [](double energy) { return -0.691 + 10.0 * std::log10(energy); };
  const double absolute_gate = std::pow(10.0, (-70.0 + 0.691) / 10.0);
  const auto mean_above = [&](double gate) {
    double sum = 0;
    std::size_t count = 0;
    for (const double energy : energies) {
      if (energy > gate) {
        sum += energy;
        ++count;
      }
    }
    return count > 0 ? sum / double(count) : 0.0;
  };
  const double absolute_mean = mean_above(absolute_gate);
  if (absolute_mean <= 0) return -std::numeric_limits<double>::infinity();
  const double relative_gate = absolute_mean * std::pow(10.0, -10.0 / 10.0);
  const double mean = mean_above(std::max(absolute_gate, relative_gate));
  return mean > 0 ? to_lufs(mean) : -std::numeric_limits<double>::infinity();
}

double measure_integrated_lufs(const Audio& audio) {
  return integrated(run_meter(audio, EBUR128_MODE_I).get());
}

}  // namespace nieuwslezer
