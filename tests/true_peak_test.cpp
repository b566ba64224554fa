#include "audio/true_peak.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "audio/loudness.h"
#include "audio_signals.h"

namespace nieuwslezer {
namespace {

float whole_true_peak(const Audio& audio) {
  BlockPeaks peaks(audio, 4);
  float peak = 0;
  for (std::size_t b = 0; b < peaks.blocks(); ++b) peak = std::max(peak, peaks.peak_above(b, peak));
  return peak;
}

TEST(TruePeakMeter, AudioAddedInPiecesHasTheTruePeakOfTheWhole) {
  // A stereo signal long enough for several of the meter's windows, its loudest point
  // between two samples and near a piece's edge.
  Audio audio = test::sine(44100, 2, 11025 * 0.98, 0.5, 4.0, 0.7);
  for (std::size_t n = 150000; n < 150050; ++n) audio.samples[n * 2 + 1] *= 1.8f;
  const float whole = whole_true_peak(audio);
  ASSERT_GT(whole, 0.5f * 1.8f * 0.99f);
  for (const std::size_t piece : {std::size_t{1000}, std::size_t{65536}, std::size_t{149990}}) {
    TruePeakMeter meter(2);
    for (std::size_t frame = 0; frame < audio.frames(); frame += piece) {
      meter.add(audio.samples.data() + frame * 2, std::min(piece, audio.frames() - frame));
    }
    EXPECT_FLOAT_EQ(meter.result(), whole) << piece;
  }
  EXPECT_EQ(TruePeakMeter(1).result(), 0.0f);
}

TEST(TruePeakMeter, AgreesWithLibebur128) {
  const Audio audio = test::speech_like_noise(48000, 5.0, 5);
  LoudnessMeter ours(audio.sample_rate, audio.channels, LoudnessMeter::TruePeak::kBlockPeaks);
  ours.add(audio.samples.data(), audio.frames());
  EXPECT_NEAR(ours.result().true_peak_dbtp, measure_loudness(audio).true_peak_dbtp, 0.05);
  EXPECT_NEAR(ours.result().integrated_lufs, measure_loudness(audio).integrated_lufs, 1e-9);
}

}  // namespace
}  // namespace nieuwslezer
