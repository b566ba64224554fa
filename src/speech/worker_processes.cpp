#include "speech/worker_processes.h"

#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <stdexcept>

namespace nieuwslezer {
namespace {

// A child's memory file starts with this byte: the rest is its result or its error message.
constexpr char kResult = 'R';
constexpr char kError = 'E';

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

std::string read_all(int fd) {
  std::string bytes;
  const off_t size = ::lseek(fd, 0, SEEK_END);
  if (size < 0 || ::lseek(fd, 0, SEEK_SET) < 0) return bytes;
  bytes.resize(static_cast<std::size_t>(size));
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t got = ::read(fd, bytes.data() + done, bytes.size() - done);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    done += static_cast<std::size_t>(got);
  }
  bytes.resize(done);
  return bytes;
}

// In the child: do the work, leave the outcome in `fd`, and end without running anything
// of the parent's (no atexit handlers, no static destructors, no stdio flushing).
[[noreturn]] void child(int fd, pid_t parent, std::size_t share,
                        const std::function<std::string(std::size_t)>& work) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(3);  // the parent is already gone
  ::signal(SIGINT, SIG_DFL);
  ::signal(SIGTERM, SIG_DFL);
  ::signal(SIGHUP, SIG_DFL);
  char kind = kResult;
  std::string outcome;
  try {
    outcome = work(share);
  } catch (const std::exception& error) {
    kind = kError;
    outcome = error.what();
  } catch (...) {
    kind = kError;
    outcome = "unknown failure";
  }
  const bool written = write_all(fd, &kind, 1) && write_all(fd, outcome.data(), outcome.size());
  ::_exit(written ? 0 : 2);
}

struct Child {
  std::size_t task = 0;
  int fd = -1;
};

// Starts task `task` in a child; false when the system refuses (no memory file or fork).
bool start(std::size_t task, pid_t parent, const std::function<std::string(std::size_t)>& work,
           std::map<pid_t, Child>& running) {
  const int fd = ::memfd_create("nieuwslezer-task", MFD_CLOEXEC);
  if (fd < 0) return false;
  const pid_t pid = ::fork();
  if (pid == 0) child(fd, parent, task, work);
  if (pid < 0) {
    ::close(fd);
    return false;
  }
  running[pid] = Child{task, fd};
  return true;
}

// What a finished child left: its result, or the error to report.
std::string outcome_of(const Child& done, int status, std::string& error) {
  std::string outcome = read_all(done.fd);
  ::close(done.fd);
  const std::string name = "speech task " + std::to_string(done.task + 1);
  if (WIFSIGNALED(status)) {
    error = name + ": killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
            ::strsignal(WTERMSIG(status)) + ")";
  } else if (outcome.empty() || outcome.front() != kResult) {
    error = name + ": " + (outcome.empty() ? "ended without a result" : outcome.substr(1));
  } else {
    outcome.erase(0, 1);
    return outcome;
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

std::vector<std::string> run_in_children(std::size_t count, int jobs,
                                         const std::function<std::string(std::size_t)>& work) {
  std::vector<std::string> results(count);
  const auto most = static_cast<std::size_t>(std::max(jobs, 1));
  const pid_t parent = ::getpid();
  std::map<pid_t, Child> running;
  std::size_t next = 0;
  std::string error;
  const auto stop_all = [&] {
    for (const auto& [pid, child] : running) ::kill(pid, SIGKILL);
  };
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
    int status = 0;
    const pid_t pid = ::waitpid(-1, &status, 0);
    if (pid < 0) {
      if (errno == EINTR) continue;
      error = std::string("waiting for a speech process: ") + std::strerror(errno);
      stop_all();
      for (auto& [ignored, child] : running) ::close(child.fd);
      running.clear();
      break;
    }
    const auto found = running.find(pid);
    if (found == running.end()) continue;  // not ours
    const Child done = found->second;
    running.erase(found);
    std::string failure;
    std::string result = outcome_of(done, status, failure);
    if (!failure.empty() && error.empty()) {
      error = failure;
      stop_all();  // their results are no use now; they are reaped in this loop
    }
    results[done.task] = std::move(result);
  }
  if (!error.empty()) throw std::runtime_error(error);
  return results;
}

}  // namespace nieuwslezer
