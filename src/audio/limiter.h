#pragma once
// A look-ahead true-peak limiter that works on blocks of frames (BlockPeaks::kBlock): one
// gain per block, interpolated between block centres when applied.

#include <vector>

#include "audio/audio.h"
#include "audio/true_peak.h"

namespace nieuwslezer {

/// The gain (<= 1) of each block such that, once applied with apply_gain, `gain` x the
/// limited audio's true peak stays <= `ceiling` everywhere, and the gain moves smoothly: the
/// gain the highest peak within +-1.5 ms needs, released over 100 ms, averaged twice over
/// the neighbouring blocks. Oversamples only blocks whose peaks can reach ceiling / gain, on
/// up to `threads` threads (the same result for any number).
/// An empty result means no block needs limiting (every gain is 1).
std::vector<float> limiter_gains(BlockPeaks& peaks, double ceiling, double gain, int sample_rate,
                                 int threads = 1);

/// Multiplies `audio` by `gain` and by the block gains, linearly interpolated between block
/// centres (empty block gains = 1 everywhere), on up to `threads` threads (the same result
/// for any number).
void apply_gain(Audio& audio, double gain, const std::vector<float>& block_gains, int threads = 1);

}  // namespace nieuwslezer
