#include "output/chapters_json.h"

#include <algorithm>
#include <cstdio>

#include "output/manifest.h"

namespace nieuwslezer {
namespace {

std::string quoted(const std::string& text) { return "\"" + json_escape(text) + "\""; }

std::string seconds_text(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", seconds);
  return buffer;
}

}  // namespace

std::string chapters_json(const std::vector<Marker>& chapters, int sample_rate,
                          const ChaptersInfo& info) {
  const double rate = std::max(1, sample_rate);
  std::string out = "{\n  \"version\": \"1.2.0\",\n  \"title\": " + quoted(info.title) +
                    ",\n  \"podcastName\": " + quoted(info.podcast_name) +
                    ",\n  \"fileName\": " + quoted(info.file_name) + ",\n  \"chapters\": [";
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    out += std::string(i ? "," : "") +
           "\n    {\"startTime\": " + seconds_text(double(chapters[i].frame) / rate) +
           ", \"title\": " + quoted(chapters[i].label) + "}";
  }
  return out + "\n  ]\n}\n";
}

}  // namespace nieuwslezer
