#include "system/worker_processes.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "system/private_buffer.h"

namespace nieuwslezer {
namespace {

// What a child sends is records, each a byte for its kind, then the size of what follows
// (8 bytes, native order), then that: parts of its result, then an empty record that says
// the result is complete; or, instead of that, its error message.
constexpr char kPart = 'P';
constexpr char kResult = 'R';
constexpr char kError = 'E';
constexpr std::size_t kHeader = 1 + sizeof(std::uint64_t);
// The most room taken on a child's word before its bytes arrive.
constexpr std::uint64_t kMaxReserve = std::uint64_t{1} << 32;

// Writes all of `pieces` (none empty) to `fd`, as many at a time as writev takes.
bool write_all(int fd, std::vector<iovec> pieces) {
  std::size_t first = 0;
  while (first < pieces.size()) {
    const auto count = static_cast<int>(std::min<std::size_t>(pieces.size() - first, IOV_MAX));
    const ssize_t written = ::writev(fd, pieces.data() + first, count);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    auto left = static_cast<std::size_t>(written);
    while (first < pieces.size() && left >= pieces[first].iov_len) left -= pieces[first++].iov_len;
    if (left > 0) {
      pieces[first].iov_base = static_cast<char*>(pieces[first].iov_base) + left;
      pieces[first].iov_len -= left;
    }
  }
  return true;
}

// Sends a record of `kind`: its header, then the bytes of `pieces` from where they lie.
bool send(int fd, char kind, ResultPieces pieces) {
  std::uint64_t size = 0;
  for (const std::span<const std::byte> piece : pieces) size += piece.size();
  // The size first, so the parent makes room for all of it at once.
  char header[kHeader] = {kind};
  std::memcpy(header + 1, &size, sizeof size);
  std::vector<iovec> gather{{header, kHeader}};
  for (const std::span<const std::byte> piece : pieces) {
    if (!piece.empty()) gather.push_back({const_cast<std::byte*>(piece.data()), piece.size()});
  }
  return write_all(fd, std::move(gather));
}

// In the child: do the work, send the outcome down `fd`, and end without running anything
// of the parent's (no atexit handlers, no static destructors, no stdio flushing).
[[noreturn]] void child(int fd, pid_t parent, std::size_t task,
                        const std::function<void(std::size_t, const SendResult&)>& work) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(3);  // the parent is already gone
  ::signal(SIGINT, SIG_DFL);
  ::signal(SIGTERM, SIG_DFL);
  ::signal(SIGHUP, SIG_DFL);
  const SendResult send_part = [&](ResultPieces pieces) {
    if (!send(fd, kPart, pieces)) ::_exit(2);
  };
  std::string message;
  try {
    work(task, send_part);
    ::_exit(send(fd, kResult, {}) ? 0 : 2);
  } catch (const std::exception& error) {
    message = error.what();
  } catch (...) {
    message = "unknown failure";
  }
  const std::span<const std::byte> piece = std::as_bytes(std::span(message));
  ::_exit(send(fd, kError, ResultPieces(&piece, 1)) ? 0 : 2);
}

// Makes `buffer` hold at least `size` bytes, keeping its first `keep`.
void make_room(PrivateBuffer& buffer, std::size_t size, std::size_t keep) {
  if (buffer.capacity() >= size) return;
  // Headroom for larger results to come: pages never written are never faulted in.
  PrivateBuffer larger(size + size / 2);
  if (keep > 0) std::memcpy(larger.data(), buffer.data(), keep);
  buffer = std::move(larger);
}

struct Child {
  std::size_t task = 0;
  pid_t pid = -1;
  int fd = -1;                 // the reading end of its pipe
  char header[kHeader] = {};   // the header of the record coming in
  std::size_t header_got = 0;  // bytes of it in
  std::uint64_t size = 0;      // the size of that record, as its header says
  std::uint64_t size_got = 0;  // bytes of it in
  PrivateBuffer rest;          // where the result's parts (or the error message) go
  std::size_t got = 0;         // bytes of them in
  bool complete = false;       // the result is complete (kResult came)
  bool failed = false;         // an error message came instead
  bool excess = false;         // it sent more than it should
  std::span<const std::byte> sent() const { return {rest.data(), got}; }
};

// Reads what `child` has sent since the last call: record headers, and the bytes of parts and
// error messages straight into its buffer, which is one of `spare` if there is one. False at
// the end of its pipe.
bool receive(Child& child, std::vector<PrivateBuffer>& spare) {
  char beyond[64];  // what it sends after the end only tells that it does
  void* to = beyond;
  std::size_t room = sizeof beyond;
  if (child.complete || child.excess) {
  } else if (child.header_got < kHeader) {
    to = child.header + child.header_got;
    room = kHeader - child.header_got;
  } else {
    if (child.got == child.rest.capacity()) {
      const std::uint64_t more = std::max<std::uint64_t>(child.got, 1 << 16);
      make_room(child.rest, child.got + std::min(child.size - child.size_got, more), child.got);
    }
    to = child.rest.data() + child.got;
    room = std::min<std::uint64_t>(child.size - child.size_got, child.rest.capacity() - child.got);
  }
  const ssize_t bytes_read = ::read(child.fd, to, room);
  if (bytes_read < 0) return errno == EINTR;
  if (bytes_read == 0) return false;
  const auto got = static_cast<std::size_t>(bytes_read);
  if (child.complete || child.excess) {
    child.excess = true;
  } else if (child.header_got < kHeader) {
    child.header_got += got;
    if (child.header_got < kHeader) return true;
    const char kind = child.header[0];
    std::memcpy(&child.size, child.header + 1, sizeof child.size);
    child.size_got = 0;
    if (kind == kError) {
      child.got = 0;  // the parts before it do not count
      child.failed = true;
    } else if (kind == kResult && child.size == 0) {
      child.complete = true;
      return true;
    } else if (kind != kPart || child.failed) {
      child.excess = true;
      return true;
    }
    if (child.rest.capacity() == 0 && !spare.empty()) {
      const auto roomiest = std::max_element(spare.begin(), spare.end(),
                                             [](const PrivateBuffer& a, const PrivateBuffer& b) {
                                               return a.capacity() < b.capacity();
                                             });
      child.rest = std::move(*roomiest);
      spare.erase(roomiest);
    }
    make_room(child.rest, child.got + std::min(child.size, kMaxReserve), child.got);
  } else {
    child.got += got;
    child.size_got += got;
  }
  if (child.header_got == kHeader && child.size_got == child.size) child.header_got = 0;
  return true;
}

// Starts task `task` in a child that sends its outcome through a pipe; false when the
// system refuses (no pipe or no fork).
bool start(std::size_t task, pid_t parent,
           const std::function<void(std::size_t, const SendResult&)>& work,
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
  Child& started = running.emplace_back();
  started.task = task;
  started.pid = pid;
  started.fd = ends[0];
  return true;
}

// Why a finished child's result cannot be taken, or nothing when it can.
std::string failure_of(const Child& done, int status) {
  const std::string name = "speech task " + std::to_string(done.task + 1);
  if (WIFSIGNALED(status)) {
    return name + ": killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
           ::strsignal(WTERMSIG(status)) + ")";
  }
  const bool error_whole = done.failed && done.header_got == 0;  // its message all in
  if ((!done.complete && !error_whole) || done.excess || !WIFEXITED(status) ||
      WEXITSTATUS(status) != 0) {
    return name + ": ended without a result (exit " +
           std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")";
  }
  if (done.failed) {
    const std::span<const std::byte> message = done.sent();
    return name + ": " + std::string(reinterpret_cast<const char*>(message.data()), message.size());
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
                     const std::function<void(std::size_t, const SendResult&)>& work,
                     const std::function<void(std::size_t, std::span<const std::byte>)>& take) {
  std::exception_ptr taking;  // what `take` threw
  const auto most = static_cast<std::size_t>(std::max(jobs, 1));
  const pid_t parent = ::getpid();
  std::vector<Child> running;
  std::vector<Child> waiting;        // finished before a task ahead of them was taken
  std::vector<PrivateBuffer> spare;  // taken children's buffers, for the next ones
  std::size_t next = 0, next_taken = 0;
  std::string error;
  // Takes the results of the finished children whose turn it is, in task order.
  const auto take_in_order = [&] {
    for (;;) {
      const auto turn = std::find_if(waiting.begin(), waiting.end(),
                                     [&](const Child& child) { return child.task == next_taken; });
      if (turn == waiting.end()) return;
      if (error.empty()) {
        try {
          take(turn->task, turn->sent());
        } catch (...) {
          taking = std::current_exception();
          error = "speech task " + std::to_string(turn->task + 1) + ": cannot take the result";
          for (const Child& other : running) ::kill(other.pid, SIGKILL);  // no use for theirs
        }
      }
      if (turn->rest.capacity() > 0) spare.push_back(std::move(turn->rest));
      waiting.erase(turn);
      ++next_taken;
    }
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
      if (polls[i].revents != 0) ended = !receive(child, spare);
      if (!ended) continue;
      ::close(child.fd);
      int status = 0;
      while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
      }
      const std::string failure = failure_of(child, status);
      if (!failure.empty() && error.empty()) {
        error = failure;
        for (const Child& other : running) {
          if (other.pid != child.pid) ::kill(other.pid, SIGKILL);  // no use for theirs now
        }
      }
      if (failure.empty()) {
        waiting.push_back(std::move(child));
      } else if (child.rest.capacity() > 0) {
        spare.push_back(std::move(child.rest));
      }
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
    }
    take_in_order();
  }
  if (taking) std::rethrow_exception(taking);
  if (!error.empty()) throw std::runtime_error(error);
}

}  // namespace nieuwslezer
