#include "script/script_length.h"

#include <algorithm>
#include <set>

namespace nieuwslezer {

std::size_t spoken_words(const Segment& segment) {
  std::size_t words = 0;
  for (const SpokenText& sentence : segment.sentences) {
    for (const SpokenRun& run : sentence.runs) {
      bool in_word = false;
      for (const char c : run.text) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
      }
    }
  }
  return words;
}

std::size_t spoken_words(const Script& script) {
  std::size_t words = 0;
  for (const Segment& segment : script.segments) words += spoken_words(segment);
  return words;
}

std::size_t spoken_size(const Segment& segment) {
  std::size_t size = 0;
  const auto count = [&](std::size_t length) {
    if (length > 0) size += length > 12 ? (length + 5) / 6 : 1;
  };
  for (const SpokenText& sentence : segment.sentences) {
    for (const SpokenRun& run : sentence.runs) {
      std::size_t length = 0;
      for (const char c : run.text) {
        if (c == ' ' || c == '\n' || c == '\t') {
          count(length);
          length = 0;
        } else {
          ++length;
        }
      }
      count(length);
    }
  }
  return size;
}

std::size_t spoken_size(const Script& script) {
  std::size_t size = 0;
  for (const Segment& segment : script.segments) size += spoken_size(segment);
  return size;
}

std::size_t cut_ticker_to_words(Script& script, std::size_t max_words) {
  std::size_t words = 0;
  for (const Segment& segment : script.segments) {
    if (segment.story < 1) words += spoken_size(segment);
  }
  // Ticker stories in script order until one does not fit; it and all after it go.
  std::set<int> left_out;
  for (const Segment& segment : script.segments) {
    if (segment.story < 1) continue;
    if (left_out.empty()) {
      words += spoken_size(segment);
      if (words <= max_words) continue;
    }
    left_out.insert(segment.story);
  }
  std::erase_if(script.segments,
                [&](const Segment& segment) { return left_out.count(segment.story) > 0; });
  return left_out.size();
}

}  // namespace nieuwslezer
