#pragma once
// Where the sentences of written Dutch news text end.

#include <string>
#include <string_view>
#include <vector>

#include "text/text_data.h"

namespace nieuwslezer {

/// Splits written text into sentences at . ! ? and ... followed by a capital, a digit or an
/// opening quote, and at every line break. Knows abbreviations ("o.a.", "dr. Jansen" do not
/// end a sentence; "enz." may), initials ("W. Jansen") and numbers ("1,5", "14.30 uur").
/// Sentences come back trimmed, in order, without empty ones:
/// "Hij zei o.a. dat. Daarna 1,5 uur." -> {"Hij zei o.a. dat.", "Daarna 1,5 uur."}
std::vector<std::string> split_sentences(std::string_view written, const TextData& data);

}  // namespace nieuwslezer
