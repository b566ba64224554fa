#include "system/atomic_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
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

// What is at the output path before the run writes it.
enum class Target { kNew, kRegular, kOwnLink, kStandardOutput, kStandardError, kNullDevice };

// The names of our own standard descriptors, written to in place: `-o /dev/stdout > file`
// must not replace the /dev/stdout link with a file.
Target standard_stream(const std::filesystem::path& path) {
  if (is_standard_output(path)) return Target::kStandardOutput;
  if (path == "/dev/stderr" || path == "/dev/fd/2" || path == "/proc/self/fd/2") {
    return Target::kStandardError;
  }
  return Target::kNew;
}

// Looks at `path` without following a link, and refuses what must not be written through:
// a directory, a FIFO, a socket or device (a reader may never come, or the write lands
// somewhere else), a link that another user planted (a sticky /tmp), a name too long.
Target output_target(const std::filesystem::path& path) {
  if (const Target stream = standard_stream(path); stream != Target::kNew) return stream;
  if (path.filename().string().size() > NAME_MAX) {
    throw OutputError(path.string() + ": cannot write: the file name is longer than " +
                      std::to_string(NAME_MAX) + " bytes");
  }
  struct stat found {};
  if (::lstat(path.c_str(), &found) != 0) return Target::kNew;  // (a missing folder: later)
  if (S_ISLNK(found.st_mode)) {
    if (found.st_uid != ::geteuid()) {
      throw OutputError(path.string() +
                        ": is a symbolic link another user owns; not written through or "
                        "replaced (remove it, or write elsewhere)");
    }
    return Target::kOwnLink;  // replaced by the new file, as `mv` would
  }
  if (S_ISREG(found.st_mode)) return Target::kRegular;
  if (S_ISDIR(found.st_mode)) throw OutputError(path.string() + ": is a directory");
  // /dev/null and /dev/full (the memory devices 1,3 and 1,7) swallow or refuse at once.
  if (S_ISCHR(found.st_mode) && major(found.st_rdev) == 1 &&
      (minor(found.st_rdev) == 3 || minor(found.st_rdev) == 7)) {
    return Target::kNullDevice;
  }
  throw OutputError(path.string() + ": is " +
                    (S_ISFIFO(found.st_mode)   ? "a FIFO"
                     : S_ISSOCK(found.st_mode) ? "a socket"
                                               : "a device") +
                    ", not a regular file; to write into it, use -o - > " + path.string());
}

// Makes the content in memory first, then writes it in place: standard output, standard
// error or /dev/null cannot be replaced by a rename, nor always seeked in.
std::uint64_t write_in_place(const std::filesystem::path& path, Target target,
                             const std::function<int(int)>& filled) {
  const std::string name = target == Target::kStandardOutput  ? std::string("standard output")
                           : target == Target::kStandardError ? std::string("standard error")
                                                              : path.string();
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
  int fd = target == Target::kStandardError ? STDERR_FILENO : STDOUT_FILENO;
  if (!error && target == Target::kNullDevice) {
    fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) error = errno;
  }
  if (!error) error = copy_all(memory, fd);
  if (fd > STDERR_FILENO) ::close(fd);
  ::close(memory);
  if (error) throw OutputError(problem(name, "cannot write", error));
  return static_cast<std::uint64_t>(size);
}

// A file being written in `directory`: unnamed (O_TMPFILE) where the file system allows, so
// a run killed with SIGKILL leaves nothing; else a ".nieuwslezer-XXXXXX" file registered
// for removal on an interrupt.
class TemporaryFile {
 public:
  TemporaryFile(const std::filesystem::path& directory, const std::filesystem::path& target)
      : directory_(directory) {
    fd_ = ::open(directory.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
    if (fd_ >= 0) return;
    std::string name = (directory / ".nieuwslezer-XXXXXX").string();
    std::optional<InterruptsDeferred> deferred(std::in_place);  // till the name is registered
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) throw OutputError(problem(target, "cannot write in " + directory.string(), errno));
    name_ = name;
    registration_.emplace(name_);
  }
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!name_.empty()) ::unlink(name_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  int fd() const { return fd_; }

  // Closes the file and puts it at `path` in one rename; the errno that stopped it, or 0.
  int rename_to(const std::filesystem::path& path) {
    if (name_.empty() && !give_name()) return errno;
    const int closed = ::close(fd_);
    fd_ = -1;
    if (closed != 0) return errno;
    if (::rename(name_.c_str(), path.c_str()) != 0) return errno;
    registration_.reset();
    name_.clear();
    return 0;
  }

 private:
  // Links the unnamed file into its folder under a fresh name, for the rename.
  bool give_name() {
    const std::string proc = "/proc/self/fd/" + std::to_string(fd_);
    for (unsigned attempt = 0; attempt < 100; ++attempt) {
      std::string name = (directory_ / ".nieuwslezer-XXXXXX").string();
      const int probe = ::mkstemp(name.data());  // a unique name, made and freed at once
      if (probe < 0) return false;
      ::close(probe);
      ::unlink(name.c_str());
      const InterruptsDeferred deferred;
      if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
        name_ = name;
        registration_.emplace(name_);
        return true;
      }
      if (errno != EEXIST) return false;
    }
    return false;
  }

  std::filesystem::path directory_;
  int fd_ = -1;
  std::string name_;  // empty while the file has no name
  std::optional<TemporaryPath> registration_;
};

}  // namespace

bool is_standard_output(const std::filesystem::path& path) {
  return path == "-" || path == "/dev/stdout" || path == "/dev/fd/1" || path == "/proc/self/fd/1";
}

void check_output_target(const std::filesystem::path& path) { output_target(path); }

std::uint64_t write_output_with(const std::filesystem::path& path,
                                const std::function<void(int fd)>& fill, Sync sync) {
  // The errno of a failed fill, or 0; other exceptions from fill pass through.
  const std::function<int(int)> filled = [&](int fd) {
    try {
      fill(fd);
    } catch (const std::system_error& error) {
      return error.code().value() != 0 ? error.code().value() : EIO;
    }
    return 0;
  };
  const Target target = output_target(path);
  if (target != Target::kNew && target != Target::kRegular && target != Target::kOwnLink) {
    return write_in_place(path, target, filled);
  }
  struct stat replaced {};
  const bool keeps_mode = target == Target::kRegular && ::stat(path.c_str(), &replaced) == 0;
  const std::filesystem::path directory =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  TemporaryFile temporary(directory, path);
  int error = filled(temporary.fd());
  if (!error && sync == Sync::kYes && ::fsync(temporary.fd()) != 0) error = errno;
  struct stat written {};
  if (!error && ::fstat(temporary.fd(), &written) != 0) error = errno;
  // A replaced file keeps its permissions; a new one gets those a created file would get.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  const mode_t mode = keeps_mode ? (replaced.st_mode & 07777) : (0666 & ~mask);
  if (!error && ::fchmod(temporary.fd(), mode) != 0) error = errno;
  if (!error) error = temporary.rename_to(path);
  if (error) throw OutputError(problem(path, "cannot write", error));
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
