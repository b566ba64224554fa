#include "base/utf8.h"

namespace nieuwslezer::utf8 {

namespace {

constexpr std::size_t kMaxQuoteChars = 40;  // how much of a text a warning quotes

// Windows-1252 bytes 0x80..0x9F as Unicode code points; U+FFFD for the five unassigned ones.
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80..87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,  // 88..8F
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90..97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,  // 98..9F
};

}  // namespace

CodePoint decode(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  char32_t value = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    value = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    value = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    value = lead & 0x07;
  } else {
    return {U'\uFFFD', 1};
  }
  if (pos + length > text.size()) return {U'\uFFFD', 1};
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0) != 0x80) return {U'\uFFFD', 1};
    value = (value << 6) | (next & 0x3F);
  }
  const bool overlong = (length == 2 && value < 0x80) || (length == 3 && value < 0x800) ||
                        (length == 4 && value < 0x10000);
  if (overlong || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return {U'\uFFFD', 1};
  }
  return {value, length};
}

std::size_t valid_length(std::string_view text, std::size_t pos) {
  const CodePoint cp = decode(text, pos);
  return cp.value == U'\uFFFD' && cp.length == 1 ? 0 : cp.length;
}

char32_t cp1252_code_point(unsigned char byte) {
  return byte >= 0x80 && byte <= 0x9F ? kCp1252High[byte - 0x80] : char32_t{byte};
}

std::string replace_invalid(std::string_view text) {
  std::string valid;
  valid.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = valid_length(text, i);
    if (length > 0) {
      valid.append(text.substr(i, length));
      i += length;
    } else {
      append(valid, 0xFFFD);
      ++i;
    }
  }
  return valid;
}

bool is_text(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = decode(text, pos);
    const bool control =
        (cp.value < 0x20 && cp.value != '\t' && cp.value != '\r' && cp.value != '\n') ||
        cp.value == 0x7F;
    if (control || (cp.value == U'\uFFFD' && cp.length == 1)) return false;
    pos += cp.length;
  }
  return true;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp == 0xD7 || cp == 0xF7) return false;          // × ÷
  if (cp >= 0xC0 && cp <= 0x24F) return true;          // Latin-1 letters, Latin Extended-A/B
  if (cp >= 0x370 && cp <= 0x3FF) return cp != 0x37E;  // Greek (not its question mark)
  if (cp >= 0x400 && cp <= 0x52F) return true;         // Cyrillic
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;       // Latin Extended Additional (Vietnamese)
  if (cp >= 0x5D0 && cp <= 0x6FF) return true;         // Hebrew, Arabic letters
  if (cp >= 0x4E00 && cp <= 0x9FFF) return true;       // CJK ideographs
  return false;
}

namespace {

// Latin Extended-A pairs upper/lower as even/odd, except in two runs where it is odd/even.
bool odd_upper_run(char32_t cp) {
  return (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
}

}  // namespace

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x130) return true;  // İ
    if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
    return odd_upper_run(cp) ? (cp % 2 == 1) : (cp % 2 == 0);
  }
  if (cp >= 0x391 && cp <= 0x3AB) return true;  // Greek capitals
  if (cp >= 0x400 && cp <= 0x42F) return true;  // Cyrillic capitals
  return false;
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return !is_upper(cp);
  if (cp >= 0x3AC && cp <= 0x3CE) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

char32_t to_lower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp == 0x130) return 'i';
  if (cp >= 0x100 && cp <= 0x17F && is_upper(cp)) return cp + 1;
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

char32_t to_upper(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 32;
  if (cp >= 0x100 && cp <= 0x17F && is_lower(cp) && cp != 0x131 && cp != 0x138 && cp != 0x149 &&
      cp != 0x17F) {
    return cp - 1;
  }
  if (cp >= 0x3B1 && cp <= 0x3CB && cp != 0x3C2) return cp - 32;
  if (cp >= 0x430 && cp <= 0x44F) return cp - 32;
  if (cp >= 0x450 && cp <= 0x45F) return cp - 80;
  return cp;
}

namespace {

template <typename Map>
std::string map_code_points(std::string_view text, Map map) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = decode(text, pos);
    if (cp.value == U'\uFFFD' && cp.length == 1) {
      out += text[pos];  // keep bytes we cannot decode as they are
    } else {
      append(out, map(cp.value));
    }
    pos += cp.length;
  }
  return out;
}

}  // namespace

std::string lower(std::string_view text) { return map_code_points(text, to_lower); }

std::string upper(std::string_view text) { return map_code_points(text, to_upper); }

std::string capitalize(std::string_view text) {
  if (text.empty()) return {};
  const CodePoint first = decode(text, 0);
  std::string out;
  append(out, to_upper(first.value));
  std::size_t rest = first.length;
  // The Dutch digraph IJ is capitalized as one letter: "ijssel" -> "IJssel".
  if ((first.value == 'i' || first.value == 'I') && rest < text.size() &&
      (text[rest] == 'j' || text[rest] == 'J')) {
    out += 'J';
    ++rest;
  }
  out.append(text.substr(rest));
  return out;
}

bool is_all_upper(std::string_view text) {
  bool any_letter = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = decode(text, pos);
    if (is_letter(cp.value)) {
      if (is_lower(cp.value)) return false;
      any_letter = true;
    }
    pos += cp.length;
  }
  return any_letter;
}

std::string quote(std::string_view text) {
  std::size_t end = 0;
  std::size_t chars = 0;
  while (end < text.size() && chars < kMaxQuoteChars) {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    ++chars;
  }
  std::string quoted = "'";
  quoted.append(text.substr(0, end));
  if (end < text.size()) quoted += "\xE2\x80\xA6";  // …
  quoted += '\'';
  return quoted;
}

bool is_unwanted(char32_t cp) {
  if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
  return (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

std::string without_unwanted(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = std::max<std::size_t>(valid_length(text, i), 1);
    const char32_t cp = decode(text, i).value;
    if (cp == '\f' || cp == '\v') {
      out += ' ';
    } else if (!is_unwanted(cp)) {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace nieuwslezer::utf8
