#include "audio/channels.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace nieuwslezer {

void convert_channels(Audio& audio, int channels) {
  if (channels == 0 || channels == audio.channels) return;
  if (audio.channels != 1 && channels != 1) {
    throw std::invalid_argument("cannot convert " + std::to_string(audio.channels) +
                                " channels to " + std::to_string(channels));
  }
  const auto from = static_cast<std::size_t>(audio.channels);
  const auto to = static_cast<std::size_t>(channels);
  const std::size_t frames = audio.frames();
  std::vector<float> samples(frames * to);
  for (std::size_t frame = 0; frame < frames; ++frame) {
    if (from == 1) {
      std::fill_n(samples.begin() + static_cast<std::ptrdiff_t>(frame * to), to,
                  audio.samples[frame]);
    } else {
      double sum = 0.0;
      for (std::size_t c = 0; c < from; ++c) sum += audio.samples[frame * from + c];
      samples[frame] = static_cast<float>(sum / static_cast<double>(from));
    }
  }
  audio.samples = std::move(samples);
  audio.channels = channels;
}

}  // namespace nieuwslezer
