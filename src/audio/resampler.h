#pragma once
// Sample-rate conversion: the one module that talks to libsoxr. Doubling the rate (the
// default preset's 22 050 -> 44 100 Hz) takes the faster half-band filter (upsample.h).

#include <cstddef>
#include <functional>
#include <vector>

#include "audio/audio.h"

struct soxr;

namespace nieuwslezer {

/// Converts `audio` to `target_rate` Hz with libsoxr's high-quality (HQ) filter, or to twice
/// its rate with upsample_2x, every channel alike; markers' start and end frames are scaled to the
/// new rate (rounded), so they stay on their segments. The same rate returns an unchanged copy.
/// Example: 22 050 Hz mono, 22 050 frames, a marker at 11 025 -> 48 000 Hz, 48 000 frames, marker
/// at 24 000. Throws std::invalid_argument for audio without channels and std::runtime_error with
/// soxr's message when soxr fails ("resample: 22050 Hz -> 0 Hz: I/O ratio out-of-range").
Audio resample(const Audio& audio, int target_rate);

/// resample() for audio that should not be held twice: the resampled audio is handed to
/// take(samples, frames) block by block (interleaved, about 1.5 s each), in order, on this
/// thread, while a second thread makes the next blocks. The blocks together are what
/// resample() gives, but for the few frames it cuts off at the end. An exception from
/// `take` stops the resampling and is rethrown; so is one from soxr.
void resample_blocks(const Audio& audio, int target_rate,
                     const std::function<void(const float*, std::size_t)>& take);

/// resample() block by block, for audio that should not be held twice: the same filter, the
/// same samples. Example: Resampler r(22050, 44100, 1); r.process(block, 65536, out) appends
/// about 131 072 frames to `out` (what the filter has so far); r.finish(out) the rest.
/// Throws like resample.
class Resampler {
 public:
  Resampler(int from_rate, int to_rate, int channels);
  ~Resampler();
  Resampler(const Resampler&) = delete;
  Resampler& operator=(const Resampler&) = delete;

  /// Takes `frames` interleaved frames from `in` and appends the frames they make to `out`.
  void process(const float* in, std::size_t frames, std::vector<float>& out);
  /// Appends what the filter still holds; call once, after the last block.
  void finish(std::vector<float>& out);

 private:
  [[noreturn]] void fail(const char* error) const;

  int from_rate_, to_rate_, channels_;
  soxr* soxr_ = nullptr;
};

}  // namespace nieuwslezer
