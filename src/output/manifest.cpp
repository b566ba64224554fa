#include "output/manifest.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <utility>
#include <vector>

#include "output/chapters.h"

namespace nieuwslezer {
namespace {

std::string quoted(const std::string& text) { return "\"" + json_escape(text) + "\""; }

using MarkerMap = std::map<std::pair<int, int>, const Marker*>;

// Frames -> whole milliseconds, rounded: (33075, 22050) -> 1500.
long long milliseconds(std::size_t frame, int sample_rate) {
  return std::llround(static_cast<double>(frame) * 1000.0 / (sample_rate > 0 ? sample_rate : 1));
}

// 1500 -> "1.500", as JSON seconds; whole milliseconds so that durations add up exactly.
std::string millisecond_text(long long ms) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%lld.%03lld", ms / 1000, ms % 1000);
  return buffer;
}

std::string seconds(std::size_t frame, int sample_rate) {
  return millisecond_text(milliseconds(frame, sample_rate));
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

namespace {

// One entry of "segments": a script segment (index >= 0) or a jingle (index -1, `jingle` its
// marker), with its whole-segment marker when it has one.
struct Entry {
  int index = -1;
  const Marker* whole = nullptr;
};

// The script's segments in order, the intro jingle before them and the outro after.
std::vector<Entry> manifest_entries(const Script& script, const MarkerMap& markers,
                                    const Audio& audio) {
  std::vector<Entry> entries;
  const auto jingle = [&](const char* label) {
    for (const Marker& marker : audio.markers) {
      if (marker.segment < 0 && marker.label == label) entries.push_back({-1, &marker});
    }
  };
  jingle("intro");
  for (std::size_t i = 0; i < script.segments.size(); ++i) {
    const auto found = markers.find({static_cast<int>(i), -1});
    entries.push_back({static_cast<int>(i), found == markers.end() ? nullptr : found->second});
  }
  jingle("outro");
  return entries;
}

// "duration" of each entry: from its start (the first timed one: from 0) to the next timed
// entry's start (the last: to the end), in milliseconds; -1 for an entry without times.
std::vector<long long> entry_durations(const std::vector<Entry>& entries, const Audio& audio) {
  std::vector<long long> durations(entries.size(), -1);
  long long from = 0;
  std::size_t open = entries.size();  // the timed entry whose duration is not yet known
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].whole) continue;
    const long long start = milliseconds(entries[i].whole->frame, audio.sample_rate);
    if (open < entries.size()) {
      durations[open] = start - from;
      from = start;
    }
    open = i;
  }
  if (open < entries.size())
    durations[open] = milliseconds(audio.frames(), audio.sample_rate) - from;
  return durations;
}

std::string chapters_json(const Script& script, const Audio& audio) {
  std::string out;
  for (const Marker& chapter : bulletin_chapters(script, audio)) {
    out += std::string(out.empty() ? "" : ",") + "\n    {\"title\": " + quoted(chapter.label) +
           ", \"start\": " + seconds(chapter.frame, audio.sample_rate) +
           ", \"end\": " + seconds(chapter.end_frame, audio.sample_rate) + "}";
  }
  return out;
}

}  // namespace

std::string manifest_json(const Script& script, const Audio& audio, const ManifestInfo& info) {
  MarkerMap markers;
  for (const Marker& marker : audio.markers) {
    if (marker.segment >= 0) markers[{marker.segment, marker.sentence}] = &marker;
  }
  const auto times = [&](const Marker* marker) -> std::string {
    if (!marker) return "\"start\": null, \"end\": null";
    return "\"start\": " + seconds(marker->frame, audio.sample_rate) +
           ", \"end\": " + seconds(marker->end_frame, audio.sample_rate);
  };
  const auto sentence_times = [&](int segment, int sentence) {
    const auto found = markers.find({segment, sentence});
    return times(found == markers.end() ? nullptr : found->second);
  };
  const int rate = info.sample_rate > 0 ? info.sample_rate : audio.sample_rate;
  const int channels = info.channels > 0 ? info.channels : audio.channels;
  std::string out = "{\n  \"title\": " + quoted(info.title) +
                    ",\n  \"air_time\": " + quoted(info.air_time) +
                    ",\n  \"audio\": " + quoted(info.audio_file) +
                    ",\n  \"duration\": " + seconds(audio.frames(), audio.sample_rate) +
                    ",\n  \"sample_rate\": " + std::to_string(rate) +
                    ",\n  \"channels\": " + std::to_string(channels) + ",\n  \"segments\": [";
  const std::vector<Entry> entries = manifest_entries(script, markers, audio);
  const std::vector<long long> durations = entry_durations(entries, audio);
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const int index = entries[e].index;
    const Segment* segment =
        index >= 0 ? &script.segments[static_cast<std::size_t>(index)] : nullptr;
    const std::string kind = segment ? segment_kind_name(segment->kind) : entries[e].whole->label;
    out += std::string(e ? "," : "") +
           "\n    {\"index\": " + (segment ? std::to_string(index) : "null") +
           ", \"kind\": " + quoted(kind) + ", \"story\": " +
           (segment && segment->story >= 0 ? std::to_string(segment->story) : "null") +
           ", \"label\": " + quoted(segment ? segment_label(*segment) : kind) +
           ",\n     \"text\": " + quoted(segment ? segment->spoken().plain() : "") + ", " +
           times(entries[e].whole) +
           ", \"duration\": " + (durations[e] < 0 ? "null" : millisecond_text(durations[e])) +
           ",\n     \"sentences\": [";
    const std::size_t count = segment ? segment->sentences.size() : 0;
    for (std::size_t j = 0; j < count; ++j) {
      const std::string written = j < segment->written.size() ? segment->written[j] : "";
      out += std::string(j ? "," : "") + "\n       {\"text\": " + quoted(written) +
             ", \"spoken\": " + quoted(segment->sentences[j].plain()) + ", " +
             sentence_times(index, static_cast<int>(j)) + "}";
    }
    out += "]}";
  }
  return out + "\n  ],\n  \"chapters\": [" + chapters_json(script, audio) + "\n  ]\n}\n";
}

}  // namespace nieuwslezer
