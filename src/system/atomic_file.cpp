#include "system/atomic_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <string>
#include <system_error>

#include "errors.h"
#include "system/interrupts.h"

namespace nieuwslezer {
namespace {

std::string problem(const std::filesystem::path& path, const std::string& what, int error) {
  return path.string() + ": " + what + ": " + std::strerror(error);
}

// Writes everything or returns the errno that stopped it (0 on success).
int write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

// Copies all of `from` (from its start) to `to`; the errno that stopped it, or 0.
int copy_all(int from, int to) {
  std::string buffer(std::size_t{1} << 20, '\0');
  for (off_t at = 0;;) {
    const ssize_t got = ::pread(from, buffer.data(), buffer.size(), at);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return errno;
    if (got == 0) return 0;
    if (const int error = write_all(to, std::string_view(buffer.data(), std::size_t(got)))) {
      return error;
    }
    at += got;
  }
}

}  // namespace

std::uint64_t write_output_with(const std::filesystem::path& path,
                                const std::function<void(int fd)>& fill, Sync sync) {
  // The errno of a failed fill, or 0; other exceptions from fill pass through.
  const auto filled = [&](int fd) {
    try {
      fill(fd);
    } catch (const std::system_error& error) {
      return error.code().value() != 0 ? error.code().value() : EIO;
    }
    return 0;
  };
  struct stat existing {};
  const bool device =
      path != "-" && ::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode);
  if (path != "-" && std::filesystem::is_directory(path)) {
    throw OutputError(path.string() + ": is a directory");
  }
  if (path == "-" || device) {
    // Standard output, /dev/null or /dev/full cannot be replaced by a rename, nor always
    // seeked in: the content is made in memory first, then written in place.
    const std::string name = path == "-" ? std::string("standard output") : path.string();
    const int memory = ::memfd_create("nieuwslezer-output", MFD_CLOEXEC);
    if (memory < 0) throw OutputError(problem(name, "cannot write", errno));
    int error = 0;
    try {
      error = filled(memory);
    } catch (...) {
      ::close(memory);
      throw;
    }
    const off_t size = ::lseek(memory, 0, SEEK_END);
    int fd = STDOUT_FILENO;
    if (!error && path != "-") {
      fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd < 0) error = errno;
    }
    if (!error) error = copy_all(memory, fd);
    if (fd != STDOUT_FILENO && fd >= 0) ::close(fd);
    ::close(memory);
    if (error) throw OutputError(problem(name, "cannot write", error));
    return static_cast<std::uint64_t>(size);
  }
  const std::filesystem::path directory =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string temporary = (directory / ("." + path.filename().string() + ".XXXXXX")).string();
  std::optional<InterruptsDeferred> deferred(std::in_place);  // till the name is registered
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) throw OutputError(problem(path, "cannot write in " + directory.string(), errno));
  const TemporaryPath removed_if_interrupted(temporary);
  deferred.reset();
  int error = 0;
  try {
    error = filled(fd);
  } catch (...) {
    ::close(fd);
    ::unlink(temporary.c_str());
    throw;
  }
  if (!error && sync == Sync::kYes && ::fsync(fd) != 0) error = errno;
  struct stat written {};
  if (!error && ::fstat(fd, &written) != 0) error = errno;
  // mkstemp makes the file 0600; give it the permissions a newly created file would get.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (!error && ::fchmod(fd, 0666 & ~mask) != 0) error = errno;
  if (::close(fd) != 0 && !error) error = errno;
  if (!error && ::rename(temporary.c_str(), path.c_str()) != 0) error = errno;
  if (error) {
    ::unlink(temporary.c_str());
    throw OutputError(problem(path, "cannot write", error));
  }
  return static_cast<std::uint64_t>(written.st_size);
}

void write_output(const std::filesystem::path& path, std::string_view bytes, Sync sync) {
  write_output_with(
      path,
      [&](int fd) {
        if (const int error = write_all(fd, bytes)) {
          throw std::system_error(error, std::generic_category(), "write");
        }
      },
      sync);
}

}  // namespace nieuwslezer
