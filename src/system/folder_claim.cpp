#include "system/folder_claim.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <stdexcept>
#include <string>
#include <system_error>

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

constexpr const char* kClaimFile = ".in-use";

// Whether the folder's claim is free (its run is gone); false when held or unreadable.
// A missing claim file: nullopt-like -1.
int claim_state(const fs::path& folder) {
  const int fd = ::open((folder / kClaimFile).c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return errno == ENOENT ? -1 : 0;
  const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  ::close(fd);
  return free ? 1 : 0;
}

}  // namespace

int claim_folder(const fs::path& folder) {
  const int fd = ::open((folder / kClaimFile).c_str(),
                        O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const std::string reason = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    throw std::runtime_error(folder.string() + ": cannot claim: " + reason);
  }
  return fd;
}

std::size_t sweep_dead_folders(const fs::path& parent, std::string_view prefix,
                               std::chrono::seconds unclaimed_age) {
  std::size_t removed = 0;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(parent, error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    struct stat status {};
    if (::lstat(entry.path().c_str(), &status) != 0 || !S_ISDIR(status.st_mode) ||
        status.st_uid != ::geteuid()) {
      continue;
    }
    const int state = claim_state(entry.path());
    const bool old = std::time(nullptr) - status.st_mtime > unclaimed_age.count();
    if (state == 1 || (state == -1 && old)) {
      std::error_code ignored;
      if (fs::remove_all(entry.path(), ignored) > 0 && !ignored) ++removed;
    }
  }
  return removed;
}

}  // namespace nieuwslezer
