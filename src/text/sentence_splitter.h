#pragma once
// Where the sentences of written Dutch news text end.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/text_data.h"

namespace nieuwslezer {

/// The most words one sentence may have: a longer one (a page without full stops, a scraped
/// list) is cut into pieces, each said as a sentence, so eSpeak NG and the pauses stay sane.
inline constexpr std::size_t kMaxSentenceWords = 60;

/// Splits written text into sentences at . ! ? and ... followed by a capital, a digit or an
/// opening quote, and at every line break. Knows abbreviations ("o.a.", "dr. Jansen" do not
/// end a sentence; "enz." may), initials ("W. Jansen") and numbers ("1,5", "14.30 uur").
/// Sentences come back trimmed, in order, without empty ones:
/// "Hij zei o.a. dat. Daarna 1,5 uur." -> {"Hij zei o.a. dat.", "Daarna 1,5 uur."}
/// A sentence of more than kMaxSentenceWords words (words are separated by spaces) is cut
/// into pieces of at most that many, each ending at its last clause break (a word ending in
/// , ; or :, or before a dash) in its second half, else after its last word.
/// Linear in the length of the text.
std::vector<std::string> split_sentences(std::string_view written, const TextData& data);

}  // namespace nieuwslezer
