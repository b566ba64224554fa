#pragma once
// The tab-separated data-file format of the program's data/*.tsv tables: one record a line,
// fields separated by one or more tabs, "# ..." comment lines.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "errors.h"

namespace nieuwslezer {

/// One record of a table: its 1-based line number and its fields, each trimmed, none empty.
struct TableLine {
  std::size_t number = 0;
  std::vector<std::string> fields;
};

/// The records of a table text: blank lines and "# ..." comments skipped ("#<TAB>..." is a
/// record about '#'), fields split at runs of tabs and trimmed of spaces and CR:
/// "verb\tzei\t\tzei\n" -> {{1, {"verb", "zei", "zei"}}}.
/// Throws DataError "<source_name>:<line>: is not UTF-8 text (a damaged file?)".
std::vector<TableLine> parse_table(std::string_view text, std::string_view source_name);

/// Reads and parses a table file of the program's own data; throws DataError naming the file
/// when it cannot be read ("data/quotes.tsv: cannot open data file: No such file or
/// directory") and the errors of parse_table.
std::vector<TableLine> read_table_file(const std::filesystem::path& file);

/// The DataError for a malformed record: "<source_name>:<line>: <problem>".
DataError table_error(std::string_view source_name, const TableLine& line,
                      std::string_view problem);

}  // namespace nieuwslezer
