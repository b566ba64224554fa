#pragma once
// What the newsreader says: normalized text in runs, each run in one language.

#include <string>
#include <vector>

namespace nieuwslezer {

/// A stretch of spoken text in one language. Runs carry their own spacing, so joining the
/// texts gives the whole: {"Dat meldt ", ""}, {"The Washington Post", "en"}, {".", ""}.
struct SpokenRun {
  std::string text;
  std::string language;  // "" = the bulletin's voice (Dutch), "en" = switch to English
};

/// Normalized text ready for the synthesizer: only words, digits and the punctuation that
/// makes pauses (. , ; : ! ?) are left.
struct SpokenText {
  std::vector<SpokenRun> runs;

  /// The runs joined, what --script shows: "Dat meldt The Washington Post."
  std::string plain() const;
};

/// Texts said one after another, a space between: "Brussel." and "Het regent." ->
/// "Brussel. Het regent.". Empty texts are skipped.
SpokenText joined(const std::vector<SpokenText>& texts);

}  // namespace nieuwslezer
