#include "text/page_residue.h"

#include "base/strings.h"
#include "base/utf8.h"

namespace nieuwslezer {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

std::string_view skip_spaces(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  return text;
}

bool starts_with_capital(std::string_view text) {
  return !text.empty() && utf8::is_upper(utf8::decode(text, 0).value);
}

// `text` starts with `words` as written or, for a capitalized entry, in capitals, and a
// word ends there: "LIVE |" starts with "Live".
bool starts_with_words(std::string_view text, std::string_view words) {
  if (text.size() < words.size()) return false;
  const std::string_view head = text.substr(0, words.size());
  const bool same = head == words || (starts_with_capital(words) && head == utf8::upper(words));
  if (!same) return false;
  if (text.size() == words.size()) return true;
  const char32_t next = utf8::decode(text, words.size()).value;
  return !utf8::is_letter(next) || !utf8::is_letter(utf8::decode(words, words.size() - 1).value);
}

// The first word of `text` and what follows it.
std::string_view skip_word(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && !is_space(text[end])) ++end;
  return text.substr(end);
}

// After a label: a mark, or a capital that starts the real text. Empty optional when the
// label is not one here.
bool after_label(std::string_view& rest) {
  rest = skip_spaces(rest);
  if (!rest.empty() && (rest.front() == ':' || rest.front() == '|' || rest.front() == '-')) {
    rest = skip_spaces(rest.substr(1));
    return true;
  }
  if (rest.starts_with("–") || rest.starts_with("—")) {
    rest = skip_spaces(rest.substr(3));
    return true;
  }
  return starts_with_capital(rest);
}

// After a stamp: "14.05 uur", "om 09.12 uur.", "3 minuten".
bool after_stamp(std::string_view& rest) {
  rest = skip_spaces(rest);
  if (rest.empty() || !is_ascii_digit(rest.front())) return false;
  while (!rest.empty() && (is_ascii_digit(rest.front()) || rest.front() == '.' ||
                           rest.front() == ':' || rest.front() == ',')) {
    rest.remove_prefix(1);
  }
  rest = skip_spaces(rest);
  for (const std::string_view unit : {"uur", "u", "minuten", "minuut", "min"}) {
    if (starts_with_words(rest, unit)) {
      rest = rest.substr(unit.size());
      break;
    }
  }
  if (!rest.empty() && rest.front() == '.') rest.remove_prefix(1);
  rest = skip_spaces(rest);
  return true;
}

// After a byline: "in Brussel".
bool after_byline(std::string_view& rest) {
  rest = skip_spaces(rest);
  if (starts_with_words(rest, "in")) rest = skip_spaces(skip_word(skip_spaces(rest.substr(2))));
  return true;
}

// After a credit: "ANP / Robin Utrecht", "Reuters", "ANP 2026".
bool after_credit(std::string_view& rest) {
  rest = skip_spaces(rest);
  if (!starts_with_capital(rest)) return false;
  rest = skip_spaces(skip_word(rest));
  if (!rest.empty() && rest.front() == '/') {
    rest = skip_spaces(rest.substr(1));
    // Up to two names, when more text follows them ("Robin Utrecht De koning").
    // At the end of the paragraph every name is the credit's ("Robin Utrecht").
    for (int names = 0; names < 2 && starts_with_capital(rest); ++names) {
      const std::string_view after = skip_spaces(skip_word(rest));
      rest = after;
      if (after.empty()) break;
    }
  }
  if (!rest.empty() && is_ascii_digit(rest.front())) rest = skip_spaces(skip_word(rest));
  return true;
}

// Removes one opening piece of residue from `text`; false when there is none.
bool strip_opening(std::string_view& text, const std::vector<Residue>& residue) {
  for (const Residue& entry : residue) {
    if (!starts_with_words(text, entry.words)) continue;
    std::string_view rest = text.substr(entry.words.size());
    bool found = false;
    switch (entry.kind) {
      case Residue::Kind::kLabel:
        found = after_label(rest);
        break;
      case Residue::Kind::kStamp:
        found = after_stamp(rest);
        break;
      case Residue::Kind::kByline:
        found = after_byline(rest);
        break;
      case Residue::Kind::kCredit:
        found = after_credit(rest);
        break;
      case Residue::Kind::kLink:
        found = true;
        rest = {};
        break;
      case Residue::Kind::kSentence:
        break;
    }
    if (found) {
      text = rest;
      return true;
    }
  }
  return false;
}

// Where a link phrase opens a sentence in `text` (after ". ", "! ", "? "), or npos.
std::size_t link_start(std::string_view text, const std::vector<Residue>& residue) {
  for (std::size_t at = 0; at + 2 < text.size(); ++at) {
    const char c = text[at];
    if ((c != '.' && c != '!' && c != '?') || text[at + 1] != ' ') continue;
    const std::string_view rest = text.substr(at + 2);
    for (const Residue& entry : residue) {
      if (entry.kind == Residue::Kind::kLink && starts_with_words(rest, entry.words)) {
        return at + 1;
      }
    }
  }
  return std::string_view::npos;
}

// `text` without the credits that open a sentence inside it: "De boot vaart weer. © ANP
// 2026" -> "De boot vaart weer.", "... weer. Foto: ANP / Robin Utrecht De rederij ..." ->
// "... weer. De rederij ...".
std::string strip_inner_credits(std::string_view text, const std::vector<Residue>& residue) {
  std::string out;
  std::size_t copied = 0;
  for (std::size_t at = 0; at + 2 < text.size(); ++at) {
    const char c = text[at];
    if ((c != '.' && c != '!' && c != '?') || text[at + 1] != ' ') continue;
    for (const Residue& entry : residue) {
      const std::string_view sentence = text.substr(at + 2);
      if (entry.kind != Residue::Kind::kCredit || !starts_with_words(sentence, entry.words)) {
        continue;
      }
      std::string_view rest = sentence.substr(entry.words.size());
      if (!after_credit(rest)) continue;
      out.append(text.substr(copied, at + 1 - copied));
      copied = text.size() - rest.size();
      if (!rest.empty()) out += ' ';
      at = copied;
      break;
    }
  }
  out.append(text.substr(std::min(copied, text.size())));
  return out;
}

}  // namespace

std::string strip_page_residue(std::string_view paragraph, const std::vector<Residue>& residue) {
  std::string_view text = skip_spaces(paragraph);
  for (int pieces = 0; pieces < 4 && strip_opening(text, residue); ++pieces) {
    text = skip_spaces(text);
  }
  text = text.substr(0, std::min(link_start(text, residue), text.size()));
  std::string out = strip_inner_credits(text, residue);
  if (!out.empty() && !starts_with_capital(out)) {
    const utf8::CodePoint first = utf8::decode(out, 0);
    std::string capital;
    utf8::append(capital, utf8::to_upper(first.value));
    out.replace(0, first.length, capital);
  }
  return out;
}

bool is_residue_sentence(std::string_view sentence, const std::vector<Residue>& residue) {
  sentence = skip_spaces(sentence);
  while (!sentence.empty() &&
         (sentence.back() == '.' || sentence.back() == '!' || is_space(sentence.back()))) {
    sentence.remove_suffix(1);
  }
  for (const Residue& entry : residue) {
    if (entry.kind == Residue::Kind::kSentence &&
        (sentence == entry.words || sentence == utf8::upper(entry.words))) {
      return true;
    }
  }
  return false;
}

}  // namespace nieuwslezer
