#pragma once
// Finished audio: samples plus the markers that say where each segment starts.

#include <cstddef>
#include <string>
#include <vector>

namespace nieuwslezer {

/// Where a segment of the script, or one sentence of it, is heard.
struct Marker {
  std::size_t frame = 0;      // start, in frames from the beginning
  std::size_t end_frame = 0;  // end (exclusive), in frames
  std::string label;          // "opening", "story 1 ticker-item", ...
  int segment = -1;           // index into the script's segments; -1 = not from the script
  int sentence = -1;          // index into the segment's sentences; -1 = the whole segment
};

struct Audio {
  int sample_rate = 22050;  // Hz
  int channels = 1;
  std::vector<float> samples;  // interleaved, full scale = 1.0
  std::vector<Marker> markers;

  std::size_t frames() const { return channels > 0 ? samples.size() / channels : 0; }
  double seconds() const { return sample_rate > 0 ? double(frames()) / sample_rate : 0.0; }
};

}  // namespace nieuwslezer
