#pragma once
// Finished audio: samples plus the markers that say where each segment starts.

#include <cstddef>
#include <string>
#include <vector>

namespace nieuwslezer {

struct Marker {
  std::size_t frame = 0;  // start, in frames from the beginning
  std::string label;      // "opening", "story 1", ...
};

struct Audio {
  int sample_rate = 22050;     // Hz
  int channels = 1;
  std::vector<float> samples;  // interleaved, full scale = 1.0
  std::vector<Marker> markers;

  std::size_t frames() const { return channels > 0 ? samples.size() / channels : 0; }
  double seconds() const { return sample_rate > 0 ? double(frames()) / sample_rate : 0.0; }
};

}  // namespace nieuwslezer
