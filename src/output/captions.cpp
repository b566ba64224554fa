#include "output/captions.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nieuwslezer {
namespace {

constexpr std::size_t kLineLength = 42;

// Collapses white space and wraps at word boundaries: lines of at most kLineLength
// characters (UTF-8 continuation bytes are not counted), a longer word on a line of its own.
std::string wrap(const std::string& text) {
  std::string out, line;
  std::size_t line_chars = 0;
  const auto chars = [](const std::string& word) {
    return static_cast<std::size_t>(std::count_if(word.begin(), word.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = text.find_first_not_of(" \t\n\r", pos);
    if (start == std::string::npos) break;
    std::size_t end = text.find_first_of(" \t\n\r", start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    pos = end;
    if (!line.empty() && line_chars + 1 + chars(word) > kLineLength) {
      out += line + "\n";
      line.clear();
      line_chars = 0;
    }
    if (!line.empty()) line += ' ', ++line_chars;
    line += word;
    line_chars += chars(word);
  }
  return out + line;
}

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

std::string webvtt_captions(const Script& script, const Audio& audio) {
  std::string out = "WEBVTT\n";
  const double rate = audio.sample_rate > 0 ? audio.sample_rate : 1;
  const std::size_t total = audio.frames();
  std::size_t previous_end = 0;
  int number = 0;
  for (const Marker& marker : audio.markers) {
    if (marker.sentence < 0 || marker.segment < 0) continue;
    const auto segment = static_cast<std::size_t>(marker.segment);
    const auto sentence = static_cast<std::size_t>(marker.sentence);
    if (segment >= script.segments.size() || sentence >= script.segments[segment].written.size()) {
      continue;
    }
    const std::size_t start = std::clamp(marker.frame, previous_end, total);
    const std::size_t end = std::clamp(marker.end_frame, start, total);
    if (end <= start) continue;
    previous_end = end;
    out += "\n" + std::to_string(++number) + "\n" +
           webvtt_timestamp(static_cast<double>(start) / rate) + " --> " +
           webvtt_timestamp(static_cast<double>(end) / rate) + "\n" +
           escape(wrap(script.segments[segment].written[sentence])) + "\n";
  }
  return out;
}

}  // namespace nieuwslezer
