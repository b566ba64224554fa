#include "base/bounded_read.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>
#include <vector>

#include "errors.h"

namespace nieuwslezer {

namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr std::size_t kMebibyte = 1024 * 1024;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using FileHandle = std::unique_ptr<std::FILE, FileCloser>;

std::string read_all(std::FILE* file, const std::string& name, std::size_t max_bytes) {
  std::string bytes;
  std::vector<char> chunk(kChunkBytes);
  while (true) {
    const std::size_t count = std::fread(chunk.data(), 1, chunk.size(), file);
    if (count > 0) {
      if (count > max_bytes - bytes.size()) {
        throw InputError(name + ": is larger than " + describe_size(max_bytes) + " (limit)");
      }
      bytes.append(chunk.data(), count);
    }
    // fread only comes back short at the end of the input or on an error.
    if (count < chunk.size()) {
      if (std::ferror(file)) {
        throw InputError(name + ": cannot read: " + std::strerror(errno));
      }
      if (std::feof(file)) return bytes;
    }
  }
}

// 10 000 ms -> "10 s", 250 ms -> "250 ms".
std::string describe_wait(std::chrono::milliseconds wait) {
  if (wait.count() % 1000 == 0) return std::to_string(wait.count() / 1000) + " s";
  return std::to_string(wait.count()) + " ms";
}

// Opens a FIFO without blocking and waits at most `wait` for its writer to write or close;
// then the FIFO is read as a normal file. (A blocking open would wait forever for a writer
// that never comes.)
FileHandle open_fifo(const std::filesystem::path& path, const std::string& name,
                     std::chrono::milliseconds wait) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw InputError(name + ": cannot open: " + std::strerror(errno));
  pollfd ready{fd, POLLIN, 0};
  const auto deadline = std::chrono::steady_clock::now() + wait;
  int result = 0;
  do {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    result = ::poll(&ready, 1, static_cast<int>(std::max<long long>(left.count(), 0)));
  } while (result < 0 && errno == EINTR);
  const int poll_error = errno;
  if (result <= 0) {
    ::close(fd);
    if (result == 0) {
      throw InputError(name + ": is a FIFO and nothing was written to it within " +
                       describe_wait(wait));
    }
    throw InputError(name + ": cannot read: " + std::strerror(poll_error));
  }
  const int flags = ::fcntl(fd, F_GETFL);
  FileHandle file(flags >= 0 && ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0 ? ::fdopen(fd, "rb")
                                                                               : nullptr);
  if (!file) {
    const int error = errno;
    ::close(fd);
    throw InputError(name + ": cannot read: " + std::strerror(error));
  }
  return file;
}

}  // namespace

std::string describe_size(std::size_t bytes) {
  if (bytes >= kMebibyte && bytes % kMebibyte == 0) {
    return std::to_string(bytes / kMebibyte) + " MiB";
  }
  return std::to_string(bytes) + " bytes";
}

std::string read_bounded(const std::filesystem::path& path, std::size_t max_bytes,
                         std::chrono::milliseconds fifo_wait) {
  const std::string name = path == "-" ? "standard input" : path.string();
  if (path == "-") {
    std::clearerr(stdin);
    return read_all(stdin, name, max_bytes);
  }

  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (std::filesystem::is_directory(status)) throw InputError(name + ": is a directory");
  // A regular file's size is known up front: refuse a huge one without reading it.
  if (std::filesystem::is_regular_file(status)) {
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > max_bytes) {
      throw InputError(name + ": is larger than " + describe_size(max_bytes) + " (limit)");
    }
  }
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
      !std::filesystem::is_fifo(status) && !std::filesystem::is_character_file(status)) {
    throw InputError(name + ": is not a regular file");
  }
  if (std::filesystem::is_character_file(status) && max_bytes < kMebibyte * 64) {
    throw InputError(name + ": is a device, not a file");  // /dev/zero as a lexicon
  }
  if (std::filesystem::is_fifo(status)) {
    const FileHandle fifo = open_fifo(path, name, fifo_wait);
    return read_all(fifo.get(), name, max_bytes);
  }
  errno = 0;
  const FileHandle file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    throw InputError(name +
                     ": cannot open: " + (errno != 0 ? std::strerror(errno) : "unknown error"));
  }
  return read_all(file.get(), name, max_bytes);
}

}  // namespace nieuwslezer
