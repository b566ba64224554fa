#include "audio/limiter.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "system/parallel.h"

namespace nieuwslezer {
namespace {

// The needed gain is held this far around each peak, so the gain starts to fall before the
// peak (the look-ahead) and has reached it at the peak.
constexpr double kHoldMs = 1.5;
constexpr double kReleaseMs = 100.0;
// The least work worth a thread of its own.
constexpr std::size_t kMinFrames = 1 << 16;

// Minimum of values[n - radius ... n + radius] for each n. The radius is a few blocks (3 at
// 44.1 kHz, 9 at 192 kHz): a plain scan beats any clever queue.
std::vector<float> moving_minimum(const std::vector<float>& values, std::size_t radius) {
  const std::size_t count = values.size();
  std::vector<float> result(count);
  for (std::size_t n = 0; n < count; ++n) {
    const std::size_t first = n >= radius ? n - radius : 0, end = std::min(count, n + radius + 1);
    result[n] = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(first),
                                  values.begin() + static_cast<std::ptrdiff_t>(end));
  }
  return result;
}

// The mean of values[n - 1], values[n], values[n + 1], the edge values repeated outside.
void average_neighbours(std::vector<float>& values) {
  if (values.size() < 2) return;
  float previous = values[0];
  for (std::size_t n = 0; n < values.size(); ++n) {
    const float next = values[std::min(n + 1, values.size() - 1)];
    const float current = values[n];
    values[n] = (previous + current + next) / 3.0f;
    previous = current;
  }
}

}  // namespace

// Why the promise holds: a held gain is at most what every block within +-hold blocks
// needs; two averages over +-1 block and the interpolation between neighbouring centres mix
// only held gains from within +-3 blocks of a frame's block, which hold <= 3 keeps inside
// the hold of that block.
std::vector<float> limiter_gains(BlockPeaks& peaks, double ceiling, double gain, int sample_rate,
                                 int threads) {
  const std::size_t count = peaks.blocks();
  const double limit = ceiling / gain;  // the largest peak that needs no limiting
  const auto threshold = static_cast<float>(limit);
  std::vector<float> needed(count, 1.0f);
  std::atomic<bool> limiting = false;
  parallel_ranges(count, threads, kMinFrames / BlockPeaks::kBlock,
                  [&](std::size_t first, std::size_t end) {
                    for (std::size_t b = first; b < end; ++b) {
                      const float peak = peaks.peak_above(b, threshold);
                      if (peak > threshold) {
                        needed[b] = static_cast<float>(limit / peak);
                        limiting = true;
                      }
                    }
                  });
  if (!limiting) return {};
  const double block_ms = 1000.0 * double(BlockPeaks::kBlock) / sample_rate;
  const auto hold =
      std::max<std::size_t>(3, static_cast<std::size_t>(std::ceil(kHoldMs / block_ms)));
  std::vector<float> gains = moving_minimum(needed, hold);
  const double release = 1.0 - std::exp(-block_ms / kReleaseMs);
  float previous = 1.0f;
  for (float& value : gains) {
    if (value >= previous) value = static_cast<float>(previous + release * (value - previous));
    previous = value;
  }
  average_neighbours(gains);
  average_neighbours(gains);
  return gains;
}

void apply_gain(Audio& audio, double gain, const std::vector<float>& block_gains, int threads) {
  const auto scale = static_cast<float>(gain);
  const std::size_t channels = audio.channels, frames = audio.frames();
  constexpr std::size_t kBlock = BlockPeaks::kBlock;
  if (block_gains.empty()) {
    parallel_ranges(frames, threads, kMinFrames, [&](std::size_t begin, std::size_t end) {
      for (std::size_t i = begin * channels; i < end * channels; ++i) audio.samples[i] *= scale;
    });
    return;
  }
  // Block b's gain belongs to its centre; between two centres the gain moves linearly.
  // Piece 0 is before the first centre, piece p the frames from centre p - 1 to centre p,
  // the last piece after the last centre.
  const std::size_t count = block_gains.size();
  const auto centre = [](std::size_t b) { return b * kBlock + kBlock / 2; };
  // The gain start + step x n on frame from + n (not a running sum, so the loop vectorizes).
  const auto ramp = [&](std::size_t from, std::size_t to, float start, float step) {
    const std::size_t length = std::min(to, frames) - std::min(from, frames);
    float* samples = audio.samples.data() + from * channels;
    if (channels == 1) {
      for (std::size_t n = 0; n < length; ++n) samples[n] *= start + step * float(n);
      return;
    }
    for (std::size_t n = 0; n < length; ++n) {
      for (std::size_t c = 0; c < channels; ++c)
        samples[n * channels + c] *= start + step * float(n);
    }
  };
  parallel_ranges(count + 1, threads, kMinFrames / kBlock, [&](std::size_t first, std::size_t end) {
    for (std::size_t piece = first; piece < end; ++piece) {
      if (piece == 0) {
        ramp(0, centre(0), scale * block_gains.front(), 0.0f);
      } else if (piece == count) {
        ramp(centre(count - 1), frames, scale * block_gains.back(), 0.0f);
      } else {
        const std::size_t b = piece - 1;
        const float start = scale * block_gains[b];
        const float step = scale * (block_gains[b + 1] - block_gains[b]) / float(kBlock);
        ramp(centre(b), centre(b + 1), start, step);
      }
    }
  });
}

}  // namespace nieuwslezer
