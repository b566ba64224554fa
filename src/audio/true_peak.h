#pragma once
// True peaks (ITU-R BS.1770, 4x oversampling) per block of frames, computed only where they
// can matter: a cheap bound from the sample peaks first, the oversampled peak on demand.

#include <cstddef>
#include <vector>

#include "audio/audio.h"

namespace nieuwslezer {

class BlockPeaks {
 public:
  /// Frames per block.
  static constexpr std::size_t kBlock = 32;

  /// One pass over `audio` for each block's sample peak and energy. Keeps a reference:
  /// `audio` must outlive this object and not change.
  explicit BlockPeaks(const Audio& audio);

  std::size_t blocks() const { return sample_peak_.size(); }

  /// The true peak of block b (the largest magnitude on the 4x oversampled grid of any
  /// channel, from the frame before the block to its last frame) when it may exceed
  /// `threshold`; otherwise some value <= threshold. Oversamples a block at most once.
  float peak_above(std::size_t b, float threshold);

  /// An upper bound of block b's true peak: the oversampled peak if it was computed, else
  /// the sample peaks of the block and its neighbours times the filters' largest gain.
  float upper_bound(std::size_t b) const;

  /// The largest magnitude that any point of block b is made of (its sample peak and its
  /// neighbours'), and how much more than that a point can be.
  float neighbourhood_peak(std::size_t b) const;
  static float filter_gain_bound();

  /// The true peak of block b of `audio` (which need not be the audio this object was
  /// made of), computed now.
  static float oversampled_peak(const Audio& audio, std::size_t b);

  /// The sum of the squared samples of block b, all channels.
  double energy(std::size_t b) const { return energy_[b]; }

 private:
  const Audio& audio_;
  std::vector<float> sample_peak_;  // per block
  std::vector<double> energy_;      // per block
  std::vector<float> true_peak_;    // per block; negative until oversampled
};

}  // namespace nieuwslezer
