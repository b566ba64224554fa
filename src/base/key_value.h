#pragma once
// The small "key = value" data-file format used by voice profiles and phrase templates.

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace nieuwslezer {

using KeyValues = std::map<std::string, std::string, std::less<>>;

/// Parses "key = value" lines; '#' starts a comment line, blank lines are skipped, spaces
/// around key and value are trimmed. "opening = Hier is het nieuws." -> {"opening": "Hier is..."}.
/// Throws InputError "<source_name>:<line>: expected 'key = value'" on a malformed line,
/// "<source_name>:<line>: duplicate key 'x'" on a repeated key and
/// "<source_name>:<line>: is not UTF-8 text (a damaged file?)" on bytes that are not text.
KeyValues parse_key_values(std::string_view text, std::string_view source_name);

/// Reads and parses a key-value file; throws InputError naming the file when it cannot be
/// read or is malformed.
KeyValues load_key_values(const std::filesystem::path& file);

/// The value of `key`, or throws InputError "<source_name>: missing key 'key'".
const std::string& required_value(const KeyValues& values, std::string_view key,
                                  std::string_view source_name);

}  // namespace nieuwslezer
