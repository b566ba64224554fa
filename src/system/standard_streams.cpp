#include "system/standard_streams.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>

namespace nieuwslezer {
namespace {

// Whether `fd` was closed; then /dev/null takes its number (open returns the lowest free
// descriptor, and the lower ones are open by then).
bool reopen_if_closed(int fd, int mode) {
  if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) return false;
  const int null = ::open("/dev/null", mode);
  if (null >= 0 && null != fd) {
    ::dup2(null, fd);
    ::close(null);
  }
  return true;
}

}  // namespace

StandardStreams secure_standard_streams() {
  StandardStreams streams;
  streams.input_closed = reopen_if_closed(STDIN_FILENO, O_RDONLY);
  streams.output_closed = reopen_if_closed(STDOUT_FILENO, O_WRONLY);
  streams.error_closed = reopen_if_closed(STDERR_FILENO, O_WRONLY);
  ::signal(SIGXFSZ, SIG_IGN);
  return streams;
}

}  // namespace nieuwslezer
