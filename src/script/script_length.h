#pragma once
// How long a script is, in words, and cutting it to a length before anything is spoken.

#include <cstddef>

#include "script/script.h"

namespace nieuwslezer {

/// The words the segment says: "Het is acht uur." -> 4.
std::size_t spoken_words(const Segment& segment);

/// The words the whole script says.
std::size_t spoken_words(const Script& script);

/// Leaves out the ticker stories from the first one that would bring the script over
/// `max_words`, and every later one; the frame (opening, transitions, closing) and the
/// lead always stay. Returns how many ticker stories were left out.
std::size_t cut_ticker_to_words(Script& script, std::size_t max_words);

}  // namespace nieuwslezer
