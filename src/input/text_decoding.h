#pragma once
// Raw page bytes -> clean UTF-8 text with LF line ends, or a clear "not a text page" error.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nieuwslezer {

/// The page text as later stages want it, plus what was repaired on the way.
struct DecodedText {
  std::string text;                   // valid UTF-8, LF line ends, no BOM
  std::vector<std::string> warnings;  // "invalid UTF-8 at byte 1234 (3 bytes in all), ..."
};

/// Bytes -> UTF-8 text: strips a UTF-8 BOM, turns CRLF, CR and form feed into LF, and drops
/// a few stray control characters (with a warning). Valid UTF-8 is kept as it is. A byte
/// that is not part of a valid UTF-8 sequence (stray, overlong, surrogate, truncated) is
/// left out when the page has more valid multi-byte sequences than such bytes (a UTF-8 page
/// with damage: "Zürich \xFF\xFE" -> "Zürich ", warning "invalid UTF-8 on line 1 at byte
/// 8 (2 bytes in all), left out"); otherwise it is read as Windows-1252, so "caf\xE9" ->
/// "café" with the warning "invalid UTF-8 on line 1 at byte 3 (1 byte in all), read as
/// Windows-1252".
/// Throws InputError with a problem text the caller prefixes with the file name:
/// "is empty", "contains no text" (only whitespace), "is UTF-16 text, not UTF-8",
/// "is binary, not text (NUL byte at offset 123)" or
/// "is binary, not text (40 control characters, the first at offset 7)".
DecodedText decode_page_text(std::string_view bytes);

}  // namespace nieuwslezer
