#include "audio/true_peak.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

#include "audio/fir.h"
#include "system/parallel.h"
#include "system/vector_clones.h"

namespace nieuwslezer {
namespace {

// The fewest blocks worth a thread of their own.
constexpr std::size_t kMinBlocks = 2048;

// Interpolation filters for the points 1/n, 2/n ... (n-1)/n of the way from sample k to
// k + 1: a Kaiser-windowed sinc over the samples k - 7 ... k + 8, normalized to unity gain
// at DC.
constexpr std::size_t kTapsBefore = BlockPeaks::kTaps / 2 - 1;  // taps on samples before k

// The largest magnitude of samples[0, count), and (into `energy`) the sum of their squares,
// in eight running sums so the loop vectorizes (built for AVX2 as well: vector_clones.h).
VECTOR_CLONES
float block_peak_and_energy(const float* samples, std::size_t count, double& energy) {
  constexpr std::size_t kWays = 8;
  std::array<float, kWays> peaks{}, sums{};
  std::size_t i = 0;
  for (; i + kWays <= count; i += kWays) {
    for (std::size_t j = 0; j < kWays; ++j) {
      peaks[j] = std::max(peaks[j], std::abs(samples[i + j]));
      sums[j] += samples[i + j] * samples[i + j];
    }
  }
  for (std::size_t j = 0; i < count; ++i, ++j) {
    peaks[j] = std::max(peaks[j], std::abs(samples[i]));
    sums[j] += samples[i] * samples[i];
  }
  float peak = 0.0f, sum = 0.0f;
  for (std::size_t j = 0; j < kWays; ++j) {
    peak = std::max(peak, peaks[j]);
    sum += sums[j];
  }
  energy = sum;
  return peak;
}

}  // namespace

VECTOR_CLONES
float sample_peak(const float* samples, std::size_t count) {
  constexpr std::size_t kWays = 8;  // running maxima, so the loop vectorizes
  std::array<float, kWays> peaks{};
  std::size_t i = 0;
  for (; i + kWays <= count; i += kWays) {
    for (std::size_t j = 0; j < kWays; ++j) peaks[j] = std::max(peaks[j], std::abs(samples[i + j]));
  }
  for (std::size_t j = 0; i < count; ++i, ++j) peaks[j] = std::max(peaks[j], std::abs(samples[i]));
  return *std::max_element(peaks.begin(), peaks.end());
}

// The largest magnitude of the points between samples[7 + i] and samples[8 + i], for i <
// count (<= kBlock), `samples` holding kBlock + 15 values (built for AVX2 as well:
// vector_clones.h).
VECTOR_CLONES
float BlockPeaks::interpolated_peak(const Filters& filters, const float* samples,
                                    std::size_t count) {
  static_assert(kBlock == 32);
  float peak = 0.0f;
  for (const Taps& taps : filters.taps) {
    std::array<float, kBlock> value;
    fir_32(taps, samples, value.data());
    for (std::size_t i = 0; i < count; ++i) peak = std::max(peak, std::abs(value[i]));
  }
  return peak;
}

BlockPeaks::Filters BlockPeaks::interpolation_filters(int oversampling) {
  if (oversampling < 1) throw std::invalid_argument("BlockPeaks: oversampling must be >= 1");
  constexpr double kBeta = 6.0;
  Filters filters;
  for (int phase = 1; phase < oversampling; ++phase) {
    const double fraction = double(phase) / oversampling;
    double sum = 0;
    Taps taps{};
    for (std::size_t k = 0; k < kTaps; ++k) {
      // The distance from the point to sample n + k - 7.
      const double t = fraction - (double(k) - double(kTapsBefore));
      taps[k] = static_cast<float>(kaiser_sinc(t, double(kTaps / 2), kBeta));
      sum += taps[k];
    }
    double magnitude = 0;
    for (float& tap : taps) {
      tap = static_cast<float>(tap / sum);
      magnitude += std::abs(tap);
    }
    // |sum of taps x samples| <= sum of |taps| x the largest |sample|; a hair more for
    // float rounding.
    filters.gain_bound = std::max(filters.gain_bound, static_cast<float>(magnitude * 1.0001));
    filters.taps.push_back(taps);
  }
  return filters;
}

BlockPeaks::BlockPeaks(const Audio& audio, int oversampling, int threads)
    : audio_(audio), filters_(interpolation_filters(oversampling)) {
  const std::size_t channels = audio.channels, frames = audio.frames();
  const std::size_t count = (frames + kBlock - 1) / kBlock;
  sample_peak_.assign(count, 0.0f);
  energy_.assign(count, 0.0);
  true_peak_.assign(count, -1.0f);
  parallel_ranges(count, threads, kMinBlocks, [&](std::size_t first, std::size_t end_block) {
    for (std::size_t b = first; b < end_block; ++b) {
      const std::size_t begin = b * kBlock * channels;
      const std::size_t end = std::min(frames, (b + 1) * kBlock) * channels;
      sample_peak_[b] =
          block_peak_and_energy(audio.samples.data() + begin, end - begin, energy_[b]);
    }
  });
}

// A point of block b is made of the samples from 8 frames before the block to 8 after it,
// which lie in the block and its two neighbours.
float BlockPeaks::neighbourhood_peak(std::size_t b) const {
  float peak = sample_peak_[b];
  if (b > 0) peak = std::max(peak, sample_peak_[b - 1]);
  if (b + 1 < sample_peak_.size()) peak = std::max(peak, sample_peak_[b + 1]);
  return peak;
}

float BlockPeaks::upper_bound(std::size_t b) const {
  if (true_peak_[b] >= 0.0f) return true_peak_[b];
  return neighbourhood_peak(b) * filters_.gain_bound;
}

float BlockPeaks::oversampled_peak(const Audio& audio, std::size_t b) const {
  const std::size_t channels = audio.channels, frames = audio.frames();
  // The block's frames, and the points between each of them and the next frame.
  const std::size_t first = b * kBlock, last = std::min(frames, first + kBlock);
  // The samples those points are made of: 7 before the block to 8 after it.
  std::array<float, kBlock + kTaps - 1> input{};
  float peak = 0.0f;
  for (std::size_t c = 0; c < channels; ++c) {
    const float* samples = nullptr;
    if (channels == 1 && first >= kTapsBefore && first + input.size() - kTapsBefore <= frames) {
      samples = audio.samples.data() + (first - kTapsBefore);  // inside the audio: no copy
    } else {
      for (std::size_t i = 0; i < input.size(); ++i) {
        const std::size_t frame = first + i - kTapsBefore;  // wraps below 0: out of range
        input[i] = frame < frames ? audio.samples[frame * channels + c] : 0.0f;
      }
      samples = input.data();
    }
    for (std::size_t i = 0; i < last - first; ++i) {
      peak = std::max(peak, std::abs(samples[i + kTapsBefore]));
    }
    peak = std::max(peak, interpolated_peak(filters_, samples, last - first));
  }
  return peak;
}

float BlockPeaks::peak_above(std::size_t b, float threshold) {
  const float upper = upper_bound(b);
  if (upper <= threshold || true_peak_[b] >= 0.0f) return upper;
  true_peak_[b] = oversampled_peak(audio_, b);
  return true_peak_[b];
}

// Frames gathered before they are measured: the blocks' pass costs the same per frame, and
// a block of context on each side is then little to measure twice.
constexpr std::size_t kMeterWindow = 64 * 1024;

TruePeakMeter::TruePeakMeter(int channels, int oversampling) : oversampling_(oversampling) {
  window_.channels = channels;
  window_.sample_rate = 1;  // the peaks do not depend on the rate
}

void TruePeakMeter::add(const float* samples, std::size_t frames) {
  window_.samples.insert(window_.samples.end(), samples, samples + frames * window_.channels);
  if (window_.frames() >= kMeterWindow) measure(false);
}

float TruePeakMeter::result() {
  measure(true);
  return peak_;
}

// Measures each block of the window whose interpolation filters reach only frames that are
// there (every block, at the end), and keeps one block before the first it did not
// measure as context for the next window.
void TruePeakMeter::measure(bool last) {
  if (window_.frames() == 0) return;
  constexpr std::size_t kBlock = BlockPeaks::kBlock;
  BlockPeaks peaks(window_, oversampling_);
  std::size_t b = measured_ / kBlock;
  for (; b < peaks.blocks(); ++b) {
    if (!last && (b + 2) * kBlock > window_.frames()) break;  // its next block is not whole
    peak_ = std::max(peak_, peaks.peak_above(b, peak_));
  }
  if (last) {
    window_.samples.clear();
    measured_ = 0;
    return;
  }
  const std::size_t keep_from = b == 0 ? 0 : (b - 1) * kBlock;
  window_.samples.erase(
      window_.samples.begin(),
      window_.samples.begin() + static_cast<std::ptrdiff_t>(keep_from * window_.channels));
  measured_ = b * kBlock - keep_from;
}

}  // namespace nieuwslezer
