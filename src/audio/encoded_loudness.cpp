#include "audio/encoded_loudness.h"

#include <optional>
#include <stdexcept>

#include "audio/audio_file.h"

namespace nieuwslezer {

LoudnessMeasurement measure_encoded_loudness(std::string_view bytes) {
  std::optional<LoudnessMeter> meter;
  decode_audio_blocks(
      bytes, [&](int sample_rate, int channels, const float* samples, std::size_t frames) {
        if (!meter) meter.emplace(sample_rate, channels, LoudnessMeter::TruePeak::kBlockPeaks);
        meter->add(samples, frames);
      });
  if (!meter) return LoudnessMeasurement{};
  return meter->result();
}

}  // namespace nieuwslezer
