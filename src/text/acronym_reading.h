#pragma once
// Reading capital-letter words: spelling them out, deciding whether Dutch reads an unknown
// acronym as a word, and Roman numerals.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace nieuwslezer {

/// Number of letters in UTF-8 text: "D.C." -> 2, "Zürich" -> 6.
std::size_t letter_count(std::string_view word);

/// The letters as eSpeak NG says them one by one, hyphen-joined, without pausing:
/// "ANP" -> "A-N-P", "PvdA" -> "P-V-D-A", "D.C." -> "D-C".
std::string spell_letters(std::string_view word);

/// The phonemes of a word spelled letter by letter, each letter's name from `names`
/// (letters.tsv), the last one stressed as Dutch does: "ANP" -> ",a:,En'pe:", "ggz" ->
/// ",Qe:,Qe:'zEt"; a `suffix` from `names` is said after the letters: ("CDA", "'ers") ->
/// ",se:,de:'a:@rs". Marks are skipped ("D.C." -> ",de:'se:"). "" when a letter, or the
/// suffix, has no name there, or the word has no letters.
std::string spelled_phonemes(std::string_view word,
                             const std::unordered_map<std::string, std::string>& names,
                             std::string_view suffix = "");

/// Whether Dutch reads an unknown all-capital acronym as a word: four letters or more, a
/// vowel, and consonant clusters a Dutch syllable can have. "NAVO", "OPEC", "UNICEF" yes;
/// "ASML", "KNMI", "ANWB", "RIVM" and anything of three letters or fewer no.
bool reads_as_word(std::string_view word);

/// A Roman numeral of two letters or more: "II" -> 2, "XIV" -> 14, up to "XXXIX" -> 39;
/// 0 for anything else, also "I", "V" and "X", which are more often letters.
int roman_value(std::string_view word);

}  // namespace nieuwslezer
