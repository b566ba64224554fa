#include "output/chapters_json.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "output/manifest.h"

namespace nieuwslezer {
namespace {

std::string quoted(const std::string& text) { return "\"" + json_escape(text) + "\""; }

std::string seconds_text(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", seconds);
  return buffer;
}

// Segments of one part share the story (-1 for the frame); the opening and the closing are
// both frame but parts of their own.
bool starts_part(const Segment& segment, const Segment* previous) {
  return !previous || segment.story != previous->story || segment.kind == SegmentKind::kOpening ||
         segment.kind == SegmentKind::kClosing;
}

}  // namespace

std::vector<Chapter> bulletin_chapters(const Script& script, const Audio& audio) {
  std::map<int, const Marker*> segment_markers;
  for (const Marker& marker : audio.markers) {
    if (marker.sentence < 0 && marker.segment >= 0) segment_markers[marker.segment] = &marker;
  }
  std::vector<Chapter> chapters;
  const Segment* previous = nullptr;
  for (std::size_t i = 0; i < script.segments.size(); ++i) {
    const Segment& segment = script.segments[i];
    const bool first_of_part = starts_part(segment, previous);
    previous = &segment;
    const auto found = segment_markers.find(static_cast<int>(i));
    if (!first_of_part || found == segment_markers.end()) continue;
    const double start =
        chapters.empty() ? 0.0 : double(found->second->frame) / std::max(1, audio.sample_rate);
    const std::string title = segment.written.empty() ? segment_label(segment) : segment.written[0];
    chapters.push_back(Chapter{start, title});
  }
  return chapters;
}

std::string chapters_json(const std::vector<Chapter>& chapters, const ChaptersInfo& info) {
  std::string out = "{\n  \"version\": \"1.2.0\",\n  \"title\": " + quoted(info.title) +
                    ",\n  \"podcastName\": " + quoted(info.podcast_name) +
                    ",\n  \"fileName\": " + quoted(info.file_name) + ",\n  \"chapters\": [";
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    out += std::string(i ? "," : "") + "\n    {\"startTime\": " + seconds_text(chapters[i].start) +
           ", \"title\": " + quoted(chapters[i].title) + "}";
  }
  return out + "\n  ]\n}\n";
}

}  // namespace nieuwslezer
