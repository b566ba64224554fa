#include "text/sentence_splitter.h"

#include "base/strings.h"
#include "base/utf8.h"

namespace nieuwslezer {
namespace {

bool starts_with(std::string_view text, std::size_t pos, std::string_view prefix) {
  return text.substr(pos, prefix.size()) == prefix;
}

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …

// Length of a closing quote or bracket at text[pos], 0 when there is none.
std::size_t closer_length(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  for (const std::string_view closer : {"\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"}) {  // ” ’ »
    if (starts_with(text, pos, closer)) return closer.size();
  }
  return 0;
}

// A sentence may start with a capital, a digit, an opening quote or bracket.
bool opens_sentence(std::string_view text, std::size_t pos) {
  const char32_t cp = utf8::decode(text, pos).value;
  if (utf8::is_upper(cp) || (cp >= '0' && cp <= '9')) return true;
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201E || cp == 0x201C ||
         cp == 0x2018 || cp == 0xAB || cp == 0x2019;
}

// Whether the full stop at text[dot] ends the sentence, given that a capital or digit
// follows. Abbreviations say so in the data ("enz." may, "o.a." and "dr." do not); initials
// ("W. Jansen") and a short month before a year ("1 jan. 2026") do not.
bool full_stop_ends_sentence(std::string_view text, std::size_t dot, std::size_t next,
                             const TextData& data) {
  std::size_t begin = dot;
  while (begin > 0 && dot - begin < 32) {  // abbreviations are short; keeps splitting linear
    std::size_t start = begin - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    const char32_t cp = utf8::decode(text, start).value;
    if (!utf8::is_letter(cp) && cp != '.' && cp != '/') break;
    begin = start;
  }
  const std::string word(text.substr(begin, dot + 1 - begin));
  if (word.size() <= 1) return true;  // "14.30 uur." or "(...)." : nothing to look up
  auto found = data.abbreviations.find(word);
  const utf8::CodePoint first = utf8::decode(word, 0);
  if (found == data.abbreviations.end() && utf8::is_upper(first.value)) {
    // "Bijv." at the start of a sentence is "bijv."; "VS." is not "vs.".
    std::string lowered;
    utf8::append(lowered, utf8::to_lower(first.value));
    lowered += word.substr(first.length);
    found = data.abbreviations.find(lowered);
  }
  if (found != data.abbreviations.end()) return found->second.can_end_sentence;
  // Initials: single capitals each with a dot, "W." or "J.P.".
  bool initials = true;
  for (std::size_t pos = 0; pos < word.size() && initials;) {
    const utf8::CodePoint letter = utf8::decode(word, pos);
    initials = utf8::is_upper(letter.value) && pos + letter.length < word.size() &&
               word[pos + letter.length] == '.';
    pos += letter.length + 1;
  }
  if (initials) return false;
  const std::string letters = word.substr(0, word.size() - 1);
  const char32_t after = utf8::decode(text, next).value;
  if (data.months.contains(utf8::lower(letters)) && after >= '0' && after <= '9') return false;
  return true;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Whether a clause may end after `word`: "Brussel," "zegt:".
bool ends_clause(std::string_view word) {
  return word.ends_with(',') || word.ends_with(';') || word.ends_with(':');
}

// A dash standing alone opens the next clause: "het kabinet – zegt hij – wil".
bool is_dash(std::string_view word) {
  return word == "-" || word == "\xE2\x80\x93" || word == "\xE2\x80\x94";  // - – —
}

// Adds a trimmed sentence, cut into pieces of at most kMaxSentenceWords words:
// each piece ends at its last clause break in its second half, else after its last word.
void add_in_pieces(std::string_view sentence, std::vector<std::string>& out) {
  while (!sentence.empty()) {
    std::size_t words = 0;
    std::size_t cut = sentence.size();  // where this piece ends
    std::size_t clause_end = 0;         // the end of the last clause break seen, 0 = none
    std::size_t pos = 0;
    while (pos < sentence.size()) {
      const std::size_t begin = pos;
      while (pos < sentence.size() && !is_blank(sentence[pos])) ++pos;
      const std::string_view word = sentence.substr(begin, pos - begin);
      if (++words > kMaxSentenceWords) {
        cut = clause_end > 0 ? clause_end : begin;
        break;
      }
      if (words * 2 > kMaxSentenceWords) {
        if (ends_clause(word)) clause_end = pos;
        if (is_dash(word)) clause_end = begin;
      }
      while (pos < sentence.size() && is_blank(sentence[pos])) ++pos;
    }
    std::string_view piece = sentence.substr(0, cut);
    while (!piece.empty() && is_blank(piece.back())) piece.remove_suffix(1);
    out.emplace_back(piece);
    sentence.remove_prefix(cut);
    while (!sentence.empty() && is_blank(sentence.front())) sentence.remove_prefix(1);
  }
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view written, const TextData& data) {
  std::vector<std::string> sentences;
  std::size_t start = 0;
  const auto push = [&](std::size_t end) {
    const std::string_view sentence = trim(written.substr(start, end - start), " \t\r\n");
    if (!sentence.empty()) add_in_pieces(sentence, sentences);
    start = end;
  };
  std::size_t pos = 0;
  while (pos < written.size()) {
    const char c = written[pos];
    if (c == '\n') {
      push(pos);
      ++pos;
      continue;
    }
    const bool ellipsis = starts_with(written, pos, kEllipsis);
    if (c != '.' && c != '!' && c != '?' && !ellipsis) {
      ++pos;
      continue;
    }
    // The terminators ("?!", "...", "…"), then closing quotes and brackets.
    std::size_t end = pos;
    while (end < written.size()) {
      if (written[end] == '.' || written[end] == '!' || written[end] == '?') {
        ++end;
      } else if (starts_with(written, end, kEllipsis)) {
        end += kEllipsis.size();
      } else {
        break;
      }
    }
    const bool single_full_stop = c == '.' && end == pos + 1;
    while (end < written.size()) {
      const std::size_t length = closer_length(written, end);
      if (length == 0) break;
      end += length;
    }
    std::size_t next = end;
    while (next < written.size() && (written[next] == ' ' || written[next] == '\t')) ++next;
    const bool at_end = next >= written.size() || written[next] == '\n' || written[next] == '\r';
    const bool splits =
        at_end || (next > end && opens_sentence(written, next) &&
                   (!single_full_stop || full_stop_ends_sentence(written, pos, next, data)));
    if (splits) push(end);
    pos = end;
  }
  push(written.size());
  return sentences;
}

}  // namespace nieuwslezer
