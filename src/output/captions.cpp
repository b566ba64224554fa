#include "output/captions.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace nieuwslezer {
namespace {

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string webvtt_timestamp(double seconds) {
  const long long ms = std::max(0LL, std::llround(seconds * 1000.0));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld.%03lld", ms / 3600000, ms / 60000 % 60,
                ms / 1000 % 60, ms % 1000);
  return buffer;
}

std::string webvtt_captions(const Script& script, const Audio& audio, const CaptionRules& rules) {
  const double rate = audio.sample_rate > 0 ? audio.sample_rate : 1;
  const std::size_t total = audio.frames();
  std::vector<const Marker*> sentences;  // the sentence markers that have a sentence
  for (const Marker& marker : audio.markers) {
    if (marker.sentence < 0 || marker.segment < 0) continue;
    const auto segment = static_cast<std::size_t>(marker.segment);
    const auto sentence = static_cast<std::size_t>(marker.sentence);
    if (segment < script.segments.size() && sentence < script.segments[segment].written.size()) {
      sentences.push_back(&marker);
    }
  }
  const auto min_frames = static_cast<std::size_t>(std::llround(kCueMinSeconds * rate));
  std::string out = "WEBVTT\n";
  std::size_t previous_end = 0;
  int number = 0;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const Marker& marker = *sentences[k];
    const std::string& written = script.segments[static_cast<std::size_t>(marker.segment)]
                                     .written[static_cast<std::size_t>(marker.sentence)];
    const std::size_t next = k + 1 < sentences.size() ? sentences[k + 1]->frame : total;
    std::vector<Cue> cues = sentence_cues(written, {marker.frame, marker.end_frame, marker.words},
                                          audio.sample_rate, rules);
    for (std::size_t c = 0; c < cues.size(); ++c) {
      const std::size_t start = std::clamp(cues[c].start, previous_end, total);
      std::size_t end = std::clamp(cues[c].end, start, total);
      if (c + 1 == cues.size() && end - start < min_frames) {
        end = std::max(end, std::min({start + min_frames, std::max(next, end), total}));
      }
      if (end <= start) continue;
      previous_end = end;
      out += "\n" + std::to_string(++number) + "\n" +
             webvtt_timestamp(static_cast<double>(start) / rate) + " --> " +
             webvtt_timestamp(static_cast<double>(end) / rate) + "\n" + escape(cues[c].text) + "\n";
    }
  }
  return out;
}

}  // namespace nieuwslezer
