#include "text/name_language.h"

#include "base/utf8.h"

namespace nieuwslezer {

std::string_view language_by_spelling(std::string_view word, const std::vector<SpellingCue>& cues) {
  if (word.empty()) return "";
  const utf8::CodePoint first = utf8::decode(word, 0);
  if (!utf8::is_letter(first.value) || utf8::to_lower(first.value) == first.value) return "";
  bool has_lower = false;
  for (std::size_t at = first.length; at < word.size() && !has_lower;) {
    const utf8::CodePoint cp = utf8::decode(word, at);
    has_lower = utf8::is_letter(cp.value) && utf8::to_upper(cp.value) != cp.value;
    at += cp.length;
  }
  if (!has_lower) return "";
  for (const SpellingCue& cue : cues) {
    const bool fits = cue.at_end ? word.size() > cue.letters.size() && word.ends_with(cue.letters)
                                 : word.find(cue.letters) != std::string_view::npos;
    if (fits) return cue.language;
  }
  return "";
}

}  // namespace nieuwslezer
