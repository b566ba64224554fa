#include "speech/worker_processes.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <stdexcept>

namespace nieuwslezer {
namespace {

// What a child sends starts with this byte, then the size of the rest (8 bytes, native
// order): its result or its error message.
constexpr char kResult = 'R';
constexpr char kError = 'E';
constexpr std::size_t kHeader = 1 + sizeof(std::uint64_t);
// The most room taken on a child's word before its bytes arrive.
constexpr std::uint64_t kMaxReserve = std::uint64_t{1} << 32;

bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t written = ::write(fd, data, size);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

// In the child: do the work, send the outcome down `fd`, and end without running anything
// of the parent's (no atexit handlers, no static destructors, no stdio flushing).
[[noreturn]] void child(int fd, pid_t parent, std::size_t task,
                        const std::function<std::string(std::size_t)>& work) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(3);  // the parent is already gone
  ::signal(SIGINT, SIG_DFL);
  ::signal(SIGTERM, SIG_DFL);
  ::signal(SIGHUP, SIG_DFL);
  char kind = kResult;
  std::string outcome;
  try {
    outcome = work(task);
  } catch (const std::exception& error) {
    kind = kError;
    outcome = error.what();
  } catch (...) {
    kind = kError;
    outcome = "unknown failure";
  }
  // The size first, so the parent takes the outcome into one buffer of the right size.
  const std::uint64_t size = outcome.size();
  const bool written = write_all(fd, &kind, 1) &&
                       write_all(fd, reinterpret_cast<const char*>(&size), sizeof size) &&
                       write_all(fd, outcome.data(), outcome.size());
  ::_exit(written ? 0 : 2);
}

// The size a child's header announces.
std::uint64_t size_sent(const std::string& outcome) {
  std::uint64_t size = 0;
  std::memcpy(&size, outcome.data() + 1, sizeof size);
  return size;
}

struct Child {
  std::size_t task = 0;
  pid_t pid = -1;
  int fd = -1;          // the reading end of its pipe
  std::string outcome;  // what it sent so far
  bool sized = false;   // room for all of it is reserved
};

// Starts task `task` in a child that sends its outcome through a pipe; false when the
// system refuses (no pipe or no fork).
bool start(std::size_t task, pid_t parent, const std::function<std::string(std::size_t)>& work,
           std::vector<Child>& running) {
  int ends[2];
  if (::pipe2(ends, O_CLOEXEC) != 0) return false;
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(ends[0]);
    child(ends[1], parent, task, work);
  }
  ::close(ends[1]);
  if (pid < 0) {
    ::close(ends[0]);
    return false;
  }
  running.push_back(Child{task, pid, ends[0], {}});
  return true;
}

// What a finished child sent: its result, or the error to report.
std::string result_of(Child& done, int status, std::string& error) {
  const std::string name = "speech task " + std::to_string(done.task + 1);
  std::string& outcome = done.outcome;
  if (WIFSIGNALED(status)) {
    error = name + ": killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
            ::strsignal(WTERMSIG(status)) + ")";
  } else if (outcome.size() < kHeader || outcome.size() - kHeader != size_sent(outcome) ||
             !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    error = name + ": ended without a result (exit " +
            std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")";
  } else if (outcome.front() == kError) {
    error = name + ": " + outcome.substr(kHeader);
  } else {
    outcome.erase(0, kHeader);
    return std::move(outcome);
  }
  return {};
}

}  // namespace

int available_cpus() {
  cpu_set_t set;
  if (::sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  const long online = ::sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? static_cast<int>(online) : 1;
}

void run_in_children(std::size_t count, int jobs,
                     const std::function<std::string(std::size_t)>& work,
                     const std::function<void(std::size_t, std::string)>& take) {
  std::exception_ptr taking;  // what `take` threw
  const auto most = static_cast<std::size_t>(std::max(jobs, 1));
  const pid_t parent = ::getpid();
  std::vector<Child> running;
  std::size_t next = 0;
  std::string error;
  std::vector<char> buffer(1 << 20);
  while (next < count || !running.empty()) {
    while (error.empty() && next < count && running.size() < most) {
      if (!start(next, parent, work, running)) {
        if (running.empty()) {
          error = std::string("cannot start a speech process: ") + std::strerror(errno);
        }
        break;  // try again when a running child has finished
      }
      ++next;
    }
    if (running.empty()) break;
    // Read what the children send as they send it (a pipe holds only 64 KiB).
    std::vector<pollfd> polls;
    for (const Child& child : running) polls.push_back(pollfd{child.fd, POLLIN, 0});
    if (::poll(polls.data(), polls.size(), -1) < 0) {
      if (errno == EINTR) continue;
      error = std::string("waiting for a speech process: ") + std::strerror(errno);
      for (const Child& child : running) ::kill(child.pid, SIGKILL);
    }
    for (std::size_t i = running.size(); i-- > 0;) {
      Child& child = running[i];
      bool ended = !error.empty() && polls[i].revents == 0;
      if (polls[i].revents != 0) {
        const ssize_t got = ::read(child.fd, buffer.data(), buffer.size());
        if (got > 0) {
          child.outcome.append(buffer.data(), static_cast<std::size_t>(got));
          if (!child.sized && child.outcome.size() >= kHeader) {
            child.sized = true;
            child.outcome.reserve(kHeader + std::min(size_sent(child.outcome), kMaxReserve));
          }
        } else if (got == 0 || errno != EINTR) {
          ended = true;  // the end of its pipe: it is done
        }
      }
      if (!ended) continue;
      ::close(child.fd);
      int status = 0;
      while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
      }
      std::string failure;
      std::string result = result_of(child, status, failure);
      if (failure.empty() && error.empty()) {
        try {
          take(child.task, std::move(result));
        } catch (...) {
          taking = std::current_exception();
          failure = "cannot take the result";
        }
      }
      if (!failure.empty() && error.empty()) {
        error = failure;
        for (const Child& other : running) {
          if (other.pid != child.pid) ::kill(other.pid, SIGKILL);  // no use for theirs now
        }
      }
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  if (taking) std::rethrow_exception(taking);
  if (!error.empty()) throw std::runtime_error(error);
}

}  // namespace nieuwslezer
