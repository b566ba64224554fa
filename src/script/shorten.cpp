#include "script/shorten.h"

#include "base/strings.h"
#include "text/sentence_splitter.h"

namespace nieuwslezer {

StoryLength keep_first_words(Story& story, std::size_t max_words, const TextData& data) {
  StoryLength length;
  length.words = word_count(story.headline);
  for (const std::string& paragraph : story.paragraphs) length.words += word_count(paragraph);
  if (length.words <= max_words) {
    length.kept = length.words;
    return length;
  }
  // The first sentences of `text` that still fit; false once one does not.
  const auto keep = [&](const std::string& text, std::string& kept) {
    for (const std::string& sentence : split_sentences(text, data)) {
      const std::size_t words = word_count(sentence);
      if (length.kept + words > max_words) return false;
      kept += (kept.empty() ? "" : " ") + sentence;
      length.kept += words;
    }
    return true;
  };
  std::string headline;
  std::vector<std::string> paragraphs;
  if (keep(story.headline, headline)) {
    for (const std::string& paragraph : story.paragraphs) {
      std::string kept;
      const bool whole = keep(paragraph, kept);
      if (!kept.empty()) paragraphs.push_back(std::move(kept));
      if (!whole) break;
    }
  }
  story.headline = std::move(headline);
  story.paragraphs = std::move(paragraphs);
  return length;
}

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
