#pragma once
// Loudness metering after ITU-R BS.1770-4 / EBU R 128: the one module that talks to
// libebur128.
//
// Mono convention: a mono file is measured as one channel with weight 1.0, exactly as
// ffmpeg's ebur128 filter (without dualmono) and libebur128's default channel map do.
// The same signal played on two speakers ("dual mono") would measure 3 dB louder, which is
// why the podcast target is -19 LUFS for mono and -16 LUFS for stereo.

#include <limits>

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

/// Only the integrated loudness (LUFS), much cheaper than measure_loudness because no true
/// peak is computed; same conventions and failures.
double measure_integrated_lufs(const Audio& audio);

}  // namespace nieuwslezer
