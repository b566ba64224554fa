#pragma once
// Editorial shortening: a story cut to its first sentences.

#include <cstddef>

#include "page/page.h"
#include "text/text_data.h"

namespace nieuwslezer {

/// Keeps the first `sentences` sentences of `story`'s paragraphs (sentence ends as
/// split_sentences finds them; the headline is not counted). {"Een. Twee.", "Drie."} with 2 ->
/// {"Een. Twee."}; with 0 the story keeps its headline only. Paragraph breaks are kept.
void keep_first_sentences(Story& story, std::size_t sentences, const TextData& data);

}  // namespace nieuwslezer
