#pragma once
// The input edge: the page's bytes from a file, a FIFO or standard input.

#include <cstddef>
#include <filesystem>
#include <string>

namespace nieuwslezer {

/// The largest page we read; a news page is a few hundred kilobytes at most.
inline constexpr std::size_t kMaxInputBytes = std::size_t{64} * 1024 * 1024;

/// How messages name an input: "-" -> "standard input", any other path -> the path as given.
std::string input_display_name(const std::filesystem::path& path);

/// All bytes of `path` ("-" reads standard input), read in chunks so a FIFO or a pipe works
/// and the limit holds without reading more than `max_bytes` + one chunk.
/// "page.txt" -> its bytes, unchanged (decoding is decode_page_text's job). Throws InputError
/// naming the input: "page.txt: cannot open: No such file or directory",
/// "pages: is a directory", "page.txt: cannot read: <reason>" and
/// "big.txt: is larger than 64 MiB (limit)".
std::string read_input_file(const std::filesystem::path& path,
                            std::size_t max_bytes = kMaxInputBytes);

}  // namespace nieuwslezer
