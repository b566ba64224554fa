#include "text/spoken_text.h"

namespace nieuwslezer {

std::string SpokenText::plain() const {
  std::string text;
  for (const SpokenRun& run : runs) text += run.text;
  return text;
}

SpokenText joined(const std::vector<SpokenText>& texts) {
  SpokenText all;
  for (const SpokenText& text : texts) {
    if (text.runs.empty()) continue;
    if (!all.runs.empty()) all.runs.push_back(text_run(" "));
    all.runs.insert(all.runs.end(), text.runs.begin(), text.runs.end());
  }
  return all;
}

}  // namespace nieuwslezer
