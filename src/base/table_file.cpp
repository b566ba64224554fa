#include "base/table_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base/bounded_read.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace nieuwslezer {
namespace {

// Spaces around a field; tabs separate the fields.
constexpr std::string_view kFieldSpaces = " \r";

}  // namespace

std::vector<TableLine> parse_table(std::string_view text, std::string_view source_name) {
  std::vector<TableLine> lines;
  std::size_t number = 0;
  while (!text.empty()) {
    const std::size_t newline = std::min(text.find('\n'), text.size());
    const std::string_view content = trim(text.substr(0, newline), kFieldSpaces);
    text.remove_prefix(std::min(newline + 1, text.size()));
    ++number;
    if (!utf8::is_text(content)) {
      throw DataError(std::string(source_name) + ":" + std::to_string(number) +
                      ": is not UTF-8 text (a damaged file?)");
    }
    if (content.empty()) continue;
    if (content.front() == '#' && !(content.size() > 1 && content[1] == '\t')) continue;
    TableLine line{number, {}};
    std::size_t pos = 0;
    while (pos < content.size()) {
      const std::size_t tab = std::min(content.find('\t', pos), content.size());
      const std::string_view field = trim(content.substr(pos, tab - pos), kFieldSpaces);
      if (!field.empty()) line.fields.emplace_back(field);
      pos = tab + 1;
    }
    if (!line.fields.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<TableLine> read_table_file(const std::filesystem::path& file) {
  std::string text;
  try {
    text = read_data_bytes(file);
  } catch (const InputError& error) {
    throw DataError(error.what());
  }
  return parse_table(text, file.string());
}

DataError table_error(std::string_view source_name, const TableLine& line,
                      std::string_view problem) {
  return DataError(std::string(source_name) + ":" + std::to_string(line.number) + ": " +
                   std::string(problem));
}

}  // namespace nieuwslezer
