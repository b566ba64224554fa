#pragma once
// How long a script is, in words, and cutting it to a length before anything is spoken.

#include <cstddef>

#include "script/script.h"

namespace nieuwslezer {

/// The words the segment says: "Het is acht uur." -> 4.
std::size_t spoken_words(const Segment& segment);

/// The words the whole script says.
std::size_t spoken_words(const Script& script);

/// How much the whole script will take to say, in words' worth, for bounding it before
/// anything is spoken: each word counts 1, and a word longer than 12 bytes 1 per 6 of its
/// bytes, as eSpeak NG reads a long token in pieces (a 10 MB "word" or a 200 000-digit number
/// is hours of speech, not one word). "Het kabinet 7777777777777777777777777" -> 2 + 6.
std::size_t spoken_size(const Segment& segment);
std::size_t spoken_size(const Script& script);

/// Leaves out the ticker stories from the first one that would bring the script over
/// `max_words` (counted as spoken_size does), and every later one; the frame (opening, transitions,
/// closing) and the lead always stay. Returns how many ticker stories were left out.
std::size_t cut_ticker_to_words(Script& script, std::size_t max_words);

}  // namespace nieuwslezer
