#pragma once
// An exclusive lock on a file, for runs that read, change and replace a shared file (the
// podcast feed): one at a time, each seeing what the one before wrote.

#include <filesystem>

namespace nieuwslezer {

/// Holds an exclusive flock(2) on `path` while it lives: a lock file (made, empty, when
/// missing; never removed, since removing a lock file lets two runs lock two different
/// files) or, with kFolder, an existing folder (nothing is made). Waits as long as another
/// process holds it; the lock ends with the process, so a crashed run never leaves it held.
/// Throws OutputError "<path>: cannot lock: <reason>".
class FileLock {
 public:
  enum Kind { kFile, kFolder };
  explicit FileLock(const std::filesystem::path& path, Kind kind = kFile);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace nieuwslezer
