#pragma once
// Reading a file whole, with bounds: a size limit that holds without reading past it, and a
// FIFO whose writer never comes given up after a wait. For inputs and data files alike.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>

namespace nieuwslezer {

/// All bytes of `path` ("-" reads standard input), read in chunks so a FIFO or a pipe works
/// and the limit holds without reading more than `max_bytes` + one chunk. A FIFO is read
/// until its writer closes it; when no writer has written anything (or closed it) within
/// `fifo_wait`, the read is given up. A socket or block device is refused, and a character
/// device (/dev/zero) too when the limit is under 64 MiB (a data file, not a page).
/// Throws InputError naming the file: "x: cannot open: No such file or directory",
/// "x: is a directory", "x: cannot read: <reason>", "x: is larger than 64 MiB (limit)",
/// "x: is a device, not a file" and "x: is a FIFO and nothing was written to it within 10 s".
std::string read_bounded(const std::filesystem::path& path, std::size_t max_bytes,
                         std::chrono::milliseconds fifo_wait);

/// A size limit as messages say it: 64 MiB -> "64 MiB"; one that is not whole mebibytes
/// (tests) -> "1000 bytes".
std::string describe_size(std::size_t bytes);

/// The largest data file read (a lexicon, the configuration, a voice profile, a table):
/// 16 MiB; the bundled ones are a few hundred kilobytes at most.
inline constexpr std::size_t kMaxDataFileBytes = std::size_t{16} * 1024 * 1024;

/// How long a data file that is a FIFO waits for its writer.
inline constexpr std::chrono::milliseconds kDataFifoWait{10'000};

/// read_bounded with the data-file limits.
inline std::string read_data_bytes(const std::filesystem::path& path) {
  return read_bounded(path, kMaxDataFileBytes, kDataFifoWait);
}

}  // namespace nieuwslezer
