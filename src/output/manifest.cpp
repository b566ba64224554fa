#include "output/manifest.h"

#include <cstdio>
#include <map>
#include <utility>

namespace nieuwslezer {
namespace {

std::string quoted(const std::string& text) { return "\"" + json_escape(text) + "\""; }

std::string seconds(std::size_t frame, int sample_rate) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f",
                static_cast<double>(frame) / (sample_rate > 0 ? sample_rate : 1));
  return buffer;
}

}  // namespace

std::string json_escape(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string manifest_json(const Script& script, const Audio& audio, const ManifestInfo& info) {
  std::map<std::pair<int, int>, const Marker*> markers;
  for (const Marker& marker : audio.markers) markers[{marker.segment, marker.sentence}] = &marker;
  const auto times = [&](int segment, int sentence) -> std::string {
    const auto found = markers.find({segment, sentence});
    if (found == markers.end()) return "\"start\": null, \"end\": null";
    return "\"start\": " + seconds(found->second->frame, audio.sample_rate) +
           ", \"end\": " + seconds(found->second->end_frame, audio.sample_rate);
  };
  std::string out =
      "{\n  \"title\": " + quoted(info.title) + ",\n  \"air_time\": " + quoted(info.air_time) +
      ",\n  \"audio\": " + quoted(info.audio_file) +
      ",\n  \"duration\": " + seconds(audio.frames(), audio.sample_rate) +
      ",\n  \"sample_rate\": " + std::to_string(audio.sample_rate) + ",\n  \"segments\": [";
  for (std::size_t i = 0; i < script.segments.size(); ++i) {
    const Segment& segment = script.segments[i];
    const int index = static_cast<int>(i);
    out += std::string(i ? "," : "") + "\n    {\"index\": " + std::to_string(i) +
           ", \"kind\": " + quoted(segment_kind_name(segment.kind)) +
           ", \"story\": " + (segment.story >= 0 ? std::to_string(segment.story) : "null") +
           ", \"label\": " + quoted(segment_label(segment)) +
           ",\n     \"text\": " + quoted(segment.spoken().plain()) + ", " + times(index, -1) +
           ",\n     \"sentences\": [";
    for (std::size_t j = 0; j < segment.sentences.size(); ++j) {
      const std::string written = j < segment.written.size() ? segment.written[j] : "";
      out += std::string(j ? "," : "") + "\n       {\"text\": " + quoted(written) +
             ", \"spoken\": " + quoted(segment.sentences[j].plain()) + ", " +
             times(index, static_cast<int>(j)) + "}";
    }
    out += "]}";
  }
  return out + "\n  ]\n}\n";
}

}  // namespace nieuwslezer
