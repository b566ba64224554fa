#include "audio/loudness.h"

#include <ebur128.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "audio/true_peak.h"
#include "system/parallel.h"
#include "system/vector_clones.h"

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

struct Biquad {
  double b0, b1, b2, a1, a2;  // a0 = 1
};

struct KWeighting {
  Biquad shelf;      // +4 dB above about 1.7 kHz: the head's effect
  Biquad high_pass;  // the RLB curve, about 38 Hz
};

// BS.1770's K-weighting filters for any sample rate, derived from their analogue
// prototypes as libebur128 does (at 48 kHz they are the coefficients the standard lists).
KWeighting k_weighting(int sample_rate) {
  const double pi = 3.14159265358979323846;
  KWeighting k{};
  {
    const double f0 = 1681.974450955533, gain_db = 3.999843853973347, q = 0.7071752369554196;
    const double kk = std::tan(pi * f0 / sample_rate);
    const double vh = std::pow(10.0, gain_db / 20.0), vb = std::pow(vh, 0.4996667741545416);
    const double a0 = 1.0 + kk / q + kk * kk;
    k.shelf = {(vh + vb * kk / q + kk * kk) / a0, 2.0 * (kk * kk - vh) / a0,
               (vh - vb * kk / q + kk * kk) / a0, 2.0 * (kk * kk - 1.0) / a0,
               (1.0 - kk / q + kk * kk) / a0};
  }
  {
    const double f0 = 38.13547087602444, q = 0.5003270373238773;
    const double kk = std::tan(pi * f0 / sample_rate);
    const double a0 = 1.0 + kk / q + kk * kk;
    k.high_pass = {1.0, -2.0, 1.0, 2.0 * (kk * kk - 1.0) / a0, (1.0 - kk / q + kk * kk) / a0};
  }
  return k;
}

// Hops (100 ms each) filtered as one piece by one lane: an eighth of the audio (two groups
// of lanes, which keep two threads busy), between 3.2 and 51 s. The pieces depend on the
// audio's length only, never on the number of threads.
std::size_t hops_per_piece(std::size_t hops) {
  return std::clamp<std::size_t>((hops + 7) / 8, 32, 512);
}
// Pieces filtered side by side, one in each lane of a vector.
constexpr std::size_t kLanes = 4;
using Lanes = double __attribute__((vector_size(kLanes * sizeof(double))));
static_assert(kLanes == 4, "k_weight fills the lanes one by one");

// K-weights `count` frames from each lane's input (`in`, frames `channels` apart), from
// and into `state`, and adds their squares to `sum`: two biquads in transposed direct form
// II, in double as libebur128 filters. Built for AVX2 as well (vector_clones.h).
VECTOR_CLONES
void k_weight(const KWeighting& k, const std::array<const float*, kLanes>& in, std::size_t channels,
              std::size_t count, Lanes (&state)[4], Lanes& sum) {
  Lanes s1 = state[0], s2 = state[1], t1 = state[2], t2 = state[3], total = sum;
  for (std::size_t n = 0; n < count; ++n) {
    // Built whole: lanes stored one by one and loaded as a vector would stall the load.
    const std::size_t at = n * channels;
    const Lanes x = {in[0][at], in[1][at], in[2][at], in[3][at]};
    const Lanes y = k.shelf.b0 * x + s1;
    s1 = k.shelf.b1 * x - k.shelf.a1 * y + s2;
    s2 = k.shelf.b2 * x - k.shelf.a2 * y;
    const Lanes z = k.high_pass.b0 * y + t1;
    t1 = k.high_pass.b1 * y - k.high_pass.a1 * z + t2;
    t2 = k.high_pass.b2 * y - k.high_pass.a2 * z;
    total += z * z;
  }
  // In silence the filters decay into denormal numbers, which are many times slower.
  for (Lanes* value : {&s1, &s2, &t1, &t2}) {
    *value = (*value < 1e-30 && *value > -1e-30) ? Lanes{} : *value;
  }
  state[0] = s1, state[1] = s2, state[2] = t1, state[3] = t2;
  sum = total;
}

}  // namespace

struct LoudnessMeter::State {
  Meter meter;
  int channels = 0;
  float sample_peak = 0.0f;
  std::optional<TruePeakMeter> true_peak;  // else libebur128's
};

LoudnessMeter::LoudnessMeter(int sample_rate, int channels, TruePeak true_peak)
    : state_(std::make_unique<State>()) {
  Audio format;
  format.sample_rate = sample_rate;
  format.channels = channels;
  const bool own_peaks = true_peak == TruePeak::kBlockPeaks;
  state_->meter =
      new_meter(format, own_peaks ? EBUR128_MODE_I : EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
  state_->channels = channels;
  if (own_peaks) state_->true_peak.emplace(channels);
}

LoudnessMeter::~LoudnessMeter() = default;
LoudnessMeter::LoudnessMeter(LoudnessMeter&&) noexcept = default;
LoudnessMeter& LoudnessMeter::operator=(LoudnessMeter&&) noexcept = default;

void LoudnessMeter::add(const float* samples, std::size_t frames) {
  add_frames(state_->meter.get(), samples, frames);
  const std::size_t count = frames * static_cast<std::size_t>(state_->channels);
  state_->sample_peak = std::max(state_->sample_peak, sample_peak(samples, count));
  if (state_->true_peak) state_->true_peak->add(samples, frames);
}

// The largest true peak of any channel, linear.
double LoudnessMeter::true_peak() const {
  if (state_->true_peak) return state_->true_peak->result();
  double result = 0;
  for (int channel = 0; channel < state_->channels; ++channel) {
    double peak = 0;
    if (ebur128_true_peak(state_->meter.get(), static_cast<unsigned>(channel), &peak) !=
        EBUR128_SUCCESS) {
      throw std::runtime_error("loudness: libebur128 cannot compute the true peak");
    }
    result = std::max(result, peak);
  }
  return result;
}

LoudnessMeasurement LoudnessMeter::result() const {
  LoudnessMeasurement result;
  result.integrated_lufs = integrated(state_->meter.get());
  const double peak = state_->sample_peak;
  result.true_peak_dbtp = to_db(std::max(true_peak(), peak));
  result.sample_peak_dbfs = to_db(peak);
  return result;
}

LoudnessMeasurement measure_loudness(const Audio& audio) {
  LoudnessMeter meter(audio.sample_rate, audio.channels);
  meter.add(audio.samples.data(), audio.frames());
  return meter.result();
}

BroadcastLoudness measure_broadcast_loudness(const Audio& audio) {
  Meter meter = new_meter(audio, EBUR128_MODE_I | EBUR128_MODE_LRA | EBUR128_MODE_S |
                                     EBUR128_MODE_M | EBUR128_MODE_TRUE_PEAK);
  BroadcastLoudness result;
  const auto channels = static_cast<std::size_t>(audio.channels);
  const std::size_t hop = (static_cast<std::size_t>(audio.sample_rate) + 5) / 10;
  const auto finite = [](double lufs) {
    return std::isfinite(lufs) ? lufs : -std::numeric_limits<double>::infinity();
  };
  // Windows are read only once full: 4 hops for momentary, 30 for short-term.
  std::size_t hops = 0;
  for (std::size_t start = 0; start + hop <= audio.frames(); start += hop) {
    add_frames(meter.get(), audio.samples.data() + start * channels, hop);
    ++hops;
    double lufs = 0;
    if (hops >= 4 && ebur128_loudness_momentary(meter.get(), &lufs) == EBUR128_SUCCESS) {
      result.max_momentary_lufs = std::max(result.max_momentary_lufs, finite(lufs));
    }
    if (hops >= 30 && ebur128_loudness_shortterm(meter.get(), &lufs) == EBUR128_SUCCESS) {
      result.max_short_term_lufs = std::max(result.max_short_term_lufs, finite(lufs));
    }
  }
  const std::size_t rest = audio.frames() - hops * hop;
  add_frames(meter.get(), audio.samples.data() + hops * hop * channels, rest);
  result.integrated_lufs = integrated(meter.get());
  double range = 0;
  if (ebur128_loudness_range(meter.get(), &range) == EBUR128_SUCCESS && std::isfinite(range)) {
    result.range_lu = range;
  }
  double true_peak = 0;
  for (unsigned channel = 0; channel < channels; ++channel) {
    double peak = 0;
    if (ebur128_true_peak(meter.get(), channel, &peak) != EBUR128_SUCCESS) {
      throw std::runtime_error("loudness: libebur128 cannot compute the true peak");
    }
    true_peak = std::max(true_peak, peak);
  }
  result.true_peak_dbtp = to_db(true_peak);
  return result;
}

LoudnessBlocks measure_loudness_blocks(const Audio& audio, int threads) {
  if (audio.channels < 1 || audio.sample_rate < 1) {
    throw std::runtime_error("loudness: invalid audio (" + std::to_string(audio.channels) +
                             " channels at " + std::to_string(audio.sample_rate) + " Hz)");
  }
  LoudnessBlocks blocks;
  // libebur128's own block step: (rate + 5) / 10 frames.
  blocks.hop_frames = (static_cast<std::size_t>(audio.sample_rate) + 5) / 10;
  const std::size_t channels = audio.channels, hop = blocks.hop_frames;
  const std::size_t hops = audio.frames() / hop;
  if (hops < 4) return blocks;
  // Each hop's sum of squares of the K-weighted samples, all channels together. Pieces of
  // piece_hops hops each start from the state the second before it leaves (the filters
  // forget within milliseconds), so the blocks do not depend on how the pieces are shared
  // out. The filters are a chain of dependent steps, slow one sample at a time; so kLanes
  // pieces are filtered side by side in the lanes of one vector, and groups of them go to
  // up to `threads` threads. Lanes past the audio's end filter silence, never counted.
  std::vector<double> hop_energy(hops, 0.0);
  const KWeighting k = k_weighting(audio.sample_rate);
  const auto warm_up = static_cast<std::size_t>(audio.sample_rate);
  const std::size_t piece_hops = hops_per_piece(hops);
  const std::size_t pieces = (hops + piece_hops - 1) / piece_hops;
  const std::size_t groups = (pieces + kLanes - 1) / kLanes;
  // What a lane reads where it has no audio: the warm-up before the first piece, and hops
  // past the end.
  const std::vector<float> silence(std::max(warm_up, hop) * channels, 0.0f);
  parallel_ranges(groups, threads, 1, [&](std::size_t first, std::size_t end) {
    for (std::size_t group = first; group < end; ++group) {
      for (std::size_t channel = 0; channel < channels; ++channel) {
        Lanes state[4] = {};
        std::array<const float*, kLanes> in{};
        const float* samples = audio.samples.data() + channel;
        for (std::size_t lane = 0; lane < kLanes; ++lane) {
          const std::size_t start = (group * kLanes + lane) * piece_hops * hop;
          in[lane] = start >= warm_up && start < hops * hop ? samples + (start - warm_up) * channels
                                                            : silence.data();
        }
        Lanes ignored{};
        k_weight(k, in, channels, warm_up, state, ignored);
        for (std::size_t h = 0; h < piece_hops; ++h) {
          for (std::size_t lane = 0; lane < kLanes; ++lane) {
            const std::size_t at = (group * kLanes + lane) * piece_hops + h;
            in[lane] = at < hops ? samples + at * hop * channels : silence.data();
          }
          Lanes sum{};
          k_weight(k, in, channels, hop, state, sum);
          for (std::size_t lane = 0; lane < kLanes; ++lane) {
            const std::size_t at = (group * kLanes + lane) * piece_hops + h;
            if (at < hops) hop_energy[at] += sum[lane];
          }
        }
      }
    }
  });
  blocks.energies.resize(hops - 3);
  const double frames_per_block = 4.0 * double(hop);
  for (std::size_t i = 0; i + 3 < hops; ++i) {
    blocks.energies[i] =
        (hop_energy[i] + hop_energy[i + 1] + hop_energy[i + 2] + hop_energy[i + 3]) /
        frames_per_block;
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
