#pragma once
// Loudness metering after ITU-R BS.1770-4 / EBU R 128: the one module that talks to
// libebur128, which measures; the gating blocks mastering needs are computed here directly.
//
// Mono convention: a mono file is measured as one channel with weight 1.0, exactly as
// ffmpeg's ebur128 filter (without dualmono) and libebur128's default channel map do.
// The same signal played on two speakers ("dual mono") would measure 3 dB louder, which is
// why the podcast target is -19 LUFS for mono and -16 LUFS for stereo.

#include <cstddef>
#include <limits>
#include <memory>
#include <vector>

#include "audio/audio.h"

namespace nieuwslezer {

struct LoudnessMeasurement {
  double integrated_lufs = -std::numeric_limits<double>::infinity();   // gated, LUFS
  double true_peak_dbtp = -std::numeric_limits<double>::infinity();    // loudest channel
  double sample_peak_dbfs = -std::numeric_limits<double>::infinity();  // largest |sample|
};

/// Integrated loudness, true peak (libebur128's 4x oversampling) and sample peak of `audio`,
/// all channels together. Silence or empty audio gives -infinity for each value. Example:
/// a 1 kHz mono sine with amplitude 0.1 -> about -23.0 LUFS, -20.0 dBTP, -20.0 dBFS.
/// Throws std::runtime_error when libebur128 rejects the rate or channel count.
LoudnessMeasurement measure_loudness(const Audio& audio);

/// measure_loudness for audio that arrives in pieces (a file as it is decoded), so that no
/// copy of the whole audio is needed: add() the interleaved frames in order, then result().
class LoudnessMeter {
 public:
  /// Who finds the true peak: libebur128 (as measure_loudness does, a meter independent of
  /// the mastering), or the mastering's own oversampler (TruePeakMeter: the same 4x grid,
  /// within a few thousandths of a dB of libebur128 on speech, and ten times faster).
  enum class TruePeak { kLibebur128, kBlockPeaks };

  /// Throws std::runtime_error when libebur128 rejects the rate or channel count.
  LoudnessMeter(int sample_rate, int channels, TruePeak true_peak = TruePeak::kLibebur128);
  ~LoudnessMeter();
  LoudnessMeter(LoudnessMeter&&) noexcept;
  LoudnessMeter& operator=(LoudnessMeter&&) noexcept;

  void add(const float* samples, std::size_t frames);
  /// The measurement of every frame added. With TruePeak::kBlockPeaks, call it once, after
  /// the last add().
  LoudnessMeasurement result() const;

 private:
  double true_peak() const;
  struct State;
  std::unique_ptr<State> state_;
};

/// What EBU Tech 3285 v2 (the bext chunk) records of a file: integrated loudness (LUFS),
/// loudness range (LU, EBU Tech 3342), true peak (dBTP), and the largest momentary (400 ms)
/// and short-term (3 s) loudness (LUFS), each window measured every 100 ms.
struct BroadcastLoudness {
  double integrated_lufs = -std::numeric_limits<double>::infinity();
  double range_lu = 0;
  double true_peak_dbtp = -std::numeric_limits<double>::infinity();
  double max_momentary_lufs = -std::numeric_limits<double>::infinity();
  double max_short_term_lufs = -std::numeric_limits<double>::infinity();
};

/// The BroadcastLoudness of `audio` (libebur128). Silence gives -infinity (range 0).
/// Throws std::runtime_error as measure_loudness does.
BroadcastLoudness measure_broadcast_loudness(const Audio& audio);

/// The gating blocks of BS.1770's integrated loudness: 400 ms each, one every 100 ms, each
/// as its K-weighted, channel-weighted mean square ("energy"). Block i covers frames
/// [i x hop_frames, i x hop_frames + 4 x hop_frames).
struct LoudnessBlocks {
  std::size_t hop_frames = 0;
  std::vector<double> energies;
};

/// The blocks of `audio`: K-weighted in one pass and summed per 100 ms hop (libebur128's
/// momentary loudness after each hop gives the same blocks, at several times the cost).
/// Every channel weighs 1.0 (mono, stereo; surround weights are not applied). Fewer than
/// four hops give no blocks. Pieces of about 50 s are measured on up to `threads` threads,
/// each after a second of warm-up, with the same blocks for any number of threads.
/// Throws std::runtime_error for audio without channels or rate.
LoudnessBlocks measure_loudness_blocks(const Audio& audio, int threads = 1);

/// The integrated loudness (LUFS) of blocks with these energies: the mean of those above
/// the absolute gate (-70 LUFS) and the relative gate (10 LU under the mean of those above
/// the absolute one), as libebur128 computes it. -infinity when no block passes.
double gated_loudness(const std::vector<double>& energies);

/// Only the integrated loudness (LUFS), much cheaper than measure_loudness because no true
/// peak is computed; same conventions and failures.
double measure_integrated_lufs(const Audio& audio);

}  // namespace nieuwslezer
