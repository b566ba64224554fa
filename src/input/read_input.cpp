#include "input/read_input.h"

#include "base/bounded_read.h"

namespace nieuwslezer {

std::string input_display_name(const std::filesystem::path& path) {
  return path == "-" ? "standard input" : path.string();
}

std::string read_input_file(const std::filesystem::path& path, std::size_t max_bytes,
                            std::chrono::milliseconds fifo_wait) {
  return read_bounded(path, max_bytes, fifo_wait);
}

}  // namespace nieuwslezer
