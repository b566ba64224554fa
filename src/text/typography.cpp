#include "text/typography.h"

#include <array>
#include <cstdint>
#include <utility>

#include "base/strings.h"
#include "base/utf8.h"

namespace nieuwslezer {
namespace {

// Named HTML entities that turn up in scraped news; the rest are dropped.
constexpr std::array<std::pair<std::string_view, char32_t>, 57> kEntities = {{
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"euro", 0x20AC},   {"pound", 0xA3},    {"yen", 0xA5},     {"cent", 0xA2},
    {"deg", 0xB0},     {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122}, {"middot", 0xB7},
    {"bull", 0x2022},  {"hellip", 0x2026}, {"ndash", 0x2013},  {"mdash", 0x2014}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"laquo", 0xAB},   {"raquo", 0xBB},    {"shy", 0xAD},      {"times", 0xD7},   {"divide", 0xF7},
    {"plusmn", 0xB1},  {"sect", 0xA7},     {"permil", 0x2030}, {"eacute", 0xE9},  {"egrave", 0xE8},
    {"ecirc", 0xEA},   {"euml", 0xEB},     {"aacute", 0xE1},   {"agrave", 0xE0},  {"acirc", 0xE2},
    {"auml", 0xE4},    {"iacute", 0xED},   {"iuml", 0xEF},     {"oacute", 0xF3},  {"ouml", 0xF6},
    {"ocirc", 0xF4},   {"uacute", 0xFA},   {"uuml", 0xFC},     {"ccedil", 0xE7},  {"ntilde", 0xF1},
    {"szlig", 0xDF},   {"Eacute", 0xC9},   {"Euml", 0xCB},     {"Ouml", 0xD6},    {"Uuml", 0xDC},
    {"atilde", 0xE3},  {"oslash", 0xF8},
}};

// Decodes "&name;", "&#123;" or "&#x1F;" at text[pos] (which is '&'). Returns the code point
// and the entity's length; length 0 when this is not an entity. Unknown named entities
// decode to 0 (drop).
std::pair<char32_t, std::size_t> decode_entity(std::string_view text, std::size_t pos) {
  const std::size_t semicolon = text.find(';', pos + 1);
  if (semicolon == std::string_view::npos || semicolon - pos > 10 || semicolon == pos + 1) {
    return {0, 0};
  }
  const std::string_view body = text.substr(pos + 1, semicolon - pos - 1);
  const std::size_t length = semicolon - pos + 1;
  if (body.front() == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return {0, 0};
    std::uint32_t value = 0;
    for (const char c : digits) {
      int digit = -1;
      if (c >= '0' && c <= '9') digit = c - '0';
      if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      if (digit < 0) return {0, 0};
      value = value * (hex ? 16u : 10u) + static_cast<std::uint32_t>(digit);
      if (value > 0x10FFFF) return {0, length};
    }
    return {static_cast<char32_t>(value), length};
  }
  for (const char c : body) {
    if (!is_ascii_alnum(c)) return {0, 0};
  }
  for (const auto& [name, value] : kEntities) {
    if (name == body) return {value, length};
  }
  return {0, length};
}

// Length of an HTML tag at text[pos] ('<'), or 0: "<br>", "</p>", "<a href=...>".
std::size_t html_tag_length(std::string_view text, std::size_t pos) {
  std::size_t next = pos + 1;
  if (next < text.size() && text[next] == '/') ++next;
  if (next >= text.size() ||
      !((text[next] >= 'a' && text[next] <= 'z') || (text[next] >= 'A' && text[next] <= 'Z'))) {
    return 0;
  }
  const std::size_t close = text.find_first_of(">\n", next);
  if (close == std::string_view::npos || text[close] != '>' || close - pos > 200) return 0;
  return close - pos + 1;
}

bool is_emoji_or_invisible(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) ||  // emoji, flags, pictographs
         (cp >= 0x2600 && cp <= 0x27BF) ||    // miscellaneous symbols, dingbats
         (cp >= 0x2B00 && cp <= 0x2BFF) ||    // arrows and stars used as emoji
         (cp >= 0x2300 && cp <= 0x23FF) ||    // watch, hourglass, ...
         (cp >= 0xFE00 && cp <= 0xFE0F) ||    // variation selectors
         (cp >= 0xE0000 && cp <= 0xE007F) ||  // tag characters (flag sequences)
         (cp >= 0xE000 && cp <= 0xF8FF) ||    // private use (icon fonts)
         (cp >= 0x200B && cp <= 0x200F) ||    // zero-width space, joiners, marks
         (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF || cp == 0xAD || cp == 0x3030 ||
         cp == 0x303D || cp == 0x20E3 || cp == 0xFFFD;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000 || cp == 0x0B || cp == 0x0C;
}

class Cleaner {
 public:
  void add(char32_t cp) {
    if (cp == 0 || is_emoji_or_invisible(cp)) return;
    if (cp == '\n') {
      trim_trailing_space();
      out_ += '\n';
      return;
    }
    if (is_space(cp) || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      if (!out_.empty() && out_.back() != ' ' && out_.back() != '\n') out_ += ' ';
      return;
    }
    switch (cp) {
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0xAB:
      case 0xBB:
      case 0x2039:
      case 0x203A:
      case 0x2033:
      case 0xFF02:
      case 0x275D:
      case 0x275E:
        out_ += '"';
        return;
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
      case 0x60:
      case 0xB4:
      case 0xFF07:
      case 0x02BC:
        out_ += '\'';
        return;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2212:
      case 0xFE63:
      case 0xFF0D:
        out_ += '-';
        return;
      case 0x2014:
      case 0x2015:
        if (!out_.empty() && out_.back() != ' ' && out_.back() != '\n') out_ += ' ';
        out_ += "- ";
        return;
      case 0x2026:
        out_ += "...";
        return;
      case 0xBA:  // masculine ordinal, often typed for the degree sign: "20ºC"
        out_ += "°";
        return;
      default:
        utf8::append(out_, cp);
    }
  }

  std::string finish() {
    trim_trailing_space();
    return std::move(out_);
  }

 private:
  void trim_trailing_space() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
  }

  std::string out_;
};

}  // namespace

std::string clean_typography(std::string_view text) {
  Cleaner cleaner;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '&') {
      const auto [cp, length] = decode_entity(text, pos);
      if (length > 0) {
        cleaner.add(cp);
        pos += length;
        continue;
      }
    } else if (c == '<') {
      const std::size_t length = html_tag_length(text, pos);
      if (length > 0) {
        cleaner.add(' ');
        pos += length;
        continue;
      }
    } else if (c == '\r') {
      if (pos + 1 >= text.size() || text[pos + 1] != '\n') cleaner.add('\n');
      ++pos;
      continue;
    }
    const utf8::CodePoint cp = utf8::decode(text, pos);
    cleaner.add(cp.value);
    pos += cp.length;
  }
  return cleaner.finish();
}

}  // namespace nieuwslezer
