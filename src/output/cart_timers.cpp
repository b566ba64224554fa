#include "output/cart_timers.h"

#include <algorithm>
#include <limits>

namespace nieuwslezer {

std::vector<CartInfo::Timer> cart_timers(const Audio& audio) {
  const std::size_t total = audio.frames();
  std::size_t first = total, last = 0;
  std::size_t speech_start = total, speech_end = 0;
  bool intro = false;
  for (const Marker& marker : audio.markers) {
    first = std::min(first, marker.frame);
    last = std::max(last, std::min(marker.end_frame, total));
    if (marker.segment >= 0) {
      speech_start = std::min(speech_start, marker.frame);
      speech_end = std::max(speech_end, std::min(marker.end_frame, total));
    }
  }
  if (audio.markers.empty()) first = 0, last = total;
  for (const Marker& marker : audio.markers) {
    if (marker.segment < 0 && marker.frame < speech_start && marker.end_frame > marker.frame) {
      intro = true;
    }
  }
  std::vector<CartInfo::Timer> timers{{"AUDs", first}};
  if (intro && speech_start < total) timers.push_back({"INTe", speech_start});
  if (speech_end > 0) timers.push_back({"SEGs", speech_end});
  timers.push_back({"AUDe", last});
  return timers;
}

std::string out_cue(const Script& script) {
  for (auto segment = script.segments.rbegin(); segment != script.segments.rend(); ++segment) {
    if (!segment->written.empty()) return segment->written.back();
  }
  return {};
}

}  // namespace nieuwslezer
