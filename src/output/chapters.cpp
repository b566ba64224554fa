#include "output/chapters.h"

#include <algorithm>

namespace nieuwslezer {
namespace {

// A listener's title for the chapter that starts with `segment`: its first sentence as
// written ("Kabinet valt over stikstof"), or else as spoken.
std::string segment_title(const Segment& segment) {
  if (!segment.written.empty() && !segment.written.front().empty()) return segment.written.front();
  if (!segment.sentences.empty()) return segment.sentences.front().plain();
  return segment_label(segment);
}

// The jingle markers' titles; other markers not from the script are no chapters.
std::string jingle_title(const std::string& label) {
  if (label == "intro") return "Intro";
  if (label == "outro") return "Outro";
  return "";
}

}  // namespace

std::vector<Marker> bulletin_chapters(const Script& script, const Audio& audio) {
  std::vector<const Marker*> segments;  // the whole-segment markers, in time order
  for (const Marker& marker : audio.markers) {
    if (marker.sentence < 0) segments.push_back(&marker);
  }
  std::stable_sort(segments.begin(), segments.end(),
                   [](const Marker* a, const Marker* b) { return a->frame < b->frame; });
  std::vector<Marker> chapters;
  int story = -1;  // the story of the chapter being built, -1 for none
  for (const Marker* marker : segments) {
    const bool scripted =
        marker->segment >= 0 && static_cast<std::size_t>(marker->segment) < script.segments.size();
    if (!scripted) {
      const std::string title = jingle_title(marker->label);
      if (!title.empty()) chapters.push_back(Marker{marker->frame, 0, title, -1, -1});
      story = -1;
      continue;
    }
    const Segment& segment = script.segments[static_cast<std::size_t>(marker->segment)];
    if (segment.story >= 0 && segment.story == story) continue;  // the same story goes on
    chapters.push_back(Marker{marker->frame, 0, segment_title(segment), marker->segment, -1});
    story = segment.story;
  }
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    chapters[i].end_frame = i + 1 < chapters.size() ? chapters[i + 1].frame : audio.frames();
  }
  return chapters;
}

}  // namespace nieuwslezer
