#include "script/editorial.h"

#include "base/strings.h"
#include "base/utf8.h"
#include "text/page_residue.h"

namespace nieuwslezer {
namespace {

// The last word before byte `at`, in lower case: "Hij zei: ..." -> "zei".
std::string word_before(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ') --begin;
  return utf8::lower(text.substr(begin, end - begin));
}

std::string capitalized(std::string_view text) {
  std::string out(text);
  if (out.empty()) return out;
  const utf8::CodePoint first = utf8::decode(out, 0);
  std::string capital;
  utf8::append(capital, utf8::to_upper(first.value));
  out.replace(0, first.length, capital);
  return out;
}

}  // namespace

EditorialData load_editorial_data(const std::filesystem::path& data_dir) {
  return EditorialData{load_quote_data(data_dir), load_bracket_data(data_dir)};
}

std::string edited_paragraph(std::string_view paragraph, const EditorialData& editorial,
                             const TextData& text_data, std::optional<Speaker>& speaker) {
  const std::string text = strip_page_residue(paragraph, text_data.residue);
  const std::string resolved = resolve_brackets(text, editorial.brackets, text_data);
  AttributedParagraph attributed =
      attribute_story_quotes(resolved, editorial.quotes, text_data, speaker);
  if (attributed.last_speaker) speaker = attributed.last_speaker;
  return std::move(attributed.text);
}

std::vector<std::string> cut_at_semicolons(const std::string& sentence, std::size_t max_words,
                                           const QuoteData& quotes) {
  if (word_count(sentence) <= max_words) return {sentence};
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t at = 0; at < sentence.size(); ++at) {
    const char c = sentence[at];
    if (c != ';' && c != ':') continue;
    if (at + 1 < sentence.size() && sentence[at + 1] != ' ') continue;  // "8:15", "a:b"
    const std::string_view rest = std::string_view(sentence).substr(at + 1);
    if (c == ':' && (word_count(rest) < 4 || quotes.verbs.contains(word_before(sentence, at)))) {
      continue;
    }
    std::string part = sentence.substr(begin, at - begin);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (word_count(part) < 3) continue;  // "Te koop: ..." is no sentence of its own
    parts.push_back(capitalized(part) + ".");
    begin = at + 1;
    while (begin < sentence.size() && sentence[begin] == ' ') ++begin;
  }
  parts.push_back(capitalized(std::string_view(sentence).substr(begin)));
  return parts;
}

}  // namespace nieuwslezer
