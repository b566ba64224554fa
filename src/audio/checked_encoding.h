#pragma once
// Lossy encoding whose result is measured: the decoded file, not the audio that went in,
// is what must meet the loudness target and the true-peak ceiling.

#include <string>

#include "audio/audio.h"
#include "audio/audio_file.h"
#include "audio/loudness.h"
#include "audio/mastering.h"

namespace nieuwslezer {

/// What the delivered file must measure once decoded.
struct LoudnessGoal {
  double target_lufs = -19.0;  // integrated loudness of the decoded file
  double tolerance_lu = 0.3;   // accepted distance from target_lufs
  double ceiling_dbtp = -1.0;  // its true peak (4x oversampled) stays 0.05 dB under this
  bool check_loudness = true;  // false: only the ceiling is checked (the raw preset)
  int max_reencodes = 3;       // corrections tried before the file is taken as it is
};

struct CheckedEncoding {
  std::string bytes;             // the encoded file
  LoudnessMeasurement measured;  // of `bytes`, decoded
  int reencodes = 0;             // how many corrections it took
  bool met = false;              // whether `measured` meets the goal
};

/// Whether `measured` meets `goal`.
bool meets(const LoudnessMeasurement& measured, const LoudnessGoal& goal);

/// Encodes `audio` (as master_audio returned it for `mastering`) with `encode`, decodes the
/// file and measures it; while it misses `goal`, levels the audio again (relevel_audio) by
/// what it missed (louder or quieter by the loudness error, a ceiling lowered by the
/// overshoot of the true peak; never louder while the peaks are over the ceiling) and
/// encodes again, at most goal.max_reencodes times. When no encoding meets the goal, the
/// one under the ceiling nearest the target is returned (else the last), with met false.
/// `audio` is left levelled as the last encoding had it. Example: an Opus file whose decoded
/// true peak is -0.7 dBTP under a -1 dBTP goal is mastered 0.4 dB lower and encoded again.
/// Throws as encode_audio, decode_audio and relevel_audio do.
CheckedEncoding encode_checked(Audio& audio, const EncodeOptions& encode,
                               const MasteringSettings& mastering, const LoudnessGoal& goal);

}  // namespace nieuwslezer
