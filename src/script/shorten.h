#pragma once
// Editorial shortening: a story cut to its first sentences.

#include <cstddef>

#include "page/page.h"
#include "text/text_data.h"

namespace nieuwslezer {

/// The most words a story may have, headline included (about 12 minutes at 166 words a
/// minute): more is a scraping accident (a whole site in one story), not a news item.
inline constexpr std::size_t kMaxStoryWords = 2000;

/// A story's length in words before and after keep_first_words.
struct StoryLength {
  std::size_t words = 0;  // as it came
  std::size_t kept = 0;   // what is left; == words when nothing was cut
};

/// Cuts `story` to its first sentences (as split_sentences gives them, so an endless sentence
/// counts in pieces of at most kMaxSentenceWords) that together, with the headline, have at
/// most `max_words` words; paragraph breaks are kept, the rest is left out. A story within
/// the limit is left as it is. {"Kop", {"Een twee. Drie vier.", "Vijf."}} with 3 ->
/// {"Kop", {"Een twee."}}, {5, 3}.
StoryLength keep_first_words(Story& story, std::size_t max_words, const TextData& data);

/// Keeps the first `sentences` sentences of `story`'s paragraphs (sentence ends as
/// split_sentences finds them; the headline is not counted). {"Een. Twee.", "Drie."} with 2 ->
/// {"Een. Twee."}; with 0 the story keeps its headline only. Paragraph breaks are kept.
void keep_first_sentences(Story& story, std::size_t sentences, const TextData& data);

}  // namespace nieuwslezer
