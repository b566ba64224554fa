#include "input/read_input.h"

#include "base/bounded_read.h"

namespace nieuwslezer {

std::string input_display_name(const std::filesystem::path& path) {
  return path == "-" ? "standard input" : path.string();
}

std::optional<std::chrono::sys_seconds> modification_time(const std::filesystem::path& path) {
  std::error_code error;
  if (path == "-" || !std::filesystem::is_regular_file(path, error)) return std::nullopt;
  const auto written = std::filesystem::last_write_time(path, error);
  if (error) return std::nullopt;
  return std::chrono::floor<std::chrono::seconds>(std::chrono::file_clock::to_sys(written));
}

std::string read_input_file(const std::filesystem::path& path, std::size_t max_bytes,
                            std::chrono::milliseconds fifo_wait) {
  return read_bounded(path, max_bytes, fifo_wait);
}

}  // namespace nieuwslezer
