#pragma once
// The input edge: the page's bytes from a file, a FIFO or standard input.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace nieuwslezer {

/// The largest page we read; a news page is a few hundred kilobytes at most.
inline constexpr std::size_t kMaxInputBytes = std::size_t{64} * 1024 * 1024;

/// How long a FIFO input waits for its writer's first bytes: a scheduled run must end even
/// when the program that should feed it never starts.
inline constexpr std::chrono::milliseconds kFifoWriterWait{10'000};

/// How messages name an input: "-" -> "standard input", any other path -> the path as given.
std::string input_display_name(const std::filesystem::path& path);

/// When a file input was last written, its scrape time: a regular file's modification time
/// (to the second); nullopt for "-", a FIFO, a device, or when it cannot be told.
std::optional<std::chrono::sys_seconds> modification_time(const std::filesystem::path& path);

/// All bytes of `path` ("-" reads standard input), read in chunks so a FIFO or a pipe works
/// and the limit holds without reading more than `max_bytes` + one chunk. A FIFO is read
/// until its writer closes it; when no writer has written anything (or closed it) within
/// `fifo_wait`, the read is given up.
/// "page.txt" -> its bytes, unchanged (decoding is decode_page_text's job). Throws InputError
/// naming the input: "page.txt: cannot open: No such file or directory",
/// "pages: is a directory", "page.txt: cannot read: <reason>",
/// "big.txt: is larger than 64 MiB (limit)" and
/// "page.fifo: is a FIFO and nothing was written to it within 10 s".
std::string read_input_file(const std::filesystem::path& path,
                            std::size_t max_bytes = kMaxInputBytes,
                            std::chrono::milliseconds fifo_wait = kFifoWriterWait);

}  // namespace nieuwslezer
