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

std::size_t cut_ticker_to_words(Script& script, std::size_t max_words) {
  std::size_t words = 0;
  for (const Segment& segment : script.segments) {
    if (segment.story < 1) words += spoken_words(segment);
  }
  // Ticker stories in script order until one does not fit; it and all after it go.
  std::set<int> left_out;
  for (const Segment& segment : script.segments) {
    if (segment.story < 1) continue;
    if (left_out.empty()) {
      words += spoken_words(segment);
      if (words <= max_words) continue;
    }
    left_out.insert(segment.story);
  }
  std::erase_if(script.segments,
                [&](const Segment& segment) { return left_out.count(segment.story) > 0; });
  return left_out.size();
}

}  // namespace nieuwslezer
