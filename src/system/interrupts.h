#pragma once
// Interrupted runs leave nothing behind. SIGINT, SIGTERM and SIGHUP remove the temporary
// files and folders registered here, then end the process by the same signal, so a shell
// sees 128 + the signal number (130 for Ctrl-C, 143 for SIGTERM).

#include <signal.h>

#include <cstddef>
#include <string>

namespace nieuwslezer {

/// Installs the signal handlers; main() calls it once, from the main thread, before any
/// temporary exists.
void remove_temporaries_on_interrupt();

/// Registers `path` (a file, a link or a folder) to be removed if the process is
/// interrupted. Paths go in reverse order of registration, so register a folder before what
/// it holds. Returns the handle for keep_on_interrupt. Throws std::length_error when more
/// than a few thousand paths are registered at once.
std::size_t remove_on_interrupt(const std::string& path);

/// Forgets a registration: the path was renamed into place or removed already.
void keep_on_interrupt(std::size_t handle);

/// Holds SIGINT, SIGTERM and SIGHUP back while it lives: for creating a temporary under a
/// name only known once it exists (mkstemp) and registering it, with no gap between. Use it
/// on the main thread (other threads hand their signals to it).
class InterruptsDeferred {
 public:
  InterruptsDeferred();
  ~InterruptsDeferred();
  InterruptsDeferred(const InterruptsDeferred&) = delete;
  InterruptsDeferred& operator=(const InterruptsDeferred&) = delete;

 private:
  sigset_t previous_;
};

/// A registration that ends with its scope.
class TemporaryPath {
 public:
  explicit TemporaryPath(const std::string& path) : handle_(remove_on_interrupt(path)) {}
  ~TemporaryPath() { keep_on_interrupt(handle_); }
  TemporaryPath(const TemporaryPath&) = delete;
  TemporaryPath& operator=(const TemporaryPath&) = delete;

 private:
  std::size_t handle_;
};

}  // namespace nieuwslezer
