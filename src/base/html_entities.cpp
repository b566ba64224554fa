#include "base/html_entities.h"

#include <array>
#include <cstdint>

#include "base/strings.h"
#include "base/utf8.h"

namespace nieuwslezer {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// The named entities Dutch and European news pages and feeds use.
constexpr std::array<NamedEntity, 105> kEntities{{
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},    {"euro", 0x20AC},   {"pound", 0xA3},   {"hellip", 0x2026}, {"ndash", 0x2013},
    {"mdash", 0x2014}, {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"sbquo", 0x201A},  {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"bdquo", 0x201E},  {"laquo", 0xAB},   {"raquo", 0xBB},    {"deg", 0xB0},
    {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122}, {"middot", 0xB7},   {"bull", 0x2022},
    {"times", 0xD7},   {"divide", 0xF7},   {"frac12", 0xBD},  {"frac14", 0xBC},   {"frac34", 0xBE},
    {"sup2", 0xB2},    {"sup3", 0xB3},     {"para", 0xB6},    {"sect", 0xA7},     {"shy", 0xAD},
    {"iexcl", 0xA1},   {"iquest", 0xBF},   {"cent", 0xA2},    {"yen", 0xA5},      {"micro", 0xB5},
    {"plusmn", 0xB1},  {"permil", 0x2030}, {"szlig", 0xDF},   {"Agrave", 0xC0},   {"Aacute", 0xC1},
    {"Acirc", 0xC2},   {"Atilde", 0xC3},   {"Auml", 0xC4},    {"Aring", 0xC5},    {"AElig", 0xC6},
    {"Ccedil", 0xC7},  {"Egrave", 0xC8},   {"Eacute", 0xC9},  {"Ecirc", 0xCA},    {"Euml", 0xCB},
    {"Igrave", 0xCC},  {"Iacute", 0xCD},   {"Icirc", 0xCE},   {"Iuml", 0xCF},     {"Ntilde", 0xD1},
    {"Ograve", 0xD2},  {"Oacute", 0xD3},   {"Ocirc", 0xD4},   {"Otilde", 0xD5},   {"Ouml", 0xD6},
    {"Oslash", 0xD8},  {"Ugrave", 0xD9},   {"Uacute", 0xDA},  {"Ucirc", 0xDB},    {"Uuml", 0xDC},
    {"Yacute", 0xDD},  {"agrave", 0xE0},   {"aacute", 0xE1},  {"acirc", 0xE2},    {"atilde", 0xE3},
    {"auml", 0xE4},    {"aring", 0xE5},    {"aelig", 0xE6},   {"ccedil", 0xE7},   {"egrave", 0xE8},
    {"eacute", 0xE9},  {"ecirc", 0xEA},    {"euml", 0xEB},    {"igrave", 0xEC},   {"iacute", 0xED},
    {"icirc", 0xEE},   {"iuml", 0xEF},     {"ntilde", 0xF1},  {"ograve", 0xF2},   {"oacute", 0xF3},
    {"ocirc", 0xF4},   {"otilde", 0xF5},   {"ouml", 0xF6},    {"oslash", 0xF8},   {"ugrave", 0xF9},
    {"uacute", 0xFA},  {"ucirc", 0xFB},    {"uuml", 0xFC},    {"yacute", 0xFD},   {"yuml", 0xFF},
    {"OElig", 0x152},  {"oelig", 0x153},   {"Scaron", 0x160}, {"scaron", 0x161},  {"ijlig", 0x133},
}};

// "233" or "xE9" (after the '#') -> the code point; nullopt when it is no number.
std::optional<char32_t> numeric_reference(std::string_view body) {
  const bool hex = !body.empty() && (body[0] == 'x' || body[0] == 'X');
  const std::string_view digits = body.substr(hex ? 1 : 0);
  if (digits.empty() || digits.size() > 7) return std::nullopt;
  std::uint32_t value = 0;
  for (const char c : digits) {
    std::uint32_t digit = 0;
    if (is_ascii_digit(c)) {
      digit = static_cast<std::uint32_t>(c - '0');
    } else if (hex && ascii_lower(c) >= 'a' && ascii_lower(c) <= 'f') {
      digit = static_cast<std::uint32_t>(ascii_lower(c) - 'a' + 10);
    } else {
      return std::nullopt;
    }
    value = value * (hex ? 16u : 10u) + digit;
  }
  if (value >= 0x80 && value <= 0x9F) {
    return utf8::cp1252_code_point(static_cast<unsigned char>(value));
  }
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
  if (utf8::is_unwanted(value)) return U' ';  // "&#27;": no control reaches the text
  return value;
}

}  // namespace

std::optional<HtmlEntity> html_entity_at(std::string_view text) {
  const std::size_t semicolon = text.substr(0, kMaxEntityBytes).find(';');
  if (text.empty() || text[0] != '&' || semicolon == std::string_view::npos || semicolon < 2) {
    return std::nullopt;
  }
  const std::string_view body = text.substr(1, semicolon - 1);
  if (body[0] == '#') {
    const auto code_point = numeric_reference(body.substr(1));
    if (!code_point) return std::nullopt;
    return HtmlEntity{*code_point, semicolon + 1};
  }
  for (const char c : body) {
    if (!is_ascii_alnum(c)) return std::nullopt;
  }
  for (const NamedEntity& entity : kEntities) {
    if (entity.name == body) return HtmlEntity{entity.code_point, semicolon + 1};
  }
  return HtmlEntity{0, semicolon + 1};
}

}  // namespace nieuwslezer
