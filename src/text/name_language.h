#pragma once
// The language a name's spelling gives away ("Fouquet" -> French), for names no lexicon has.

#include <string>
#include <string_view>
#include <vector>

namespace nieuwslezer {

/// A spelling that marks a word as foreign: data/name_spellings.tsv's lines.
struct SpellingCue {
  bool at_end = false;   // "ends": the letters end the word; else it contains them
  std::string letters;   // "quet", "ř"
  std::string language;  // an eSpeak NG language with a phoneme map: "fr"
};

/// The language of the first cue that fits `word`, or "" when none does or when the word
/// is no name: it must start with a capital and have a lower-case letter ("Fouquet" -> "fr",
/// "Wałęsa" -> "pl", "Nieuwegein" -> "", "RIVM" -> ""). An "ends" cue needs a letter before
/// its letters ("Eau" -> "").
std::string_view language_by_spelling(std::string_view word, const std::vector<SpellingCue>& cues);

}  // namespace nieuwslezer
