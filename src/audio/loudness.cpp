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

// A meter in `mode` that has seen all of `audio`.
Meter run_meter(const Audio& audio, int mode) {
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
  if (audio.frames() > 0 && ebur128_add_frames_float(meter.get(), audio.samples.data(),
                                                     audio.frames()) != EBUR128_SUCCESS) {
    throw std::runtime_error("loudness: libebur128 failed (out of memory)");
  }
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

double measure_integrated_lufs(const Audio& audio) {
  return integrated(run_meter(audio, EBUR128_MODE_I).get());
}

}  // namespace nieuwslezer
