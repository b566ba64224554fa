#pragma once
// Small string helpers every stage uses: trimming, ASCII character classes and case, splitting
// at a separator and counting words. Byte-based and locale-free; letters beyond ASCII are
// base/utf8.h's business.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace nieuwslezer {

/// ASCII white space as HTML and JSON know it: space, tab, LF, CR and form feed.
inline constexpr std::string_view kAsciiSpaces = " \t\n\r\f";

/// `text` without the characters of `spaces` at either end: "  Kop \r\n" -> "Kop";
/// trim("\tzei \r", " \r") -> "\tzei". An all-space text gives "".
std::string_view trim(std::string_view text, std::string_view spaces = kAsciiSpaces);

/// Byte length of the space at text[i] as a scraped page may write it: ASCII white space
/// (vertical tab included), a no-break space (U+00A0), a zero-width space (U+200B) or a stray
/// BOM (U+FEFF); 0 for anything else and past the end. "\xC2\xA0x" at 0 -> 2.
std::size_t space_length(std::string_view text, std::size_t i);

/// Byte length of such a space that ends at text[end - 1], 0 when none: ("a\xC2\xA0", 3) -> 2.
std::size_t space_length_before(std::string_view text, std::size_t end);

/// `text` without such spaces at either end: "\xC2\xA0 Kop\xE2\x80\x8B" -> "Kop".
std::string_view trim_spaces(std::string_view text);

/// One of kAsciiSpaces: ' ', '\t', '\n', '\r', '\f'.
constexpr bool is_ascii_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
constexpr bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char32_t c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_letter(char32_t c) { return is_ascii_upper(c) || is_ascii_lower(c); }
constexpr bool is_ascii_alnum(char32_t c) { return is_ascii_letter(c) || is_ascii_digit(c); }

/// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character (most of
/// which are letters in news text). 'a', '7', '\xC3' are; ' ', '-', '.' are not.
constexpr bool is_word_byte(char c) {
  return is_ascii_alnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

/// 'A'..'Z' -> 'a'..'z'; any other byte is returned unchanged.
constexpr char ascii_lower(char c) {
  return is_ascii_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c - 'A' + 'a') : c;
}

/// ASCII letters in lower case, other bytes unchanged: "WAV" -> "wav", "ÉÉN" -> "ÉÉn"
/// (utf8::lower maps the other letters).
std::string ascii_lower(std::string_view text);

/// Whether `text` starts with `lower_prefix`, which is written in lower case, ignoring the
/// case of ASCII letters in `text`: ("<!DOCTYPE html>", "<!doctype") -> true.
bool starts_with_ignoring_case(std::string_view text, std::string_view lower_prefix);

/// Whether `text` is one of `options`: one_of("de", {"de", "het"}) -> true.
bool one_of(std::string_view text, std::initializer_list<std::string_view> options);

/// The parts of `text` between separators, empty parts left out:
/// split("a,,b,", ',') -> {"a", "b"}; split("  zei  hij ", ' ') -> {"zei", "hij"}.
std::vector<std::string_view> split(std::string_view text, char separator);

/// The number of words: runs of characters other than space, tab, LF and CR.
/// "De  premier\tzei." -> 3.
std::size_t word_count(std::string_view text);

}  // namespace nieuwslezer
