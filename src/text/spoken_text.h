#pragma once
// What the newsreader says: normalized text in runs. Most runs are plain Dutch text; a run
// may carry the eSpeak NG phonemes the Dutch voice says instead ("A-N-P"), or a foreign
// name whose phonemes the speech stage takes from that language's voice.

#include <string>
#include <utility>
#include <vector>

namespace nieuwslezer {

/// A stretch of spoken text. Runs carry their own spacing, so joining the texts gives the
/// whole: {"Dat meldt "}, {"A-N-P", phonemes ",a:,En'pe:"}, {"."}.
struct SpokenRun {
  std::string text;      // what the script shows: "Dat meldt ", "A-N-P", "Putin"
  std::string language;  // a foreign run: the eSpeak language whose voice reads `source`
  std::string source;    // what the voice reads instead of `text`: for a foreign run in its
                         // language ("Путин" for "Putin"), else in Dutch ("19 45" for
                         // "negentien vijfenveertig", which eSpeak stresses wrongly as words)
  std::string phonemes;  // when set, the Dutch voice says these eSpeak NG phonemes instead

  bool foreign() const { return !language.empty(); }
  /// Said by eSpeak's phoneme input ([[...]]) rather than read as text.
  bool by_phonemes() const { return !phonemes.empty(); }
};

/// A run of plain Dutch text: text_run("Het regent.").
inline SpokenRun text_run(std::string text) {
  SpokenRun run;
  run.text = std::move(text);
  return run;
}

/// Normalized text ready for the synthesizer: only words, digits and the punctuation that
/// makes pauses (. , ; : ! ?) are left, plus runs said by their phonemes.
struct SpokenText {
  std::vector<SpokenRun> runs;

  /// The runs' texts joined, what --script shows: "Dat meldt A-N-P."
  std::string plain() const;
};

/// Texts said one after another, a space between: "Brussel." and "Het regent." ->
/// "Brussel. Het regent.". Empty texts are skipped.
SpokenText joined(const std::vector<SpokenText>& texts);

}  // namespace nieuwslezer
