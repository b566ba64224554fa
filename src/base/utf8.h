#pragma once
// Small UTF-8 helpers for the text stage: decoding one code point, letter tests and case
// mapping for the Latin letters Dutch news uses. No locale, no tables beyond Latin.

#include <cstddef>
#include <string>
#include <string_view>

namespace nieuwslezer::utf8 {

/// One decoded code point and its length in bytes.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
};

/// The code point starting at `text[pos]`; an invalid or truncated sequence decodes as
/// U+FFFD with length 1, so a scanner always moves on. "é" -> {U+00E9, 2}.
CodePoint decode(std::string_view text, std::size_t pos);

/// True when `text` is valid UTF-8 without control characters other than tab, CR and LF:
/// "Zürich\tZH\n" is text, "\xFF\xFE" and "a\0b" are not. For checking data files.
bool is_text(std::string_view text);

/// Length of the well-formed UTF-8 sequence starting at `text[pos]` (Unicode table 3-7), or 0
/// when that byte does not start one: overlong forms, surrogates, code points above U+10FFFF
/// and sequences cut short (also by the end of the text) are all rejected.
std::size_t valid_length(std::string_view text, std::size_t pos);

/// A Windows-1252 byte -> its Unicode code point, as browsers read it: 0x96 -> U+2013 ("–"),
/// 0x80 -> U+20AC ("€"), 0xE9 -> U+00E9 ("é"); the five unassigned bytes (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) -> U+FFFD.
char32_t cp1252_code_point(unsigned char byte);

/// Text another library decoded, which should be UTF-8 -> valid UTF-8: every byte that is not
/// part of a valid sequence becomes U+FFFD. The XML parser writes "&#xD800;" (a lone
/// surrogate) as "\xED\xA0\x80": -> "\uFFFD\uFFFD\uFFFD". Valid text comes back unchanged.
std::string replace_invalid(std::string_view text);

/// Appends the UTF-8 form of `cp`: U+00E9 -> "\xC3\xA9".
void append(std::string& out, char32_t cp);

/// A character no text should carry: a C0 control other than tab, LF and CR, DEL, a C1
/// control (U+0080..U+009F) or a noncharacter (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF), which
/// XML 1.0, WebVTT and terminals refuse or obey.
bool is_unwanted(char32_t cp);

/// Valid UTF-8 `text` without unwanted characters; a form feed or vertical tab becomes a
/// space: "Kop\x1B[31m" -> "Kop[31m", "a\fb" -> "a b".
std::string without_unwanted(std::string_view text);

/// True for letters: ASCII, Latin-1 and Latin Extended letters, Greek, Cyrillic and other
/// alphabets. Digits, punctuation, symbols and emoji are not letters.
bool is_letter(char32_t cp);

/// True for upper-case Latin letters: 'A', 'É', 'Ž'.
bool is_upper(char32_t cp);

/// True for lower-case Latin letters: 'a', 'é', 'ž'.
bool is_lower(char32_t cp);

/// Latin case mapping; other code points are returned unchanged. 'É' -> 'é'.
char32_t to_lower(char32_t cp);
char32_t to_upper(char32_t cp);

/// Whole-string case mapping: "BRUSSEL" -> "brussel", "ÉCOLE" -> "école".
std::string lower(std::string_view text);
std::string upper(std::string_view text);

/// First letter upper case, the rest as it is: "navo" -> "Navo", "ijmuiden" -> "IJmuiden"
/// (the Dutch IJ is one letter).
std::string capitalize(std::string_view text);

/// True when the text has at least one letter and no lower-case letters: "ANP", "EU-".
bool is_all_upper(std::string_view text);

/// `text` in single quotes for a warning, cut after 40 code points with "…":
/// "Kabinet valt" -> "'Kabinet valt'", a long text -> "'De Europese bondgenoten van Oekraïne
/// br…'". Never cuts inside a code point.
std::string quote(std::string_view text);

}  // namespace nieuwslezer::utf8
