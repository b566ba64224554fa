#include "base/key_value.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base/bounded_read.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "errors.h"

namespace nieuwslezer {
namespace {

// Spaces around a line, a key or a value (a line holds no LF, and a form feed is no text).
constexpr std::string_view kSpaces = " \t\r";

}  // namespace

KeyValues parse_key_values(std::string_view text, std::string_view source_name) {
  KeyValues values;
  std::size_t line_number = 0;
  while (!text.empty()) {
    const auto end = text.find('\n');
    const std::string_view line = trim(text.substr(0, end), kSpaces);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++line_number;
    const auto where = [&] {
      return std::string(source_name) + ":" + std::to_string(line_number) + ": ";
    };
    if (!utf8::is_text(line)) throw InputError(where() + "is not UTF-8 text (a damaged file?)");
    if (line.empty() || line.front() == '#') continue;
    const auto equals = line.find('=');
    const std::string_view key =
        equals == std::string_view::npos ? "" : trim(line.substr(0, equals), kSpaces);
    if (key.empty()) throw InputError(where() + "expected 'key = value'");
    if (!values.emplace(std::string(key), std::string(trim(line.substr(equals + 1), kSpaces)))
             .second) {
      throw InputError(where() + "duplicate key '" + std::string(key) + "'");
    }
  }
  return values;
}

KeyValues load_key_values(const std::filesystem::path& file) {
  return parse_key_values(read_data_bytes(file), file.string());  // InputError naming it
}

const std::string& required_value(const KeyValues& values, std::string_view key,
                                  std::string_view source_name) {
  const auto found = values.find(key);
  if (found == values.end()) {
    throw InputError(std::string(source_name) + ": missing key '" + std::string(key) + "'");
  }
  return found->second;
}

}  // namespace nieuwslezer
