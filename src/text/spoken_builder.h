#pragma once
// Building a SpokenText word by word, with the spacing and punctuation rules in one place.

#include <string>
#include <string_view>

#include "text/spoken_text.h"

namespace nieuwslezer {

/// Collects words, joins, pauses and runs in another language; finish() tidies the spacing
/// and punctuation and cuts the result into runs. Every method only appends.
class SpokenTextBuilder {
 public:
  /// A word, after a space unless join() came just before: word("Het"), word("is") ->
  /// "Het is".
  void word(std::string_view text);

  /// Text that binds the words around it, without spaces: "-" in "E-U-top", "'" in
  /// "auto's". Said only when a word follows, so it never dangles: ignored at the start,
  /// after punctuation, before a mark and at the end.
  void join(std::string_view text);

  /// One of . , ; : ! ? attached to the word before.
  void punct(char mark);
  void pause() { punct(','); }
  void sentence_end() { punct('.'); }

  /// Words shown as `text` in the script that eSpeak NG is given as `said`, which it reads
  /// right: said_as("negentien vijfenveertig", "19 45"). Its own run.
  void said_as(std::string_view text, std::string_view said);

  /// A word the Dutch voice says by its eSpeak NG phonemes, shown as `text` in the script:
  /// phonemes("A-N-P", ",a:,En'pe:"). Its own run, never merged with another.
  void phonemes(std::string_view text, std::string_view phonemes);

  /// A foreign name, shown as `text`, whose phonemes the speech stage takes from the voice
  /// for `language` reading `source`: foreign("ru", "Putin", "Путин"). Its own run.
  void foreign(std::string_view language, std::string_view text, std::string_view source);

  /// The text so far: one space between words, no space before a mark, where several marks
  /// meet only the strongest ("? ! . : ; ,": ", ." -> "."), none at the start; plain text
  /// between phoneme and foreign runs in one run. "", "," and "." alone give no runs at all.
  SpokenText finish() const;

 private:
  bool needs_space() const;

  void special_run(std::string_view language, std::string_view source, std::string_view phonemes,
                   std::string_view text);

  std::string out_;   // the text, with phoneme and foreign runs marked by control characters
  std::string join_;  // a join() waiting for the word it binds to
};

}  // namespace nieuwslezer
