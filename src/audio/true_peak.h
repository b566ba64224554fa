#pragma once
// True peaks (ITU-R BS.1770: 4x oversampling, or more for audio that is resampled up before
// it is delivered) per block of frames, computed only where they can matter: a cheap bound
// from the sample peaks first, the oversampled peak on demand.

#include <array>
#include <cstddef>
#include <vector>

#include "audio/audio.h"

namespace nieuwslezer {

/// The largest magnitude of samples[0, count) (0 for none).
float sample_peak(const float* samples, std::size_t count);

class BlockPeaks {
 public:
  /// Frames per block.
  static constexpr std::size_t kBlock = 32;

  /// Taps of the interpolation filters.
  static constexpr std::size_t kTaps = 16;

  /// One pass over `audio` for each block's sample peak and energy, on up to `threads`
  /// threads; true peaks will be looked for `oversampling` times finer than the samples
  /// (4 as BS.1770 asks, 8 for audio to be delivered at twice its rate). Keeps a reference:
  /// `audio` must outlive this object and not change. Throws std::invalid_argument for an
  /// oversampling below 1.
  explicit BlockPeaks(const Audio& audio, int oversampling = 4, int threads = 1);

  std::size_t blocks() const { return sample_peak_.size(); }

  /// The true peak of block b (the largest magnitude on the oversampled grid of any
  /// channel, from the block's first frame to the frame after its last) when it may exceed
  /// `threshold`; otherwise some value <= threshold. Oversamples a block at most once.
  float peak_above(std::size_t b, float threshold);

  /// An upper bound of block b's true peak: the oversampled peak if it was computed, else
  /// the sample peaks of the block and its neighbours times the filters' largest gain.
  float upper_bound(std::size_t b) const;

  /// The largest magnitude that any point of block b is made of (its sample peak and its
  /// neighbours'), and how much more than that a point can be.
  float neighbourhood_peak(std::size_t b) const;
  float filter_gain_bound() const { return filters_.gain_bound; }

  /// The true peak of block b of `audio` (which need not be the audio this object was
  /// made of), computed now.
  float oversampled_peak(const Audio& audio, std::size_t b) const;

  /// The sum of the squared samples of block b, all channels.
  double energy(std::size_t b) const { return energy_[b]; }

 private:
  using Taps = std::array<float, kTaps>;
  struct Filters {
    std::vector<Taps> taps;   // one per point between two samples
    float gain_bound = 1.0f;  // the most any point can exceed the largest sample it is made of
  };
  static Filters interpolation_filters(int oversampling);
  static float interpolated_peak(const Filters& filters, const float* samples, std::size_t count);

  const Audio& audio_;
  const Filters filters_;
  std::vector<float> sample_peak_;  // per block
  std::vector<double> energy_;      // per block
  std::vector<float> true_peak_;    // per block; negative until oversampled
};

/// The true peak of audio that arrives in pieces (a file as it is decoded), as BlockPeaks
/// finds it for the whole audio, without holding the whole: add() interleaved frames in
/// order, then result(). Holds a few tens of thousands of frames at a time.
/// Example: TruePeakMeter meter(1); meter.add(a, 1000); meter.add(b, 500); meter.result().
class TruePeakMeter {
 public:
  explicit TruePeakMeter(int channels, int oversampling = 4);
  void add(const float* samples, std::size_t frames);
  /// The largest magnitude on the oversampled grid of any channel (linear; 0 for no frames).
  float result();

 private:
  void measure(bool last);
  int oversampling_;
  Audio window_;              // the frames not yet measured, after some already measured
  std::size_t measured_ = 0;  // frames at the start of window_ that are only context
  float peak_ = 0.0f;
};

}  // namespace nieuwslezer
