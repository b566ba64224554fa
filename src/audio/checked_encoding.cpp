#include "audio/checked_encoding.h"

#include <cmath>
#include <optional>
#include <utility>

#include "audio/encoded_loudness.h"

namespace nieuwslezer {
namespace {

// A file counts as under the ceiling when it is this much under it, so that a meter that
// oversamples a little differently (ffmpeg's ebur128 filter) agrees; a corrected file aims
// as much again under that, so that it does not land just over it.
constexpr double kMeterMargin = 0.05;
constexpr double kCeilingMargin = 0.05;

// Silence (-inf LUFS) has no loudness to correct: only its peaks can be.
bool loud_enough(const LoudnessMeasurement& measured, const LoudnessGoal& goal) {
  return !goal.check_loudness || !std::isfinite(measured.integrated_lufs) ||
         std::abs(measured.integrated_lufs - goal.target_lufs) <= goal.tolerance_lu;
}

bool under_ceiling(const LoudnessMeasurement& measured, const LoudnessGoal& goal) {
  return measured.true_peak_dbtp <= goal.ceiling_dbtp - kMeterMargin;
}

double loudness_error(const LoudnessMeasurement& measured, const LoudnessGoal& goal) {
  return loud_enough(measured, goal) ? 0.0 : std::abs(measured.integrated_lufs - goal.target_lufs);
}

// The settings that move the next encoding to the goal. The ceiling comes first: while the
// peaks are over it, the audio is never made louder.
void correct(MasteringSettings& settings, const LoudnessMeasurement& measured,
             const LoudnessGoal& goal) {
  const double missing = goal.target_lufs - measured.integrated_lufs;  // + = too quiet
  const bool over = !under_ceiling(measured, goal);
  settings.normalize = !loud_enough(measured, goal) && !(over && missing > 0);
  if (settings.normalize) settings.target_lufs += missing;
  if (over) {
    settings.true_peak_ceiling_dbtp -=
        measured.true_peak_dbtp - (goal.ceiling_dbtp - kMeterMargin) + kCeilingMargin;
  }
}

}  // namespace

bool meets(const LoudnessMeasurement& measured, const LoudnessGoal& goal) {
  return loud_enough(measured, goal) && under_ceiling(measured, goal);
}

CheckedEncoding encode_checked(Audio& audio, const EncodeOptions& encode,
                               const MasteringSettings& mastering, const LoudnessGoal& goal) {
  std::optional<CheckedEncoding> best;  // the encoding under the ceiling nearest the target
  CheckedEncoding last;
  MasteringSettings settings = mastering;
  for (;; ++last.reencodes) {
    last.bytes = encode_audio(audio, encode);
    last.measured = measure_encoded_loudness(last.bytes);
    last.met = meets(last.measured, goal);
    if (last.met) return last;
    if (under_ceiling(last.measured, goal) &&
        (!best || loudness_error(last.measured, goal) < loudness_error(best->measured, goal))) {
      best = last;
    }
    if (last.reencodes == goal.max_reencodes) break;
    correct(settings, last.measured, goal);
    audio = relevel_audio(std::move(audio), settings);
  }
  if (!best) return last;
  best->reencodes = last.reencodes;
  return *best;
}

}  // namespace nieuwslezer
