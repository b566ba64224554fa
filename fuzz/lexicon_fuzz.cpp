// libFuzzer target for the data files a user writes: any bytes as a --lexicon file (the
// table format of base/table_file, then the lexicon's own rules) and as a key = value file
// (base/key_value: phrases, voice profiles). Only the documented InputError and DataError
// may leave them; what they accept must be valid UTF-8.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "base/key_value.h"
#include "base/table_file.h"
#include "errors.h"
#include "fuzz_checks.h"
#include "text/text_data.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nieuwslezer;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    for (const TableLine& line : parse_table(bytes, "fuzz.tsv")) {
      for (const std::string& field : line.fields) {
        if (!fuzz::is_valid_utf8(field)) fuzz::fail("a table field is not valid UTF-8");
      }
    }
  } catch (const DataError&) {
  }
  try {
    for (const auto& [key, value] : parse_key_values(bytes, "fuzz.txt")) {
      if (!fuzz::is_valid_utf8(key) || !fuzz::is_valid_utf8(value)) {
        fuzz::fail("a key or value is not valid UTF-8");
      }
    }
  } catch (const InputError&) {
  } catch (const DataError&) {
  }
  // The lexicon reads a file: one per process, rewritten for each input.
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() /
      ("nieuwslezer-lexicon-fuzz-" + std::to_string(::getpid()) + ".tsv");
  std::ofstream(file, std::ios::binary | std::ios::trunc).write(bytes.data(), bytes.size());
  static TextData text_data = load_text_data(NIEUWSLEZER_FUZZ_DATA_DIR);
  try {
    TextData copy = text_data;
    add_pronunciation_file(copy, file);
  } catch (const InputError&) {
  }
  return 0;
}
