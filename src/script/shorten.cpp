#include "script/shorten.h"

#include "text/sentence_splitter.h"

namespace nieuwslezer {

void keep_first_sentences(Story& story, std::size_t sentences, const TextData& data) {
  std::vector<std::string> kept;
  for (const std::string& paragraph : story.paragraphs) {
    if (sentences == 0) break;
    std::string text;
    for (const std::string& sentence : split_sentences(paragraph, data)) {
      if (sentences == 0) break;
      text += (text.empty() ? "" : " ") + sentence;
      --sentences;
    }
    if (!text.empty()) kept.push_back(text);
  }
  story.paragraphs = std::move(kept);
}

}  // namespace nieuwslezer
