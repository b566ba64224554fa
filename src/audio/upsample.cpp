#include "audio/upsample.h"

#include <algorithm>
#include <array>
#include <vector>

#include "audio/fir.h"
#include "system/vector_clones.h"

namespace nieuwslezer {
namespace {

constexpr std::size_t kTaps = 64;
constexpr std::size_t kBefore = kTaps / 2 - 1;  // taps on frames up to the one before a point
constexpr std::size_t kPoints = 32;             // midpoints computed at once
constexpr std::size_t kChunk = 4096;            // frames of one channel gathered at once
constexpr double kBeta = 10.0;

using Taps = std::array<float, kTaps>;

// The filter for the point halfway between two frames, normalized to unity gain at DC.
Taps midpoint_filter() {
  Taps taps{};
  double sum = 0;
  for (std::size_t k = 0; k < kTaps; ++k) {
    const double t = double(k) - (double(kBefore) + 0.5);  // frames from the point
    taps[k] = static_cast<float>(kaiser_sinc(t, double(kTaps / 2), kBeta));
    sum += taps[k];
  }
  for (float& tap : taps) tap = static_cast<float>(tap / sum);
  return taps;
}

// The midpoints after input[kBefore + i], i < points (<= kChunk), from `input` holding
// points + kTaps - 1 values and room for kPoints more.
VECTOR_CLONES
void midpoints(const Taps& taps, const float* input, std::size_t points, float* out) {
  for (std::size_t start = 0; start < points; start += kPoints) {
    std::array<float, kPoints> result;
    fir_32(taps, input + start, result.data());
    std::copy_n(result.data(), std::min(kPoints, points - start), out + start);
  }
}

}  // namespace

void upsample_2x(const Audio& audio, std::size_t first, std::size_t count, float* out) {
  static const Taps taps = midpoint_filter();
  const std::size_t channels = audio.channels, frames = audio.frames();
  std::vector<float> input(kChunk + kTaps - 1 + kPoints), middle(kChunk);
  for (std::size_t start = first; start < first + count; start += kChunk) {
    const std::size_t points = std::min(kChunk, first + count - start);
    // Mono audio is read where it lies, where the filter and its overreach stay inside it.
    if (channels == 1 && start >= kBefore &&
        start - kBefore + kChunk + kTaps - 1 + kPoints <= frames) {
      const float* in = audio.samples.data() + start - kBefore;
      midpoints(taps, in, points, middle.data());
      float* to = out + 2 * (start - first);
      for (std::size_t i = 0; i < points; ++i) {
        to[2 * i] = in[kBefore + i];
        to[2 * i + 1] = middle[i];
      }
      continue;
    }
    for (std::size_t c = 0; c < channels; ++c) {
      // input[i] holds frame start - kBefore + i, or silence outside the audio.
      const std::size_t length = points + kTaps - 1;
      const std::size_t skip = std::min(length, kBefore > start ? kBefore - start : 0);
      const std::size_t from = start + skip - kBefore;
      const std::size_t end =
          std::max(skip, std::min(length, skip + (frames - std::min(frames, from))));
      std::fill(input.begin(), input.begin() + skip, 0.0f);
      const float* samples = audio.samples.data() + from * channels + c;
      for (std::size_t i = skip; i < end; ++i) input[i] = samples[(i - skip) * channels];
      std::fill(input.begin() + end, input.begin() + length, 0.0f);
      midpoints(taps, input.data(), points, middle.data());
      float* to = out + 2 * (start - first) * channels + c;
      if (channels == 1) {  // a plain stride, which vectorizes
        for (std::size_t i = 0; i < points; ++i) {
          to[2 * i] = input[kBefore + i];
          to[2 * i + 1] = middle[i];
        }
        continue;
      }
      for (std::size_t i = 0; i < points; ++i) {
        to[2 * i * channels] = input[kBefore + i];
        to[(2 * i + 1) * channels] = middle[i];
      }
    }
  }
}

}  // namespace nieuwslezer
