#include "output/chapters.h"

#include <algorithm>

namespace nieuwslezer {
namespace {

// A listener's title for the chapter that starts with `segment`: a story's title (its
// headline, else its first sentence of news); a frame segment's whole text as written
// ("Goedemorgen. Het is acht uur. Hier is het nieuws."), or else as spoken.
std::string segment_title(const Segment& segment) {
  if (!segment.title.empty()) return segment.title;
  std::string title;
  for (const std::string& sentence : segment.written) {
    if (!sentence.empty()) title += (title.empty() ? "" : " ") + sentence;
  }
  if (title.empty() && !segment.sentences.empty()) title = segment.sentences.front().plain();
  return title.empty() ? segment_label(segment) : title;
}

// The jingle markers' titles; other markers not from the script are no chapters.
std::string jingle_title(const Script& script, const std::string& label) {
  const auto title = script.jingle_titles.find(label);
  return title == script.jingle_titles.end() ? "" : title->second;
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
      const std::string title = jingle_title(script, marker->label);
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
