#include "page/boilerplate.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/utf8.h"

namespace nieuwslezer {
namespace {

constexpr std::size_t kMinStories = 3;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A paragraph's sentences, spaces folded to one: "Een.  Twee! Drie" -> {"Een.", "Twee!",
// "Drie"}. A sentence ends at . ! ? or … (U+2026) before a space or the end.
std::vector<std::string> sentences_of(std::string_view paragraph) {
  std::vector<std::string> sentences;
  std::string sentence;
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    const char c = paragraph[i];
    if (is_space(c)) {
      if (!sentence.empty() && sentence.back() != ' ') sentence += ' ';
      continue;
    }
    sentence += c;
    const bool at_end = i + 1 == paragraph.size() || is_space(paragraph[i + 1]);
    const bool stop = c == '.' || c == '!' || c == '?' ||
                      (sentence.size() >= 3 && sentence.compare(sentence.size() - 3, 3, "…") == 0);
    if (at_end && stop) {
      sentences.push_back(std::move(sentence));
      sentence.clear();
    }
  }
  while (!sentence.empty() && sentence.back() == ' ') sentence.pop_back();
  if (!sentence.empty()) sentences.push_back(std::move(sentence));
  return sentences;
}

// Every story of the page, the lead first.
std::vector<Story*> stories_of(Page& page) {
  std::vector<Story*> stories;
  if (page.has_lead) stories.push_back(&page.lead);
  for (Story& story : page.ticker) stories.push_back(&story);
  return stories;
}

// Per sentence, the stories it occurs in, each story once.
std::unordered_map<std::string, std::vector<std::size_t>> stories_with(
    const std::vector<std::vector<std::string>>& sentences) {
  std::unordered_map<std::string, std::vector<std::size_t>> found;
  for (std::size_t story = 0; story < sentences.size(); ++story) {
    for (const std::string& sentence : sentences[story]) {
      std::vector<std::size_t>& in = found[sentence];
      if (in.empty() || in.back() != story) in.push_back(story);
    }
  }
  return found;
}

// How many of `stories` differ once `sentence` is left out: copies of one story share all
// their sentences, and are duplicates, not boilerplate.
std::size_t differing(const std::vector<std::vector<std::string>>& sentences,
                      const std::vector<std::size_t>& stories, const std::string& sentence) {
  std::unordered_set<std::size_t> rests;
  for (const std::size_t story : stories) {
    std::size_t hash = 0;
    for (const std::string& other : sentences[story]) {
      if (other != sentence) hash = hash * 1000003 ^ std::hash<std::string>{}(other);
    }
    rests.insert(hash);
  }
  return rests.size();
}

// `story` without the sentences in `shared`; paragraphs without one are kept as written.
void remove_from(Story& story, const std::unordered_set<std::string>& shared) {
  std::vector<std::string> kept;
  for (std::string& paragraph : story.paragraphs) {
    const std::vector<std::string> sentences = sentences_of(paragraph);
    std::string rest;
    bool changed = false;
    for (const std::string& sentence : sentences) {
      if (shared.count(sentence) != 0) {
        changed = true;
        continue;
      }
      rest += (rest.empty() ? "" : " ") + sentence;
    }
    if (!changed) {
      kept.push_back(std::move(paragraph));
    } else if (!rest.empty()) {
      kept.push_back(std::move(rest));
    }
  }
  story.paragraphs = std::move(kept);
}

}  // namespace

void remove_shared_sentences(Page& page) {
  const std::vector<Story*> stories = stories_of(page);
  if (stories.size() < kMinStories) return;
  std::vector<std::vector<std::string>> sentences;  // per story, in order
  for (const Story* story : stories) {
    std::vector<std::string>& of_story = sentences.emplace_back();
    for (const std::string& paragraph : story->paragraphs) {
      for (std::string& sentence : sentences_of(paragraph)) of_story.push_back(std::move(sentence));
    }
  }
  std::unordered_set<std::string> shared;
  std::vector<std::string> warnings;
  for (const auto& [sentence, in] : stories_with(sentences)) {
    if (in.size() < kMinStories || 2 * in.size() < stories.size()) continue;
    if (differing(sentences, in, sentence) < kMinStories) continue;
    shared.insert(sentence);
    warnings.push_back("left out a sentence " + std::to_string(in.size()) + " of " +
                       std::to_string(stories.size()) +
                       " stories share (the site's, not the news): " + utf8::quote(sentence));
  }
  if (shared.empty()) return;
  std::sort(warnings.begin(), warnings.end());  // the same order on every run
  for (Story* story : stories) remove_from(*story, shared);
  std::erase_if(page.ticker, [](const Story& story) {
    return story.headline.empty() && story.paragraphs.empty();
  });
  for (std::size_t k = 0; k < page.ticker.size(); ++k) page.ticker[k].page_position = k + 1;
  for (std::string& warning : warnings) page.warnings.push_back(std::move(warning));
}

}  // namespace nieuwslezer
