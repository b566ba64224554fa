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
  // A sentence's marker: where each of its spoken words starts, in frames, in order, within
  // [frame, end_frame] (from the synthesizer's word events). Empty for other markers.
  std::vector<std::size_t> words{};
};

/// Applies `move` (frame -> frame) to every frame `marker` holds: its start, its end and its
/// words' starts. Every change of the audio's timeline moves markers with this, so none of
/// them is forgotten.
template <class Move>
void move_marker(Marker& marker, const Move& move) {
  marker.frame = move(marker.frame);
  marker.end_frame = move(marker.end_frame);
  for (std::size_t& word : marker.words) word = move(word);
}

struct Audio {
  int sample_rate = 22050;  // Hz
  int channels = 1;
  std::vector<float> samples;  // interleaved, full scale = 1.0
  std::vector<Marker> markers;

  std::size_t frames() const { return channels > 0 ? samples.size() / channels : 0; }
  double seconds() const { return sample_rate > 0 ? double(frames()) / sample_rate : 0.0; }
};

}  // namespace nieuwslezer
