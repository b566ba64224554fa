#include "text/normalizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <optional>

#include "base/strings.h"
#include "base/utf8.h"
#include "text/acronym_reading.h"
#include "text/dutch_numbers.h"
#include "text/fraction_reading.h"
#include "text/name_language.h"
#include "text/number_reading.h"
#include "text/spoken_builder.h"
#include "text/typography.h"

namespace nieuwslezer {
namespace {

// ---------------------------------------------------------------------------------------
// Tokens: runs of letters, runs of digits, runs of spaces (or line breaks), single symbols.
// Tokens next to each other in the list are written without a space between them.

struct Token {
  enum class Kind { kWord, kNumber, kSpace, kNewline, kPunct };
  Kind kind;
  std::size_t begin;
  std::size_t end;
};
using Kind = Token::Kind;

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t begin = pos;
    const utf8::CodePoint cp = utf8::decode(text, pos);
    Kind kind = Kind::kPunct;
    if (cp.value == ' ' || cp.value == '\n') {
      bool newline = false;
      while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n')) {
        newline = newline || text[pos] == '\n';
        ++pos;
      }
      kind = newline ? Kind::kNewline : Kind::kSpace;
    } else if (is_ascii_digit(cp.value)) {
      while (pos < text.size() && is_ascii_digit(static_cast<unsigned char>(text[pos]))) ++pos;
      kind = Kind::kNumber;
    } else if (utf8::is_letter(cp.value) && cp.value != U'\u0192') {  // ƒ is the guilder sign
      pos += cp.length;
      while (pos < text.size()) {
        const utf8::CodePoint next = utf8::decode(text, pos);
        if (!utf8::is_letter(next.value)) break;
        pos += next.length;
      }
      kind = Kind::kWord;
    } else {
      pos += cp.length;
    }
    tokens.push_back(Token{kind, begin, pos});
  }
  return tokens;
}

bool has_vowel(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size();) {
    const utf8::CodePoint cp = utf8::decode(word, pos);
    pos += cp.length;
    static constexpr std::u32string_view kVowels = U"aeiouyàáâäèéêëìíîïòóôöùúûüý";
    if (kVowels.find(utf8::to_lower(cp.value)) != std::u32string_view::npos) return true;
  }
  return false;
}

bool is_capitalized_name(std::string_view word) {
  if (word.empty()) return false;
  const utf8::CodePoint first = utf8::decode(word, 0);
  return utf8::is_upper(first.value) && !utf8::is_all_upper(word);
}

bool is_top_level_domain(std::string_view part) {
  return one_of(part, {"nl", "be", "com", "org", "net", "eu", "de", "uk", "fr", "io", "info", "nu",
                       "tv", "int", "gov", "edu"});
}

// The length of the host name at the start of `text`: letters, digits, '-' and '.', so
// "nos.nl/artikel/1" -> 6 and "nos.nl:8080" -> 6, and "ww{" -> 2 (nothing else is read).
std::size_t host_name_length(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size()) {
    const utf8::CodePoint cp = utf8::decode(text, end);
    if (!utf8::is_letter(cp.value) && !is_ascii_digit(cp.value) && cp.value != '-' &&
        cp.value != '.') {
      break;
    }
    end += cp.length;
  }
  return end;
}

// Every rule looks at most this many tokens (or bytes) ahead or back, so that reading is
// linear in the input even for pathological text ("A.B.C.D.E...." a megabyte long).
constexpr std::size_t kMaxLookaround = 24;

// "3e", "2de", "21ste" after the digits.
bool is_ordinal_suffix(std::string_view word) {
  return word == "e" || word == "de" || word == "ste";
}

// Digit groups read from glued tokens, and the first token after them.
struct NumberExpression : DigitGroups {
  std::size_t next = 0;
};

// ---------------------------------------------------------------------------------------

class Normalizer {
 public:
  Normalizer(std::string_view text, const TextData& data)
      : text_(text), data_(data), tokens_(tokenize(text)) {
    sport_ = mentions_sport();
    mark_shouting();
  }

  SpokenText run() {
    std::size_t i = 0;
    while (i < tokens_.size()) {
      const std::size_t next = step(i);
      i = next > i ? next : i + 1;
    }
    return out_.finish();
  }

 private:
  using Rule = std::size_t (Normalizer::*)(std::size_t);

  // --- token access -------------------------------------------------------------------

  std::size_t size() const { return tokens_.size(); }
  bool is(std::size_t i, Kind kind) const { return i < size() && tokens_[i].kind == kind; }
  std::string_view tok(std::size_t i) const {
    if (i >= size()) return {};
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  bool is_punct(std::size_t i, std::string_view mark) const {
    return is(i, Kind::kPunct) && tok(i) == mark;
  }
  bool is_alnum(std::size_t i) const { return is(i, Kind::kWord) || is(i, Kind::kNumber); }
  // Skips one space token (never a line break).
  std::size_t skip_space(std::size_t i) const { return is(i, Kind::kSpace) ? i + 1 : i; }
  // The first token at or after byte `offset`, searching from token i.
  std::size_t token_at(std::size_t i, std::size_t offset) const {
    while (i < size() && tokens_[i].begin < offset) ++i;
    return i;
  }
  bool at_item_start(std::size_t i) const { return i == 0 || is(i - 1, Kind::kNewline); }
  bool starts_with_capital(std::size_t i) const {
    return is(i, Kind::kWord) && utf8::is_upper(utf8::decode(tok(i), 0).value);
  }
  // Whether the text after token i begins a new sentence: the end, a line break, or a
  // capital (maybe after a quote).
  bool sentence_starts_at(std::size_t i) const {
    const std::size_t j = skip_space(i);
    if (j >= size() || is(j, Kind::kNewline)) return true;
    if (j == i) return false;
    return starts_with_capital(j) || (is_punct(j, "\"") && starts_with_capital(j + 1));
  }

  bool mentions_sport() const {
    if (data_.score_words.empty()) return false;
    for (std::size_t i = 0; i < size(); ++i) {
      if (is(i, Kind::kWord) && data_.score_words.contains(utf8::lower(tok(i)))) return true;
    }
    return false;
  }

  // --- dispatch -----------------------------------------------------------------------

  std::size_t step(std::size_t i) {
    switch (tokens_[i].kind) {
      case Kind::kSpace:
        return i + 1;
      case Kind::kNewline:
        out_.sentence_end();
        return i + 1;
      default:
        break;
    }
    switch (tokens_[i].kind) {
      case Kind::kWord:
        return word(i);
      case Kind::kNumber:
        return number_token(i);
      default:
        return punctuation(i);
    }
  }

  std::size_t word(std::size_t i) {
    static constexpr std::array<Rule, 12> kRules = {
        &Normalizer::licence_plate, &Normalizer::url,           &Normalizer::email,
        &Normalizer::lexicon,       &Normalizer::abbreviation,  &Normalizer::domain,
        &Normalizer::calendar_word, &Normalizer::currency_code, &Normalizer::roman_numeral,
        &Normalizer::acronym,       &Normalizer::initial,       &Normalizer::foreign_spelling};
    for (const Rule rule : kRules) {
      const std::size_t next = (this->*rule)(i);
      if (next != i) return next;
    }
    say_word(tok(i));  // a number word in the text is given to eSpeak as it reads it right
    return i + 1;
  }

  std::size_t number_token(std::size_t i) {
    static constexpr std::array<Rule, 6> kRules = {
        &Normalizer::email,        &Normalizer::lexicon,  &Normalizer::licence_plate,
        &Normalizer::phone_number, &Normalizer::postcode, &Normalizer::diminutive_number};
    for (const Rule rule : kRules) {
      const std::size_t next = (this->*rule)(i);
      if (next != i) return next;
    }
    return number(i, "", nullptr);
  }

  // --- codes ----------------------------------------------------------------------------

  // Digits one by one, as words: "088" -> "nul acht acht".
  void say_digits(std::string_view digits) { say_words(dutch_digits(digits)); }

  // A telephone number, as it is said: the area code and the number digit by digit with a
  // pause between ("088-1234567" -> "nul acht acht, één twee drie vier vijf zes zeven"), an
  // 0800 or 0900 number as "nul achthonderd" and pairs ("0900-8844" -> "nul negenhonderd,
  // achtentachtig vierenveertig"), and short service numbers ("112") digit by digit unless
  // a noun follows ("112 meldingen").
  std::size_t phone_number(std::size_t i) {
    const std::string_view first = tok(i);
    const bool continues =
        (is_punct(i + 1, ".") || is_punct(i + 1, ",")) && is(i + 2, Kind::kNumber);
    if (data_.service_numbers.contains(std::string(first)) && !is_punct(i + 1, "-") && !continues &&
        !noun_follows(i + 1)) {
      say_digits(first);
      return i + 1;
    }
    if (first.size() < 2 || first.front() != '0') return i;
    std::string_view area = first;
    std::string_view number;
    std::size_t next = i + 1;
    if (is_punct(i + 1, "-") && is(i + 2, Kind::kNumber) && !is_alnum(i + 3) &&
        !is_punct(i + 3, "-")) {
      number = tok(i + 2);
      next = i + 3;
    } else if (first.size() == 10 && first[1] != '0') {
      const std::size_t area_size = first[1] == '6' || first.starts_with("020") ||
                                            first.starts_with("010") || first.starts_with("030")
                                        ? (first[1] == '6' ? 2 : 3)
                                        : 4;
      area = first.substr(0, area_size);
      number = first.substr(area_size);
    } else {
      return i;
    }
    const bool service = area == "0800" || area == "0900" || area == "0906" || area == "0909";
    if (area.size() > 4 || (service ? number.size() < 4 : number.size() < 6) || number.size() > 8) {
      return i;
    }
    if (service) {
      // "nul achthonderd", given as "nul acht honderd": eSpeak reads "0 800" as one number.
      const std::string hundreds = dutch_cardinal(parse_digits(area.substr(1)));
      say_words("nul");
      out_.said_as(hundreds, dutch_cardinal(parse_digits(area.substr(1, 1))) + " honderd");
    } else {
      say_digits(area);
    }
    out_.pause();
    if (service && number.size() == 4) {
      for (const std::string_view pair : {number.substr(0, 2), number.substr(2)}) {
        if (pair.front() == '0') {
          say_digits(pair);
        } else {
          say_words(dutch_cardinal(parse_digits(pair)));
        }
      }
      return next;
    }
    const std::size_t split = number.size() == 7 ? 3 : number.size() / 2;
    say_digits(number.substr(0, split));
    out_.pause();
    say_digits(number.substr(split));
    return next;
  }

  // A postcode: "3011 AB" -> "dertig elf A-B", "1012 JS" -> "tien twaalf J-S".
  std::size_t postcode(std::size_t i) {
    const std::string_view digits = tok(i);
    if (digits.size() != 4 || digits.front() == '0' || !is(i + 1, Kind::kSpace) ||
        !is(i + 2, Kind::kWord) || is_alnum(i + 3) || is_punct(i + 3, "-")) {
      return i;
    }
    const std::string_view letters = tok(i + 2);
    if (letters.size() != 2 || !utf8::is_all_upper(letters) || letter_count(letters) != 2 ||
        data_.acronyms.contains(std::string(letters))) {
      return i;
    }
    for (const std::string_view pair : {digits.substr(0, 2), digits.substr(2)}) {
      if (pair.front() == '0') {
        say_digits(pair);
      } else {
        say_words(dutch_cardinal(parse_digits(pair)));
      }
    }
    say_spelled(letters);
    return i + 3;
  }

  // "een 8'je", "A4'tje", "twee A4-tjes" -> "achtje", "viertje", "viertjes".
  std::size_t diminutive_number(std::size_t i) {
    if (!is_punct(i + 1, "'") && !is_punct(i + 1, "-")) return i;
    if (!is(i + 2, Kind::kWord) || is_alnum(i + 3)) return i;
    const std::string_view suffix = tok(i + 2);
    if (suffix != "tje" && suffix != "tjes" && suffix != "je" && suffix != "jes") return i;
    const std::int64_t value = parse_digits(tok(i));
    if (value < 0 || value > 100 || has_leading_zero(tok(i))) return i;
    say_words(dutch_cardinal(value) + std::string(suffix));
    return i + 3;
  }

  // A Dutch licence plate, three groups of capitals or digits with hyphens: "XT-123-B" ->
  // "X-T, één twee drie, B": letters spelled, digits one by one.
  std::size_t licence_plate(std::size_t i) {
    std::vector<std::string_view> groups;
    std::size_t j = i;
    for (;;) {
      if (!is(j, Kind::kWord) && !is(j, Kind::kNumber)) return i;
      const std::string_view group = tok(j);
      if (group.size() > 3 || (is(j, Kind::kWord) && !utf8::is_all_upper(group))) return i;
      groups.push_back(group);
      if (groups.size() == 3) break;
      if (!is_punct(j + 1, "-")) return i;
      j += 2;
    }
    if (is_alnum(j + 1) || is_punct(j + 1, "-")) return i;
    const bool letters = std::any_of(groups.begin(), groups.end(), [](std::string_view g) {
      return !g.empty() && !is_ascii_digit(static_cast<unsigned char>(g.front()));
    });
    const bool digits = std::any_of(groups.begin(), groups.end(), [](std::string_view g) {
      return !g.empty() && is_ascii_digit(static_cast<unsigned char>(g.front()));
    });
    std::size_t length = 0;
    for (const std::string_view g : groups) length += g.size();
    if (!letters || !digits || length < 6 || length > 8) return i;
    for (const std::string_view group : groups) {
      if (is_ascii_digit(static_cast<unsigned char>(group.front()))) {
        say_digits(group);
      } else {
        say_spelled(group);
      }
      out_.pause();
    }
    return j + 1;
  }

  // --- page residue -------------------------------------------------------------------

  // "https://www.nos.nl/artikel/123" and "www.nos.nl" -> "nos punt nl".
  std::size_t url(std::size_t i) {
    const std::size_t begin = tokens_[i].begin;
    const std::string_view rest = text_.substr(begin);
    std::size_t host_begin = 0;
    if (starts_with_ignoring_case(rest, "https://")) {
      host_begin = 8;
    } else if (starts_with_ignoring_case(rest, "http://")) {
      host_begin = 7;
    } else if (!starts_with_ignoring_case(rest, "www.")) {
      return i;
    }
    std::size_t end = std::min(rest.find_first_of(" \n"), rest.size());
    while (end > host_begin && std::strchr(".,;:!?)]'\"", rest[end - 1]) != nullptr) --end;
    std::string_view host = rest.substr(host_begin, end - host_begin);
    host = host.substr(0, host_name_length(host));
    const std::string_view path =
        rest.substr(host_begin + host.size(), end - host_begin - host.size());
    if (starts_with_ignoring_case(host, "www.")) host.remove_prefix(4);
    say_domain(host);
    say_path(path);
    return token_at(i, begin + end);
  }

  // A short path of words is said ("/aangifte" -> "slash aangifte"), as one says an address
  // people can type; a long one, or one with digits ("/artikel/123-abc"), is not.
  void say_path(std::string_view path) {
    if (path.size() < 2 || path.front() != '/') return;
    std::vector<std::string_view> parts;
    std::size_t pos = 1;
    while (pos <= path.size()) {
      const std::size_t slash = std::min(path.find('/', pos), path.size());
      const std::string_view part = path.substr(pos, slash - pos);
      if (!part.empty()) parts.push_back(part);
      pos = slash + 1;
    }
    if (parts.empty() || parts.size() > 2) return;
    for (const std::string_view part : parts) {
      // Words joined by single hyphens ("/nieuws-kort"); "/-ike" or "/a--b" is no word.
      if (part.size() > 24 || part.front() == '-' || part.back() == '-' ||
          part.find("--") != std::string_view::npos) {
        return;
      }
      for (std::size_t k = 0; k < part.size();) {
        const utf8::CodePoint cp = utf8::decode(part, k);
        if (!utf8::is_letter(cp.value) && cp.value != '-') return;
        k += cp.length;
      }
    }
    for (const std::string_view part : parts) {
      say_words("slash");
      say_domain_label(part, false);
    }
  }

  // "anp.nl" -> "A-N-P punt N-L": each label as a word, a known acronym as in acronyms.tsv,
  // a label without a vowel and a two-letter top-level domain spelled.
  void say_domain(std::string_view host) {
    bool first = true;
    while (!host.empty()) {
      const std::size_t dot = std::min(host.find('.'), host.size());
      std::string_view label = host.substr(0, dot);
      host = dot < host.size() ? host.substr(dot + 1) : std::string_view{};
      // A hyphen is said only inside a name: "-rtl-nieuws-" -> "rtl-nieuws".
      while (!label.empty() && label.front() == '-') label.remove_prefix(1);
      while (!label.empty() && label.back() == '-') label.remove_suffix(1);
      if (label.empty()) continue;
      if (!first) say_words("punt");
      first = false;
      say_domain_label(label, host.empty());
    }
  }

  // One label of a host name, or a part of a path: "anp" -> "A-N-P", "nl" (top level) ->
  // "N-L", "gemeente-utrecht" -> "gemeente streepje utrecht".
  void say_domain_label(std::string_view label, bool top_level) {
    // Hyphens are said once between the words they join: "os--nos" -> "os streepje nos".
    while (!label.empty() && label.front() == '-') label.remove_prefix(1);
    while (!label.empty() && label.back() == '-') label.remove_suffix(1);
    if (label.empty()) return;
    const std::size_t hyphen = label.find('-');
    if (hyphen != std::string_view::npos) {
      say_domain_label(label.substr(0, hyphen), false);
      say_words("streepje");
      say_domain_label(label.substr(hyphen + 1), top_level);
      return;
    }
    const std::string part = utf8::lower(label);
    if (const auto acronym = data_.acronyms.find(utf8::upper(part));
        acronym != data_.acronyms.end()) {
      say_acronym(acronym->first, acronym->second);
    } else if ((top_level && letter_count(part) == 2) || !has_vowel(part)) {
      say_spelled(part);
    } else {
      say_words(part);
    }
  }

  // "nu.nl", "NU.nl" -> "nu punt nl".
  std::size_t domain(std::size_t i) {
    std::size_t j = i;
    std::vector<std::string_view> parts{tok(i)};
    while (is_punct(j + 1, ".") && is_alnum(j + 2) && j - i < kMaxLookaround) {
      parts.push_back(tok(j + 2));
      j += 2;
    }
    if (parts.size() < 2 || !is_top_level_domain(parts.back())) return i;
    say_domain(text_.substr(tokens_[i].begin, tokens_[j].end - tokens_[i].begin));
    // "knmi.nl/waarschuwingen": the path, up to the next space.
    if (is_punct(j + 1, "/")) {
      const std::size_t path_begin = tokens_[j + 1].begin;
      std::size_t path_end = std::min(text_.find_first_of(" \n", path_begin), text_.size());
      while (path_end > path_begin && std::strchr(".,;:!?)]'\"", text_[path_end - 1]) != nullptr)
        --path_end;
      say_path(text_.substr(path_begin, path_end - path_begin));
      return token_at(j + 1, path_end);
    }
    return j + 1;
  }

  // An e-mail address is read the way people say it:
  // "redactie@anp.nl" -> "redactie apenstaartje A-N-P punt nl".
  std::size_t email(std::size_t i) {
    const auto local_char = [](char c) {
      return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    };
    std::size_t pos = tokens_[i].begin;
    const std::size_t limit = std::min(text_.size(), pos + 64);
    while (pos < limit && local_char(text_[pos])) ++pos;
    if (pos >= text_.size() || text_[pos] != '@') return i;
    std::size_t end = pos + 1;
    bool has_dot = false;
    while (end < text_.size() && end - pos < 255) {  // a domain name has at most 253
      const char c = text_[end];
      const bool inner_dot = c == '.' && end + 1 < text_.size() && is_ascii_alnum(text_[end + 1]);
      if (!is_ascii_alnum(c) && c != '-' && !inner_dot) break;
      has_dot = has_dot || inner_dot;
      ++end;
    }
    if (!has_dot) return i;
    std::string local;
    for (const char c : text_.substr(tokens_[i].begin, pos - tokens_[i].begin)) {
      local += is_ascii_alnum(c) ? std::string(1, c) : c == '.' ? " punt " : " ";
    }
    out_.word(utf8::lower(local));
    say_words("apenstaartje");
    say_domain(text_.substr(pos + 1, end - pos - 1));
    return token_at(i, end);
  }

  // A handle or hashtag is read as its name: "@NOS" -> "Nos", "#Brexit" -> "Brexit".
  std::size_t handle(std::size_t i) {
    if (is_alnum(i - 1) || !is_alnum(i + 1)) return i;
    return i + 1;
  }

  // "(ANP)", "(ANP/AFP)", "(ANP/Bloomberg)", "(Foto: ANP)" -> "": credits are never spoken.
  std::size_t credit(std::size_t i) {
    std::size_t j = skip_space(i + 1);
    if (is(j, Kind::kWord) &&
        one_of(utf8::lower(tok(j)), {"foto", "foto's", "beeld", "video", "bron"})) {
      j = skip_space(j + 1);
      if (is_punct(j, ":")) j = skip_space(j + 1);
    }
    bool agency = false;
    while (is(j, Kind::kWord) && j - i < kMaxLookaround) {
      if (data_.agencies.contains(utf8::upper(tok(j)))) {
        agency = true;
      } else if (!utf8::is_all_upper(tok(j))) {
        return i;
      }
      j = skip_space(j + 1);
      if (!is_punct(j, "/") && !is_punct(j, ",")) break;
      j = skip_space(j + 1);
    }
    if (!agency || !is_punct(j, ")")) return i;
    return j + 1;
  }

  // --- lexicon, abbreviations, acronyms -------------------------------------------------

  // "The Washington Post" -> an English run; "Orbán" -> "Orbaan". Exact case, whole words.
  std::size_t lexicon(std::size_t i) {
    if (const std::size_t next = lexicon_as_written(i, false); next != i) return next;
    return starts_with_capital(i) ? lexicon_as_written(i, true) : i;
  }

  // The lexicon entry the text at token i starts with; `lowered`: the text's first letter
  // taken in lower case, so that "Akkoord" at the start of a sentence finds "akkoord".
  std::size_t lexicon_as_written(std::size_t i, bool lowered) {
    std::string key(tok(i));
    std::string start;  // the text's first letter as the entry writes it
    const utf8::CodePoint first = utf8::decode(key, 0);
    if (lowered) {
      utf8::append(start, utf8::to_lower(first.value));
      if (start == key.substr(0, first.length)) return i;  // no capital to lower
      key = start + key.substr(first.length);
    }
    const auto found = data_.lexicon.find(key);
    if (found == data_.lexicon.end()) return i;
    const std::size_t begin = tokens_[i].begin;
    for (const LexiconEntry& entry : found->second) {
      // The entry as the text writes it: its first letter as a capital when `lowered`.
      const std::string_view rest = std::string_view(entry.written).substr(start.size());
      const std::size_t skip = lowered ? first.length : 0;
      if (!entry.written.starts_with(start) || text_.substr(begin + skip, rest.size()) != rest) {
        continue;
      }
      const std::size_t end = begin + skip + rest.size();
      if (end < text_.size()) {
        const char32_t next = utf8::decode(text_, end).value;
        if (utf8::is_letter(next) || is_ascii_digit(next)) continue;
      }
      const std::string_view shown = text_.substr(begin, end - begin);
      if (!entry.phonemes.empty()) {
        out_.phonemes(shown, entry.phonemes);
      } else if (entry.language.empty()) {
        // "uit de WOII" -> "uit de Tweede Wereldoorlog": the text's own "de" is enough.
        std::string_view spoken = entry.spoken;
        if (spoken.starts_with("de ") && i >= 2 && is(i - 1, Kind::kSpace) &&
            utf8::lower(tok(i - 2)) == "de") {
          spoken.remove_prefix(3);
        }
        say_words(lowered ? utf8::capitalize(spoken) : std::string(spoken));
      } else {
        out_.foreign(entry.language, shown, entry.spoken);
      }
      return token_at(i, end);
    }
    return i;
  }

  // A name no lexicon has whose spelling is foreign ("Fouquet", "Wałęsa"): read by the voice
  // of that language, its phonemes mapped to Dutch.
  std::size_t foreign_spelling(std::size_t i) {
    const std::string_view word = tok(i);
    const std::string_view language = language_by_spelling(word, data_.spelling_cues);
    if (language.empty()) return i;
    out_.foreign(language, word, word);
    return i + 1;
  }

  // "o.a." -> "onder andere", "t/m" -> "tot en met", "Bijv." -> "Bijvoorbeeld".
  std::size_t abbreviation(std::size_t i) {
    const std::size_t begin = tokens_[i].begin;
    std::size_t end = begin;
    while (end < text_.size() && end - begin < 24) {
      const utf8::CodePoint cp = utf8::decode(text_, end);
      if (!utf8::is_letter(cp.value) && cp.value != '.' && cp.value != '/') break;
      end += cp.length;
    }
    const std::string_view run = text_.substr(begin, end - begin);
    // The whole run, then without a final dot ("huis." is a word and a full stop).
    const std::array<std::string_view, 2> candidates = {
        run, run.size() > 1 && run.back() == '.' ? run.substr(0, run.size() - 1) : run};
    for (const std::string_view candidate : candidates) {
      const Abbreviation* found = nullptr;
      bool capital = false;
      if (const auto exact = data_.abbreviations.find(std::string(candidate));
          exact != data_.abbreviations.end()) {
        found = &exact->second;
      } else if (starts_with_capital(i)) {
        const utf8::CodePoint first = utf8::decode(candidate, 0);
        std::string lowered;
        utf8::append(lowered, utf8::to_lower(first.value));
        lowered += candidate.substr(first.length);
        if (const auto lower = data_.abbreviations.find(lowered);
            lower != data_.abbreviations.end()) {
          found = &lower->second;
          capital = true;
        }
      }
      if (found == nullptr) continue;
      say_words(capital ? utf8::capitalize(found->spoken) : found->spoken);
      const std::size_t next = token_at(i, begin + candidate.size());
      if (candidate.back() == '.' && found->can_end_sentence && sentence_starts_at(next)) {
        out_.sentence_end();
      }
      return next;
    }
    return i;
  }

  // "ma 3 nov" -> "maandag 3 november" (a weekday only before a date); "nov. 2026" ->
  // "november 2026".
  std::size_t calendar_word(std::size_t i) {
    const std::string lower = utf8::lower(tok(i));
    std::size_t after = i + 1;
    if (is_punct(after, ".")) ++after;
    if (const auto weekday = data_.weekdays.find(lower); weekday != data_.weekdays.end()) {
      // "ma-vr", "ma t/m vr" -> "maandag tot en met vrijdag"
      if (const std::size_t end = weekday_range(i, weekday->second); end != i) return end;
      const std::size_t day = skip_space(after);
      if (!before_date(day, after) && !after_time_word(i)) return i;
      say_words(starts_with_capital(i) ? utf8::capitalize(weekday->second) : weekday->second);
      return after;
    }
    if (const auto month = data_.months.find(lower); month != data_.months.end()) {
      const std::string& name = data_.month_names[static_cast<std::size_t>(month->second)];
      const std::size_t year = skip_space(after);
      if (lower == name || year == after || !is(year, Kind::kNumber) || tok(year).size() != 4) {
        return i;
      }
      say_words(name);
      return after;
    }
    return i;
  }

  // Whether a weekday (ending before token `after`) is followed by a date from token `day`:
  // "ma 3 nov", "di 12/5", "vr 3 t/m zo 5 juli", and "vr 12 op za 13 april" (a day's number
  // and "op", "en", "tot"); not "zat 7½ jaar".
  bool before_date(std::size_t day, std::size_t after) const {
    if (day == after || !is(day, Kind::kNumber)) return false;
    const int day_number = small_number(tok(day));
    if (day_number < 1 || day_number > 31) return false;
    if (is_punct(day + 1, "/") && is(day + 2, Kind::kNumber)) {  // "12/5"
      const int month = small_number(tok(day + 2));
      return month >= 1 && month <= 12 && !is_punct(day + 3, "/");
    }
    const std::size_t next = skip_space(day + 1);
    if (next == day + 1) return false;
    if (is(next, Kind::kWord) && data_.months.contains(utf8::lower(tok(next)))) return true;
    if (utf8::lower(tok(next)) == "t" && is_punct(next + 1, "/") &&
        utf8::lower(tok(next + 2)) == "m") {
      return true;  // "vr 3 t/m zo 5 juli"
    }
    return one_of(tok(next), {"op", "en", "tot"});
  }

  // A weekday's name or its abbreviation: "dinsdag", "di", "din".
  bool is_weekday(const std::string& lower) const {
    if (data_.weekdays.contains(lower)) return true;
    return std::any_of(data_.weekdays.begin(), data_.weekdays.end(),
                       [&](const auto& entry) { return entry.second == lower; });
  }

  // Whether the word before the two-letter weekday at token i says a day is meant: "sinds
  // ma", "voor za", "vanaf wo" (not "voor zon", where "zon" is the sun).
  bool after_time_word(std::size_t i) const {
    if (tok(i).size() != 2 || i < 2 || !is(i - 1, Kind::kSpace) || !is(i - 2, Kind::kWord)) {
      return false;
    }
    return one_of(utf8::lower(tok(i - 2)),
                  {"sinds", "vanaf", "tot", "voor", "vóór", "uiterlijk", "komende", "afgelopen",
                   "vorige", "volgende", "elke", "iedere"});
  }

  // "ma-vr" and "ma t/m vr" (from token i, whose weekday is `first`) -> "maandag tot en met
  // vrijdag"; i when no weekday range starts here.
  std::size_t weekday_range(std::size_t i, const std::string& first) {
    std::size_t j = i + 1;
    if (is_punct(j, ".")) ++j;
    if (is_punct(j, "-")) {
      ++j;
    } else if (is(j, Kind::kSpace) && utf8::lower(tok(j + 1)) == "t" && is_punct(j + 2, "/") &&
               utf8::lower(tok(j + 3)) == "m" && is(j + 4, Kind::kSpace)) {
      j += 5;
    } else {
      return i;
    }
    if (!is(j, Kind::kWord)) return i;
    const auto last = data_.weekdays.find(utf8::lower(tok(j)));
    if (last == data_.weekdays.end()) return i;
    say_words(starts_with_capital(i) ? utf8::capitalize(first) : first);
    say_words("tot en met");
    say_words(last->second);
    return is_punct(j + 1, ".") && !sentence_starts_at(j + 2) ? j + 2 : j + 1;
  }

  // A currency code before an amount: "EUR 500" -> "500 euro", "USD 3 mld" -> "3 miljard dollar".
  std::size_t currency_code(std::size_t i) {
    const auto unit = data_.units.find(std::string(tok(i)));
    if (unit == data_.units.end() || unit->second.kind != Unit::Kind::kCurrency ||
        !utf8::is_all_upper(tok(i)) || !is(i + 1, Kind::kSpace) || !is(i + 2, Kind::kNumber)) {
      return i;
    }
    return number(i + 2, "", &unit->second);
  }

  // Whether the name before token i (a word, or two: "Juan Carlos") is a regnal name.
  bool after_regnal_name(std::size_t i) const {
    if (i < 2 || !is(i - 1, Kind::kSpace) || !is(i - 2, Kind::kWord)) return false;
    if (data_.regnal_names.contains(std::string(tok(i - 2)))) return true;
    return i >= 4 && is(i - 3, Kind::kSpace) && is(i - 4, Kind::kWord) &&
           data_.regnal_names.contains(std::string(tok(i - 4)) + " " + std::string(tok(i - 2)));
  }

  // A Roman numeral right after a name. After a regnal name (regnal_names.tsv) it is an
  // ordinal, "I", "V" and "X" too: "Willem I" -> "Willem de eerste", "paus Leo XIV" -> "Leo de
  // veertiende". After another name, or a word of numbered_nouns.tsv, it is a number:
  // "kabinet-Lubbers III" -> "Lubbers 3", "hoofdstuk IV" -> "hoofdstuk 4". With "e" before
  // "eeuw" a century: "de XVe eeuw" -> "de vijftiende eeuw". Elsewhere it is letters:
  // "vitamine C", "groep V".
  std::size_t roman_numeral(std::size_t i) {
    const std::string_view w = tok(i);
    // "de XVe eeuw", "de XIXde eeuw" -> "de vijftiende eeuw", "de negentiende eeuw".
    for (const std::string_view ending : {"de", "e"}) {
      if (w.size() > ending.size() + 1 && w.ends_with(ending)) {
        const std::string_view numeral = w.substr(0, w.size() - ending.size());
        const int century = numeral == "I"   ? 1
                            : numeral == "V" ? 5
                            : numeral == "X" ? 10
                                             : roman_value(numeral);
        if (century > 0 && is(i + 1, Kind::kSpace) && utf8::lower(tok(i + 2)) == "eeuw") {
          say_words(dutch_ordinal(century));
          return i + 1;
        }
      }
    }
    const bool regnal = after_regnal_name(i);
    // "kabinet-Schoof I", "kabinet-Rutte IV": a cabinet's number, a single letter too.
    const bool cabinet = i >= 4 && is(i - 1, Kind::kSpace) && is_capitalized_name(tok(i - 2)) &&
                         is_punct(i - 3, "-") && utf8::lower(tok(i - 4)) == "kabinet";
    int value = roman_value(w);
    if ((regnal || cabinet) && value == 0) value = w == "I" ? 1 : w == "V" ? 5 : w == "X" ? 10 : 0;
    if (value == 0 || (!regnal && data_.acronyms.contains(std::string(w)))) return i;
    const bool after_word = i >= 2 && is(i - 1, Kind::kSpace) && is(i - 2, Kind::kWord);
    if (regnal) {
      say_words("de " + dutch_ordinal(value));
    } else if (after_word && (is_capitalized_name(tok(i - 2)) ||
                              data_.numbered_nouns.contains(utf8::lower(tok(i - 2))))) {
      say_words(std::to_string(value));
    } else {
      return i;
    }
    return i + 1;
  }

  // Letters said by their Dutch names, shown hyphenated: "ANP" -> "A-N-P" said
  // ",a:,En'pe:"; with a suffix from letters.tsv: ("CDA", "'ers") -> "C-D-A'ers".
  void say_spelled(std::string_view written, std::string_view suffix = "") {
    const std::string shown = spell_letters(written) + std::string(suffix);
    const std::string phonemes = spelled_phonemes(written, data_.letter_names, utf8::lower(suffix));
    if (phonemes.empty()) {
      say_words(shown);
    } else {
      out_.phonemes(shown, phonemes);
    }
  }

  // "ANP" spelled, "NAVO" as a word ("Navo"), "D66" -> "dee zesenzestig".
  void say_acronym(std::string_view written, const AcronymReading& reading,
                   std::string_view suffix = "") {
    switch (reading.style) {
      case AcronymReading::Style::kSpell:
        say_spelled(written, suffix);
        return;
      case AcronymReading::Style::kWord:
        say_words(utf8::capitalize(utf8::lower(written)) + std::string(suffix));
        return;
      case AcronymReading::Style::kSpoken:
        if (reading.spoken.starts_with("[[") && reading.spoken.ends_with("]]")) {
          out_.phonemes(written, reading.spoken.substr(2, reading.spoken.size() - 4));
        } else {
          say_words(reading.spoken + std::string(suffix));
        }
        return;
    }
  }

  // Capital words in a row, three or more and mostly not known acronyms, are shouting:
  // "LET OP: DIT IS BELANGRIJK" is read as words, not as "L-E-T O-P". One linear pass.
  void mark_shouting() {
    shouting_.assign(size(), false);
    std::size_t i = 0;
    while (i < size()) {
      if (!is(i, Kind::kWord) || !utf8::is_all_upper(tok(i))) {
        ++i;
        continue;
      }
      std::vector<std::size_t> words;
      std::size_t j = i;
      while (is(j, Kind::kWord) && utf8::is_all_upper(tok(j))) {
        words.push_back(j);
        std::size_t k = j + 1;
        if (is_punct(k, ":") || is_punct(k, ",")) ++k;
        if (!is(k, Kind::kSpace)) break;
        j = k + 1;
      }
      const auto unknown = std::count_if(words.begin(), words.end(), [&](std::size_t w) {
        return !data_.acronyms.contains(std::string(tok(w)));
      });
      if (words.size() >= 3 && static_cast<std::size_t>(unknown) * 2 > words.size()) {
        for (const std::size_t w : words) shouting_[w] = true;
      }
      i = words.back() + 1;
    }
  }

  bool shouting(std::size_t i) const { return i < shouting_.size() && shouting_[i]; }

  // An acronym read as a word and the word after its hyphen, as the one word Dutch makes
  // of them, stressed on the acronym: "NAVO-top" -> "Navotop" (eSpeak stresses both halves
  // of "Navo-top"). i when no lower-case word follows the hyphen.
  std::size_t word_compound(std::size_t i) {
    if (!is_punct(i + 1, "-") || !is(i + 2, Kind::kWord) || starts_with_capital(i + 2) ||
        is_alnum(i + 3) || is_punct(i + 3, "-") || has_vowel(tok(i + 2).substr(0, 1))) {
      return i;  // "HAVO-examens" keeps its hyphen: "Havoexamens" runs the vowels together
    }
    say_words(utf8::capitalize(utf8::lower(tok(i))) + std::string(tok(i + 2)));
    return i + 3;
  }

  // An apostrophe suffix after letters that letters.tsv knows: "CDA'ers" -> "'ers".
  std::string_view letter_suffix(std::size_t i) const {
    if (!is_punct(i, "'") || !is(i + 1, Kind::kWord) || is_alnum(i + 2)) return {};
    const std::string_view suffix =
        text_.substr(tokens_[i].begin, tokens_[i + 1].end - tokens_[i].begin);
    return data_.letter_names.contains(utf8::lower(suffix)) ? suffix : std::string_view{};
  }

  // Whether a lower-case or mixed-case word is letters to spell: no vowel at all ("ggz",
  // "pvv", "kvk") or, mixed, at most four letters with two capitals ("KvK", "VvE").
  bool spelled_by_rule(std::string_view w) const {
    const std::size_t letters = letter_count(w);
    if (letters < 2 || letters > 6) return false;
    if (!has_vowel(w))
      return !one_of(utf8::lower(w),
                     {"hm", "hmm", "pff", "sst", "psst", "brr", "grr", "st", "mm", "mmm"});
    std::size_t capitals = 0;
    for (std::size_t pos = 0; pos < w.size();) {
      const utf8::CodePoint cp = utf8::decode(w, pos);
      if (utf8::is_upper(cp.value)) ++capitals;
      pos += cp.length;
    }
    return letters <= 4 && capitals >= 2 && !utf8::is_all_upper(w);
  }

  // "ANP" -> "A-N-P", "NAVO" -> "Navo", "D66" -> "dee zesenzestig" (acronyms.tsv), unknown
  // ones by rule: "KNMI" -> "K-N-M-I", "UNICEF" -> "Unicef", "MH17" -> "M-H-17", "ggz" and
  // "KvK" spelled; "CDA'ers" with its suffix.
  std::size_t acronym(std::size_t i) {
    const std::string w(tok(i));
    if (is(i + 1, Kind::kNumber)) {
      const std::string with_digits = w + std::string(tok(i + 1));
      if (const auto found = data_.acronyms.find(with_digits);
          found != data_.acronyms.end() && found->second.style != AcronymReading::Style::kSpell) {
        say_acronym(with_digits, found->second);
        return i + 2;
      }
      if (!utf8::is_all_upper(w) && !data_.acronyms.contains(with_digits)) return i;
      const auto found = data_.acronyms.find(w);
      if (found != data_.acronyms.end() && found->second.style == AcronymReading::Style::kSpoken) {
        say_words(found->second.spoken);
      } else {
        say_spelled(w);
      }
      // No hyphen for eSpeak: after phonemes it reads "Q-3" as "Q min drie". A flight
      // number's four digits are two pairs: "KL1234" -> "K-L twaalf vierendertig".
      const std::string_view digits = tok(i + 1);
      if (const std::size_t end = diminutive_number(i + 1); end != i + 1) return end;  // A4'tje
      if (digits.size() == 4 && digits.front() != '0' && digits[2] != '0') {
        say_words(dutch_cardinal(parse_digits(digits.substr(0, 2))));
        say_words(dutch_cardinal(parse_digits(digits.substr(2))));
      } else {
        say_words(digits);
      }
      return i + 2;
    }
    const std::string_view suffix = letter_suffix(i + 1);
    const std::size_t next = suffix.empty() ? i + 1 : i + 3;
    if (const auto found = data_.acronyms.find(w); found != data_.acronyms.end()) {
      if (found->second.style == AcronymReading::Style::kWord) {
        if (const std::size_t glued = word_compound(i); glued != i) return glued;
      }
      say_acronym(w, found->second, suffix);
      return next;
    }
    if (!utf8::is_all_upper(w)) {
      if (!spelled_by_rule(w)) return i;
      say_spelled(w, suffix);
      return next;
    }
    if (letter_count(w) < 2) return i;
    if (shouting(i)) {
      say_words(utf8::lower(w));
      return i + 1;
    }
    AcronymReading reading;
    reading.style = reads_as_word(w) ? AcronymReading::Style::kWord : AcronymReading::Style::kSpell;
    if (reading.style == AcronymReading::Style::kWord) {
      if (const std::size_t glued = word_compound(i); glued != i) return glued;
    }
    say_acronym(w, reading, suffix);
    return next;
  }

  // Initials before a name keep no full stop: "W. Jansen" -> "W Jansen",
  // "J.P. Balkenende" -> "J-P Balkenende". Two or more elsewhere are read as letters, the
  // last full stop ending the sentence only where nothing follows: "in Washington D.C. over"
  // -> "in Washington D-C over", "naar Washington D.C." -> "naar Washington D-C.".
  std::size_t initial(std::size_t i) {
    std::string letters;
    std::size_t j = i;
    while (is(j, Kind::kWord) && letter_count(tok(j)) == 1 && starts_with_capital(j) &&
           is_punct(j + 1, ".") && j - i < kMaxLookaround) {
      letters += tok(j);
      j += 2;
    }
    if (j == i) return i;
    if (is(j, Kind::kSpace) && starts_with_capital(j + 1)) {
      say_spelled(letters);
      return j;
    }
    if (j - i < 4 || is_alnum(j)) return i;  // "vitamine C.", "U.S.A"
    say_spelled(letters);
    const std::size_t next = skip_space(j);
    if (!is_alnum(next) && !is(next, Kind::kPunct)) out_.sentence_end();
    return j;
  }

  // --- punctuation and symbols --------------------------------------------------------

  std::size_t punctuation(std::size_t i) {
    const std::string_view mark = tok(i);
    if (mark.size() == 1) {
      switch (mark[0]) {
        case '.':
          return dots(i);
        case ',':
        case ';':
        case ':':
        case '!':
        case '?':
          out_.punct(mark[0]);
          return i + 1;
        case '(':
        case '[':
        case '{': {
          const std::size_t next = credit(i);
          if (next == i) out_.pause();
          return next == i ? i + 1 : next;
        }
        case ')':
        case ']':
        case '}':
          out_.pause();
          return i + 1;
        case '"':
          return i + 1;  // quotes are not read; the voice's phrasing carries them
        case '\'':
          return apostrophe(i);
        case '-':
          return hyphen(i);
        case '+':
          if (is_sign(i)) return number(i + 1, "plus", nullptr);
          if (tok(i + 1) == "NAP") {  // "44,5 m +NAP" -> "44,5 meter boven N-A-P"
            say_words("boven");
            return i + 1;
          }
          break;
        case '@': {
          const std::size_t next = handle(i);
          if (next != i) return next;
          break;
        }
        case '#': {
          const std::size_t next = handle(i);
          if (next != i && is(i + 1, Kind::kWord)) return next;
          break;
        }
        case '_':
          if (is_alnum(i - 1) && is_alnum(i + 1)) return i + 1;  // "@nos_nl" -> "nos nl"
          break;
        case '/':
          if (is(i - 1, Kind::kSpace) && is(i + 1, Kind::kSpace)) out_.pause();
          return i + 1;
        default:
          break;
      }
    }
    if (const auto unit = data_.units.find(std::string(mark)); unit != data_.units.end()) {
      if (unit->second.kind == Unit::Kind::kCurrency) {
        const std::size_t amount = skip_space(i + 1);
        if (is(amount, Kind::kNumber)) return number(amount, "", &unit->second);
      }
      say_words(unit->second.spoken);
      return i + 1;
    }
    if (const Fraction fraction = vulgar_fraction(mark); fraction.denominator != 0) {
      return say_fraction_at(0, fraction, i + 1);
    }
    if (const auto symbol = data_.symbols.find(std::string(mark)); symbol != data_.symbols.end()) {
      if (symbol->second == ",") {
        out_.pause();
      } else {
        say_words(symbol->second);
      }
    }
    return i + 1;  // anything else is not read
  }

  // "..." -> a pause, or a full stop before a new sentence.
  std::size_t dots(std::size_t i) {
    std::size_t j = i;
    while (is_punct(j, ".")) ++j;
    if (j - i >= 2) {
      const std::size_t next = skip_space(j);
      const bool lower_next = is(next, Kind::kWord) && !starts_with_capital(next);
      if (lower_next) {
        out_.pause();
      } else {
        out_.sentence_end();
      }
      return j;
    }
    out_.sentence_end();
    return i + 1;
  }

  // "auto's", "CDA'ers", "zo'n", "'s-Hertogenbosch", "'s avonds" keep their apostrophe;
  // as a quote mark it is not read.
  std::size_t apostrophe(std::size_t i) {
    const bool after_word = is_alnum(i - 1);
    if (after_word && is(i + 1, Kind::kWord)) {
      out_.join("'");
      return i + 1;
    }
    if (!after_word && is(i + 1, Kind::kWord) && !is_alnum(i + 2)) {
      const std::string lower = utf8::lower(tok(i + 1));
      if (lower == "s" || lower == "t" || lower == "n") {
        say_words("'" + lower);
        return i + 2;
      }
    }
    return i + 1;  // "'80" -> "80"; a quote mark -> nothing
  }

  // Whether names from token i run to a result that ends the text: "RKC Waalwijk 2-2".
  bool result_follows(std::size_t i) const {
    while (is(i, Kind::kWord) || is(i, Kind::kSpace)) ++i;
    if (i == 0 || !is(i - 1, Kind::kSpace) || !is(i, Kind::kNumber) || !is_punct(i + 1, "-") ||
        !is(i + 2, Kind::kNumber)) {
      return false;
    }
    return i + 3 >= size() || (is_punct(i + 3, ".") && i + 4 >= size());
  }

  bool is_sign(std::size_t i) const {
    return is(i + 1, Kind::kNumber) && !is_alnum(i - 1) && !is_punct(i - 1, ")") &&
           !is_punct(i - 1, "%");
  }

  // "EU-top" joins; "-5" is minus five; " - " is a pause; "EU- en NAVO-landen" drops it.
  std::size_t hyphen(std::size_t i) {
    const bool left = is_alnum(i - 1);
    const bool right = is_alnum(i + 1);
    if (left && right) {
      out_.join("-");
      return i + 1;
    }
    if (!left && is_sign(i)) return number(i + 1, "min", nullptr);
    if (!left && tok(i + 1) == "NAP") {  // "2 m -NAP" -> "2 meter onder N-A-P"
      say_words("onder");
      return i + 1;
    }
    if (left || right) return i + 1;
    // "FC Utrecht - FC Twente 0-3": between two teams, in a sports text or before a
    // result, "tegen".
    if ((sport_ || result_follows(i + 2)) && is(i - 1, Kind::kSpace) && is(i + 1, Kind::kSpace) &&
        i >= 2 && is(i - 2, Kind::kWord) && starts_with_capital(i + 2)) {
      say_words("tegen");
      return i + 1;
    }
    if (!at_item_start(i) && !is_punct(i - 1, "-")) out_.pause();
    return i + 1;
  }

  // --- numbers ------------------------------------------------------------------------

  // Words that follow a fraction without being its noun: "¾ van de leden", "½ per dag".
  static bool is_function_word(std::string_view lower) {
    return one_of(
        lower, {"van",  "de",    "het",  "een",  "in",  "op",     "aan",  "met",   "voor",  "en",
                "of",   "per",   "tot",  "naar", "uit", "bij",    "om",   "over",  "is",    "was",
                "zijn", "wordt", "werd", "leeg", "vol", "minder", "meer", "later", "eerder"});
  }

  // Whether a lower-case word that can be a noun comes next ("1,5 uur", not "1,5 van").
  bool noun_follows(std::size_t next) const {
    const std::size_t k = skip_space(next);
    if (k == next || !is(k, Kind::kWord) || starts_with_capital(k)) return false;
    return !is_function_word(utf8::lower(tok(k)));
  }

  // Whether a fraction before token `next` takes the form for a "de" noun: "een halve
  // liter", "anderhalve kilometer", but "een half uur", "anderhalf jaar" and a bare "half".
  bool fraction_inflected(std::size_t next) const {
    if (const auto unit = match_unit(next); unit && unit->unit->kind != Unit::Kind::kCurrency) {
      return !data_.neuter_nouns.contains(unit->unit->spoken);
    }
    return noun_follows(next) && !data_.neuter_nouns.contains(utf8::lower(tok(skip_space(next))));
  }

  // "½ liter" -> "een halve liter", "2½ jaar" -> "tweeënhalf jaar", "3¼" -> "drie en een
  // kwart"; "een ½ minuut" -> "een halve minuut" (the "een" is there already). The fraction
  // sign is the token before `next`.
  std::size_t say_fraction_at(long long whole, Fraction fraction, std::size_t next) {
    const bool inflected = fraction_inflected(next);
    std::string words = say_mixed_fraction(whole, fraction, inflected);
    const bool after_een = next >= 3 && is(next - 2, Kind::kSpace) && is(next - 3, Kind::kWord) &&
                           utf8::lower(tok(next - 3)) == "een";
    if (whole == 0 && words.starts_with("een ") && after_een) words.erase(0, 4);
    say_words(words);
    return next;
  }

  NumberExpression read_digit_groups(std::size_t i) const {
    NumberExpression e;
    e.groups.push_back(tok(i));
    std::size_t j = i;
    while (is(j + 1, Kind::kPunct) && tok(j + 1).size() == 1 &&
           std::strchr(".,:/-", tok(j + 1)[0]) != nullptr && is(j + 2, Kind::kNumber)) {
      e.separators.push_back(tok(j + 1)[0]);
      e.groups.push_back(tok(j + 2));
      j += 2;
    }
    e.next = j + 1;
    return e;
  }

  struct UnitMatch {
    const Unit* unit = nullptr;
    std::size_t next = 0;
  };

  // A unit, currency or magnitude written right after a number (token j), glued or after
  // one space: "km", "km/u", "°C", "%", "mln.", "€". Its abbreviation dot is taken along
  // unless it ends the sentence.
  std::optional<UnitMatch> match_unit(std::size_t j) const {
    const std::size_t k = skip_space(j);
    if (k >= size() || is(k, Kind::kNumber) || is(k, Kind::kNewline)) return std::nullopt;
    const std::size_t begin = tokens_[k].begin;
    std::size_t end = begin;
    bool previous_letter = false;
    while (end < text_.size() && end - begin < kMaxLookaround) {
      const utf8::CodePoint cp = utf8::decode(text_, end);
      const char32_t c = cp.value;
      const bool letter = utf8::is_letter(c);
      const bool ok = letter || c == '/' || c == 0xB2 || c == 0xB3 || c == 0xB0 || c == 0xB5 ||
                      c == '%' || c == 0x2030 || c == '$' || c == 0x20AC || c == 0xA3 ||
                      c == 0xA5 || (is_ascii_digit(c) && previous_letter);
      if (!ok) break;
      previous_letter = letter || (is_ascii_digit(c) && previous_letter);
      end += cp.length;
    }
    if (end == begin) return std::nullopt;
    std::string candidate(text_.substr(begin, end - begin));
    auto found = data_.units.find(candidate);
    if (found == data_.units.end()) {
      if (const Unit* composed = composed_unit(candidate))
        return UnitMatch{composed, token_at(k, end)};
    }
    // "%-punt": a unit with a hyphenated tail.
    if (end < text_.size() && text_[end] == '-') {
      std::size_t tail = end + 1;
      while (tail < text_.size() && utf8::is_letter(utf8::decode(text_, tail).value)) {
        tail += utf8::decode(text_, tail).length;
      }
      const auto longer = data_.units.find(std::string(text_.substr(begin, tail - begin)));
      if (longer != data_.units.end()) {
        found = longer;
        end = tail;
      }
    }
    if (found == data_.units.end()) return std::nullopt;
    // "mln. euro": the dot belongs to the abbreviation; "90 mln. De ..." also ends a sentence.
    if (end + 1 < text_.size() && text_[end] == '.' &&
        utf8::is_letter(utf8::decode(text_, end - 1).value)) {
      const std::size_t after = token_at(k, end + 1);
      if (!sentence_starts_at(after)) ++end;
    }
    return UnitMatch{&found->second, token_at(k, end)};
  }

  // "mg/l" -> "milligram per liter", "µg/m³" -> "microgram per kubieke meter": two units of
  // units.tsv with a slash between; nullptr otherwise. Kept for the text's lifetime.
  const Unit* composed_unit(std::string_view written) const {
    const std::size_t slash = written.find('/');
    if (slash == std::string_view::npos || slash == 0) return nullptr;
    const auto top = data_.units.find(std::string(written.substr(0, slash)));
    const auto bottom = data_.units.find(std::string(written.substr(slash + 1)));
    if (top == data_.units.end() || bottom == data_.units.end() ||
        top->second.kind != Unit::Kind::kUnit || bottom->second.kind != Unit::Kind::kUnit) {
      return nullptr;
    }
    const std::string per =
        " per " + (bottom->second.variant.empty() ? bottom->second.spoken : bottom->second.variant);
    Unit unit;
    unit.spoken = top->second.spoken + per;
    if (!top->second.variant.empty()) unit.variant = top->second.variant + per;
    return &composed_.emplace_back(unit);
  }

  std::optional<int> month_after(std::size_t j) const {
    const std::size_t k = skip_space(j);
    if (k == j || !is(k, Kind::kWord)) return std::nullopt;
    const auto month = data_.months.find(utf8::lower(tok(k)));
    if (month == data_.months.end()) return std::nullopt;
    return month->second;
  }

  // Whether " en € 90", " tot € 90" or " - € 90" follows token j with the same currency:
  // "tussen € 60 en € 90" is said "tussen 60 en 90 euro".
  bool same_currency_follows(std::size_t j, const Unit* currency) const {
    if (!is(j, Kind::kSpace) || !is(j + 2, Kind::kSpace)) return false;
    if (!is_punct(j + 1, "-") && tok(j + 1) != "tot" && tok(j + 1) != "en" && tok(j + 1) != "à") {
      return false;
    }
    const auto unit = data_.units.find(std::string(tok(j + 3)));
    return unit != data_.units.end() && &unit->second == currency &&
           is(skip_space(j + 4), Kind::kNumber);
  }

  // "19u30" -> "negentien uur dertig", "8u" -> "acht uur": the Flemish way of writing a time.
  std::size_t belgian_time(std::size_t i, const NumberExpression& e) {
    if (e.groups.size() != 1 || !is(e.next, Kind::kWord) || tok(e.next) != "u") return i;
    const int hour = small_number(e.groups[0]);
    if (hour < 0 || hour > 24) return i;
    std::size_t next = e.next + 1;
    int minute = 0;
    if (is(next, Kind::kNumber) && tok(next).size() == 2) {
      minute = small_number(tok(next));
      if (minute > 59) return i;
      ++next;
    } else if (is_alnum(next)) {
      return i;
    }
    WrittenNumber time;
    time.kind = WrittenNumber::Kind::kTime;
    time.hour = hour;
    time.minute = minute;
    say_words(say_clock(time));
    return next;
  }

  // Whether " tot 6.00", " en 9.00" or " - 17.30" follows token j: a second clock time.
  bool time_follows_in_range(std::size_t j) const {
    if (!is(j, Kind::kSpace) || !is(j + 2, Kind::kSpace) || !is(j + 3, Kind::kNumber)) return false;
    if (!is_punct(j + 1, "-") && tok(j + 1) != "tot" && tok(j + 1) != "en") return false;
    const NumberExpression second = read_digit_groups(j + 3);
    return read_number(second, 0, second.groups.size() - 1).kind == WrittenNumber::Kind::kTime;
  }

  // Takes "uur" or "u" after a clock time, which is said as part of it.
  std::size_t skip_hours_word(std::size_t j) const {
    const std::size_t k = skip_space(j);
    if (is(k, Kind::kWord) && (tok(k) == "uur" || tok(k) == "u")) {
      if (tok(k) == "u" && is_punct(k + 1, ".") && !sentence_starts_at(k + 2)) return k + 2;
      return k + 1;
    }
    return j;
  }

  // A number starting at token i, with its sign ("min", "plus") and a currency written
  // before it; reads what follows (units, ranges, ordinals) and says it all.
  std::size_t number(std::size_t i, std::string_view sign, const Unit* currency) {
    const NumberExpression e = read_digit_groups(i);
    if (e.groups.size() == 1 && is(e.next, Kind::kPunct)) {
      if (const Fraction fraction = vulgar_fraction(tok(e.next)); fraction.denominator != 0) {
        say_words(sign);
        return say_fraction_at(parse_digits(e.groups[0]), fraction, e.next + 1);
      }
    }
    after_between_ = false;
    for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
      if (is(i - back, Kind::kWord) && utf8::lower(tok(i - back)) == "tussen")
        after_between_ = true;
    }
    const std::size_t count = e.groups.size();
    if (const WrittenNumber date = read_date(e); date.kind == WrittenNumber::Kind::kDate) {
      return say_value(date, sign, currency, e.next);
    }
    if (sign.empty() && currency == nullptr) {
      if (const std::size_t next = day_month(i, e); next != i) return next;
      if (const std::size_t next = belgian_time(i, e); next != i) return next;
    }
    if (count == 2 && e.separators[0] == '/') return slash_number(e, sign);
    std::vector<std::size_t> dashes;
    for (std::size_t k = 0; k < e.separators.size(); ++k) {
      if (e.separators[k] == '-') dashes.push_back(k);
    }
    if (dashes.size() > 1) return say_digit_groups(e, sign);
    if (dashes.size() == 1) {
      const WrittenNumber a = read_number(e, 0, dashes[0]);
      const WrittenNumber b = read_number(e, dashes[0] + 1, count - 1);
      if (a.kind == WrittenNumber::Kind::kNone || b.kind == WrittenNumber::Kind::kNone ||
          has_leading_zero(a.integer) || has_leading_zero(b.integer)) {
        return say_digit_groups(e, sign);
      }
      return say_range(a, b, sign, currency, e.next);
    }
    if (is_version(e)) {
      say_words(sign);
      for (std::size_t k = 0; k < e.groups.size(); ++k) {
        if (k > 0) say_words("punt");
        say_words(e.groups[k]);
      }
      return e.next;
    }
    const WrittenNumber v = read_number(e, 0, count - 1);
    if (v.kind == WrittenNumber::Kind::kNone) return say_digit_groups(e, sign);
    // A spaced range: "35 à 40", "10 - 15", "2020 – 2024".
    if (is(e.next, Kind::kSpace) && (is_punct(e.next + 1, "-") || tok(e.next + 1) == "à") &&
        is(e.next + 2, Kind::kSpace) && is(e.next + 3, Kind::kNumber)) {
      const NumberExpression second = read_digit_groups(e.next + 3);
      if (std::find(second.separators.begin(), second.separators.end(), '-') ==
          second.separators.end()) {
        const WrittenNumber b = read_number(second, 0, second.groups.size() - 1);
        if (b.kind != WrittenNumber::Kind::kNone && !has_leading_zero(v.integer)) {
          // "35 à 40" is said as written, "vijfendertig a veertig".
          return say_range(v, b, sign, currency, second.next, tok(e.next + 1) == "à");
        }
      }
    }
    return say_value(v, sign, currency, e.next);
  }

  // A version number: groups with dots, one of them after the first a single digit ("iOS
  // 18.2", "versie 2.0", "1.2.3"), which no thousands group or clock time has.
  static bool is_version(const NumberExpression& e) {
    if (e.groups.size() < 2) return false;
    for (const char separator : e.separators) {
      if (separator != '.') return false;
    }
    return std::any_of(e.groups.begin() + 1, e.groups.end(),
                       [](std::string_view group) { return group.size() == 1; });
  }

  // What cannot be read as one number is read group by group: "1.2.3" -> "1 2 3".
  std::size_t say_digit_groups(const NumberExpression& e, std::string_view sign) {
    say_words(sign);
    for (const std::string_view group : e.groups) say_words(group);
    return e.next;
  }

  // Whether the word before token i makes a number a day: "op 12/3", "per 1/7", "vanaf
  // 31/12", "naar 22-04".
  bool after_date_word(std::size_t i) const {
    if (i < 2 || !is(i - 1, Kind::kSpace) || !is(i - 2, Kind::kWord)) return false;
    const std::string word = utf8::lower(tok(i - 2));
    return one_of(word, {"op", "per", "vanaf", "tot", "sinds", "voor", "vóór", "na", "naar",
                         "uiterlijk", "rond", "van", "t/m"}) ||
           is_weekday(word) ||  // "dinsdag 12/5", "di 12/5"
           (i >= 4 && is_punct(i - 3, "/") && utf8::lower(tok(i - 2)) == "m");  // "t/m 3/4"
  }

  // "12/3" -> "12 maart" and "22-04" -> "22 april" where a day is meant: after a date word,
  // or with a leading zero in the month. Returns the next token, or i when it is none.
  std::size_t day_month(std::size_t i, const NumberExpression& e) {
    if (e.groups.size() != 2 || (e.separators[0] != '/' && e.separators[0] != '-')) return i;
    const int day = small_number(e.groups[0]);
    const int month = small_number(e.groups[1]);
    if (day < 1 || day > 31 || month < 1 || month > 12 || e.groups[1].size() > 2) return i;
    const bool zero_month = e.groups[1].size() == 2 && e.groups[1].front() == '0';
    if (!after_date_word(i) && !zero_month) return i;
    // "op 1/3 van de scholen" is a part of them.
    if (is(e.next, Kind::kSpace) && utf8::lower(tok(e.next + 1)) == "van") return i;
    if (e.separators[0] == '-' && !zero_month) return i;  // "op 2-1" is a score
    say_words(std::to_string(day));
    say_words(data_.month_names[static_cast<std::size_t>(month)]);
    return e.next;
  }

  // "1/3" -> "een derde", "2023/24" -> "2023-2024", "24/7" is in the lexicon.
  std::size_t slash_number(const NumberExpression& e, std::string_view sign) {
    const std::string_view a = e.groups[0];
    const std::string_view b = e.groups[1];
    const int x = small_number(a);
    const int y = small_number(b);
    if (!has_leading_zero(a) && !has_leading_zero(b) && sign.empty()) {
      if (a.size() == 4 &&
          ((b.size() == 4 && y == x + 1) || (b.size() == 2 && y == (x + 1) % 100))) {
        say_words(std::string(a) + "-" + std::to_string(x + 1));
        return e.next;
      }
      const std::string fraction = say_fraction(x, y);
      if (!fraction.empty()) {
        say_words(fraction);
        return e.next;
      }
    }
    return say_digit_groups(e, sign);
  }

  // "2020-2024" -> "2020 tot 2024", "9.00-17.00 uur" -> "negen uur tot zeventien uur",
  // "2-1" after a match -> "twee-één", "2023-24" -> "2023-2024".
  std::size_t say_range(const WrittenNumber& a, const WrittenNumber& b, std::string_view sign,
                        const Unit* currency, std::size_t next, bool with_a = false) {
    const bool plain_integers = a.kind == WrittenNumber::Kind::kInteger &&
                                b.kind == WrittenNumber::Kind::kInteger && !a.grouped && !b.grouped;
    if (plain_integers && sign.empty() && currency == nullptr && a.integer.size() <= 3 &&
        b.integer.size() <= 3) {
      const int x = small_number(a.integer);
      const int y = small_number(b.integer);
      const bool quantity_follows = match_unit(next).has_value() || month_after(next).has_value();
      // "0-2" is never a range ("0-4 jaar" is: a unit follows).
      if (!quantity_follows &&
          ((sport_ && x <= 200 && y <= 200) || (x >= y && x <= 20) || (x == 0 && y <= 20))) {
        say_words(dutch_cardinal(x) + "-" + dutch_cardinal(y));
        // Tennis sets in a row, "7-5 3-6 6-2", each with a pause.
        if (is(next, Kind::kSpace) && is(next + 1, Kind::kNumber) && is_punct(next + 2, "-") &&
            is(next + 3, Kind::kNumber)) {
          out_.pause();
        }
        return next;
      }
    }
    if (plain_integers && a.integer.size() == 4 && b.integer.size() == 2 &&
        small_number(b.integer) == (small_number(a.integer) + 1) % 100) {
      say_words(a.integer + "-" + std::to_string(small_number(a.integer) + 1));
      return next;
    }
    say_words(sign);
    // "9.00-17.00 uur" -> "negen tot zeventien uur": the hour word only once, at the end.
    if (a.kind == WrittenNumber::Kind::kTime && b.kind == WrittenNumber::Kind::kTime &&
        a.minute == 0) {
      say_words(dutch_cardinal(a.hour));
    } else {
      say_plain(a);
    }
    if (with_a) {
      out_.said_as("à", "a");  // eSpeak NG reads "à" as the letter's name
    } else {
      say_words(after_between_ ? "en" : "tot");  // "tussen de 10-15 euro" -> "tussen de 10 en 15"
    }
    return say_value(b, "", currency, next);
  }

  // Words the normalizer makes, each said as the lexicon says it when it has it: "meester",
  // made from "mr.", is in pronunciation.tsv as [[...]], as eSpeak NG says it wrongly.
  void say_words(std::string_view words) {
    std::size_t pos = 0;
    while (pos < words.size()) {
      std::size_t end = std::min(words.find(' ', pos), words.size());
      say_word(words.substr(pos, end - pos));
      pos = end + 1;
    }
  }

  // One word we made: as the lexicon says it, else in the form eSpeak NG reads right
  // (espeak_form): "zesentwintigste" is given as "zessentwintigste".
  void say_word(std::string_view word) {
    if (word.empty()) return;
    if (const auto found = data_.lexicon.find(std::string(word)); found != data_.lexicon.end()) {
      for (const LexiconEntry& entry : found->second) {
        if (entry.written != word || !entry.language.empty()) continue;
        if (!entry.phonemes.empty()) return out_.phonemes(word, entry.phonemes);
        return out_.said_as(word, entry.spoken);
      }
    }
    const std::string said = espeak_form(word);
    if (said == word) {
      out_.word(word);
    } else {
      out_.said_as(word, said);
    }
  }

  // A word we made as eSpeak NG is to be given it: number words as espeak_cardinal gives
  // them, also on either side of a hyphen ("twee-één" -> "2-1"), then respellings.tsv.
  std::string espeak_form(std::string_view word) const {
    std::string said;
    std::size_t pos = 0;
    while (pos <= word.size()) {
      const std::size_t end = std::min(word.find('-', pos), word.size());
      const std::string_view part = word.substr(pos, end - pos);
      std::int64_t value = parse_dutch_cardinal(part);
      if (value < 0 && !part.empty() && !has_leading_zero(part)) value = parse_digits(part);
      said += value >= 0 ? espeak_cardinal(value) : std::string(part);
      if (end < word.size()) said += '-';
      pos = end + 1;
    }
    return respelled(said);
  }

  // respellings.tsv applied: "zesennegentig" -> "zessennegentig".
  std::string respelled(std::string said) const {
    for (const auto& [fragment, respelling] : data_.respellings) {
      for (std::size_t at = said.find(fragment); at != std::string::npos;
           at = said.find(fragment, at + respelling.size())) {
        said.replace(at, fragment.size(), respelling);
      }
    }
    return said;
  }

  // A number from say_integer; digits as eSpeak NG reads them right ("96" is given as
  // "zessennegentig": it says "negentig" with a hard g in digits).
  void say_number(const SpokenNumber& number) {
    std::string said = respelled(number.said);
    if (said.empty()) {
      const std::int64_t value = parse_digits(number.shown);
      said = value >= 0 && !has_leading_zero(number.shown) ? respelled(espeak_cardinal(value))
                                                           : number.shown;
    }
    if (said == number.shown) {
      out_.word(number.shown);
    } else {
      out_.said_as(number.shown, said);
    }
  }

  // A value said without anything after it (the first half of a range).
  void say_plain(const WrittenNumber& v) {
    switch (v.kind) {
      case WrittenNumber::Kind::kInteger:
        return say_number(say_integer(v));
      case WrittenNumber::Kind::kDecimal:
        return say_words(dutch_decimal(v.integer, v.fraction));
      case WrittenNumber::Kind::kTime:
        return say_words(say_clock(v));
      case WrittenNumber::Kind::kDuration:
        return say_words(say_duration(v));
      case WrittenNumber::Kind::kRaceTime:
        return say_words(say_race_time(v));
      case WrittenNumber::Kind::kDate:
        return say_date(v);
      case WrittenNumber::Kind::kNone:
        break;
    }
  }

  void say_date(const WrittenNumber& v) {
    say_words(std::to_string(v.day));
    say_words(data_.month_names[static_cast<std::size_t>(v.month)]);
    say_number(say_year(v.year));
  }

  // A time, duration, race time or date: said whole. False for other kinds. `next` moves
  // past what was said with it ("uur" after a time).
  bool say_time_or_date(const WrittenNumber& v, std::string_view sign, std::size_t& next) {
    switch (v.kind) {
      case WrittenNumber::Kind::kTime:
        say_words(sign);
        // "van 22.00 tot 6.00 uur" -> "van tweeëntwintig tot zes uur".
        if (v.minute == 0 && time_follows_in_range(next)) {
          say_words(dutch_cardinal(v.hour));
          return true;
        }
        say_words(say_clock(v));
        next = skip_hours_word(next);
        return true;
      case WrittenNumber::Kind::kDuration:
      case WrittenNumber::Kind::kRaceTime:
      case WrittenNumber::Kind::kDate:
        say_words(sign);
        say_plain(v);
        return true;
      default:
        return false;
    }
  }

  // A bare integer as an ordinal ("3e") or a day before a month ("1 jan."). False when it is
  // neither; `next` moves past the suffix or the month.
  bool say_ordinal_or_day(const WrittenNumber& v, std::string_view sign, const Unit* currency,
                          std::size_t& next) {
    if (v.kind != WrittenNumber::Kind::kInteger || v.grouped || !sign.empty() ||
        currency != nullptr) {
      return false;
    }
    // "3e", "21ste", "1ste" -> "derde", "eenentwintigste", "eerste"
    if (is(next, Kind::kWord) && is_ordinal_suffix(tok(next))) {
      say_words(dutch_ordinal(parse_digits(v.integer)));
      ++next;
      return true;
    }
    // "1 jan." -> "1 januari"
    const int day = small_number(v.integer);
    if (const auto month = month_after(next); month && day >= 1 && day <= 31) {
      say_words(strip_leading_zeros(v.integer));
      say_words(data_.month_names[static_cast<std::size_t>(*month)]);
      std::size_t after = skip_space(next) + 1;
      if (is_punct(after, ".") && !sentence_starts_at(after + 1)) ++after;
      next = after;
      return true;
    }
    return false;
  }

  // A height or water level ("14,20 m" -> "veertien meter twintig") or an amount of money
  // with cents ("€ 1,50" -> "1 euro 50", "$ 0,99" -> "99 cent"). False for other values.
  bool say_metres_or_money(const WrittenNumber& v, const Unit* currency, const Unit* unit,
                           const Unit* magnitude) {
    if (magnitude != nullptr || v.kind != WrittenNumber::Kind::kDecimal) return false;
    if (unit != nullptr && unit->spoken == "meter" && v.fraction.size() == 2) {
      say_words(strip_leading_zeros(v.integer));
      say_words("meter");
      if (v.fraction != "00") say_words(strip_leading_zeros(v.fraction));
      return true;
    }
    if (currency == nullptr || v.fraction.size() > 2) return false;
    std::string cents = v.fraction.size() == 1 ? v.fraction + "0" : v.fraction;
    cents = strip_leading_zeros(cents);
    const std::string whole = strip_leading_zeros(v.integer);
    if (whole == "0" && cents != "0") {
      say_words(cents);
      say_words(currency->variant.empty() ? "cent" : currency->variant);
    } else {
      say_words(whole);
      say_words(currency->spoken);
      if (cents != "0") say_words(cents);
    }
    return true;
  }

  // The number itself, then its magnitude, currency or unit.
  void say_quantity(const WrittenNumber& v, const Unit* currency, const Unit* unit,
                    const Unit* magnitude, std::size_t next) {
    if (v.kind == WrittenNumber::Kind::kDecimal) {
      // "1,5 uur" -> "anderhalf uur", "1,5 km" -> "anderhalve kilometer": before a unit or
      // a noun; "het cijfer is 1,5" stays "één komma vijf", "2,5 km" "twee komma vijf".
      const long long whole = parse_digits(v.integer);
      const Unit* said_after = magnitude != nullptr ? magnitude : unit;
      const bool before_noun = said_after != nullptr || noun_follows(next);
      if (v.fraction == "5" && whole == 1 && before_noun) {
        const bool inflected = said_after != nullptr
                                   ? !data_.neuter_nouns.contains(said_after->spoken)
                                   : fraction_inflected(next);
        say_words(say_mixed_fraction(whole, Fraction{1, 2}, inflected));
      } else {
        say_words(dutch_decimal(v.integer, v.fraction));
      }
    } else {
      say_number(say_integer(v, currency != nullptr || unit != nullptr || magnitude != nullptr));
    }
    if (magnitude != nullptr) say_words(magnitude->spoken);
    if (currency != nullptr) {
      if (!same_currency_follows(next, currency)) say_words(currency->spoken);
    } else if (unit != nullptr) {
      const bool one =
          v.kind == WrittenNumber::Kind::kInteger && v.integer == "1" && magnitude == nullptr;
      say_words(one && !unit->variant.empty() ? unit->variant : unit->spoken);
    }
  }

  // One value and what follows it: ordinal suffix, magnitude, currency, unit, month.
  std::size_t say_value(const WrittenNumber& v, std::string_view sign, const Unit* currency,
                        std::size_t next) {
    if (say_time_or_date(v, sign, next) || say_ordinal_or_day(v, sign, currency, next)) {
      return next;
    }
    const Unit* magnitude = nullptr;
    const Unit* unit = nullptr;
    if (const auto m = match_unit(next); m && m->unit->kind == Unit::Kind::kMagnitude) {
      magnitude = m->unit;
      next = m->next;
    }
    if (const auto u = match_unit(next);
        u && u->unit->kind != Unit::Kind::kMagnitude && currency == nullptr) {
      (u->unit->kind == Unit::Kind::kCurrency ? currency : unit) = u->unit;
      next = u->next;
    }
    // "€ 5,-": the dash means no cents.
    if (currency != nullptr && is_punct(next, ",") && is_punct(next + 1, "-")) {
      next += 2;
      while (is_punct(next, "-")) ++next;
    }
    say_words(sign);
    if (!say_metres_or_money(v, currency, unit, magnitude)) {
      say_quantity(v, currency, unit, magnitude, next);
    }
    return next;
  }

  std::string_view text_;
  const TextData& data_;
  std::vector<Token> tokens_;
  SpokenTextBuilder out_;
  mutable std::deque<Unit> composed_;  // units made of two (composed_unit)
  bool sport_ = false;
  bool after_between_ = false;  // the number being read follows "tussen"
  std::vector<bool> shouting_;  // per token: part of a run of capital words that is shouting
};

}  // namespace

SpokenText normalize_for_speech(std::string_view written, const TextData& data) {
  const std::string clean = clean_typography(written);
  return Normalizer(clean, data).run();
}

}  // namespace nieuwslezer
