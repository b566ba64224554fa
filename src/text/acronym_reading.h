#pragma once
// Reading capital-letter words: spelling them out, deciding whether Dutch reads an unknown
// acronym as a word, and Roman numerals.

#include <cstddef>
#include <string>
#include <string_view>

namespace nieuwslezer {

/// Number of letters in UTF-8 text: "D.C." -> 2, "Zürich" -> 6.
std::size_t letter_count(std::string_view word);

/// The letters as eSpeak NG says them one by one, hyphen-joined, without pausing:
/// "ANP" -> "A-N-P", "PvdA" -> "P-V-D-A", "D.C." -> "D-C".
std::string spell_letters(std::string_view word);

/// Whether Dutch reads an unknown all-capital acronym as a word: four letters or more, a
/// vowel, and consonant clusters a Dutch syllable can have. "NAVO", "OPEC", "UNICEF" yes;
/// "ASML", "KNMI", "ANWB", "RIVM" and anything of three letters or fewer no.
bool reads_as_word(std::string_view word);

/// A Roman numeral of two letters or more: "II" -> 2, "XIV" -> 14, up to "XXXIX" -> 39;
/// 0 for anything else, also "I", "V" and "X", which are more often letters.
int roman_value(std::string_view word);

}  // namespace nieuwslezer
