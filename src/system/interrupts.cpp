#include "system/interrupts.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace nieuwslezer {
namespace {

// Fixed slots the handler can read without locks or allocation: a slot holds a path
// (malloc'ed outside the handler) or nothing. A process registers a few paths per output
// file and about a hundred for eSpeak's data overlay.
constexpr std::size_t kSlots = 4096;
std::array<std::atomic<char*>, kSlots> g_paths{};
std::atomic<std::size_t> g_used{0};  // slots [0, g_used) may hold paths

pthread_t g_main_thread;

// Only async-signal-safe calls here: unlink, rmdir, signal, raise, pthread_kill.
void on_interrupt(int signal_number) {
  const int saved = errno;
  // A signal sent to the process may land in any thread (libsoxr's OpenMP workers, say),
  // but only the main thread defers it while it registers a temporary: hand it over.
  if (!pthread_equal(pthread_self(), g_main_thread)) {
    ::pthread_kill(g_main_thread, signal_number);
    errno = saved;
    return;
  }
  for (std::size_t slot = std::min(g_used.load(), kSlots); slot-- > 0;) {
    const char* path = g_paths[slot].exchange(nullptr);
    if (path == nullptr) continue;
    if (::unlink(path) != 0 && (errno == EISDIR || errno == EPERM)) ::rmdir(path);
  }
  errno = saved;
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

}  // namespace

void remove_temporaries_on_interrupt() {
  g_main_thread = pthread_self();
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  // One cleanup at a time: the other signals wait while it runs.
  for (const int blocked : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&action.sa_mask, blocked);
  for (const int handled : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(handled, &action, nullptr);
}

std::size_t remove_on_interrupt(const std::string& path) {
  // Slots are never reused, so the handler's last-to-first order is registration order.
  const std::size_t slot = g_used.fetch_add(1);
  if (slot >= kSlots) {
    g_used.store(kSlots);
    throw std::length_error("too many temporary files to clean up on an interrupt");
  }
  char* copy = ::strdup(path.c_str());
  if (copy == nullptr) throw std::bad_alloc();
  g_paths[slot].store(copy);
  return slot;
}

InterruptsDeferred::InterruptsDeferred() {
  sigset_t held;
  sigemptyset(&held);
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&held, signal_number);
  ::pthread_sigmask(SIG_BLOCK, &held, &previous_);
}

InterruptsDeferred::~InterruptsDeferred() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

void keep_on_interrupt(std::size_t handle) {
  if (handle >= kSlots) return;
  std::free(g_paths[handle].exchange(nullptr));
}

}  // namespace nieuwslezer
