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
  /// after punctuation, around a run in another language ("CNN-" before "Washington Post"),
  /// before a mark and at the end.
  void join(std::string_view text);

  /// One of . , ; : ! ? attached to the word before.
  void punct(char mark);
  void pause() { punct(','); }
  void sentence_end() { punct('.'); }

  /// Text for another voice, as its own run: ("en", "The Washington Post").
  void foreign(std::string_view language, std::string_view text);

  /// The text so far: one space between words, no space before a mark, where several marks
  /// meet only the strongest ("? ! . : ; ,": ", ." -> "."), none at the start; runs of the
  /// same language merged. "", "," and "." alone give no runs at all.
  SpokenText finish() const;

 private:
  bool needs_space() const;

  std::string out_;   // the text, with other-language runs marked by control characters
  std::string join_;  // a join() waiting for the word it binds to
};

}  // namespace nieuwslezer
