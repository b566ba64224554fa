#include "output/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <string>

#include "errors.h"
#include "interrupts.h"

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

}  // namespace

void write_output(const std::filesystem::path& path, std::string_view bytes) {
  if (path == "-") {
    if (const int error = write_all(STDOUT_FILENO, bytes)) {
      throw OutputError(problem("standard output", "cannot write", error));
    }
    return;
  }
  if (std::filesystem::is_directory(path)) {
    throw OutputError(path.string() + ": is a directory");
  }
  // Devices such as /dev/null or /dev/full cannot be replaced by a rename: write in place.
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw OutputError(problem(path, "cannot open", errno));
    const int error = write_all(fd, bytes);
    ::close(fd);
    if (error) throw OutputError(problem(path, "cannot write", error));
    return;
  }
  const std::filesystem::path directory =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string temporary = (directory / ("." + path.filename().string() + ".XXXXXX")).string();
  std::optional<InterruptsDeferred> deferred(std::in_place);  // till the name is registered
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) throw OutputError(problem(path, "cannot write in " + directory.string(), errno));
  const TemporaryPath removed_if_interrupted(temporary);
  deferred.reset();
  int error = write_all(fd, bytes);
  if (!error && ::fsync(fd) != 0) error = errno;
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
}

}  // namespace nieuwslezer
