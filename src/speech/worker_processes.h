#pragma once
// Work split over forked processes. eSpeak NG keeps its state in globals, one engine per
// process, so parallel speech means processes, not threads: each child inherits a copy of
// the parent's started engine.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace nieuwslezer {

/// Runs work(0) ... work(count - 1), each in a child process forked from this one as it is
/// now, at most `jobs` at a time, and calls take(task, result) here as each one's result
/// is in (in the order they finish), while the others go on. Every task starts from the
/// same state, so results do not depend on `jobs` or on which task ran before.
/// A child's result comes back through a pipe, read as it comes. A child that throws,
/// crashes or is killed makes this throw std::runtime_error "speech task 3: <its message or
/// signal>"; so does a fork that fails while no other child runs; what `take` throws is
/// rethrown. Either way the other children are killed first. Children die with this
/// process (SIGKILL on the parent's death) and take default signal handling, so they never
/// run this process's cleanup.
void run_in_children(std::size_t count, int jobs,
                     const std::function<std::string(std::size_t)>& work,
                     const std::function<void(std::size_t, std::string)>& take);

/// The number of CPUs this process may run on (at least 1).
int available_cpus();

}  // namespace nieuwslezer
