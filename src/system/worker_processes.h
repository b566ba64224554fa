#pragma once
// Work split over forked processes. eSpeak NG keeps its state in globals, one engine per
// process, so parallel speech means processes, not threads: each child inherits a copy of
// the parent's started engine.

#include <cstddef>
#include <functional>
#include <span>

namespace nieuwslezer {

/// A part of a task's result as a child sends it: these pieces of bytes, one after the other.
/// They are written to the pipe from where they lie, not gathered into one buffer first.
using ResultPieces = std::span<const std::span<const std::byte>>;

/// What a task calls to send the next part of its result, as soon as it has it (the child
/// can then reuse the part's memory).
using SendResult = std::function<void(ResultPieces)>;

/// Runs work(0, send) ... work(count - 1, send), each in a child process forked from this one
/// as it is now, at most `jobs` at a time, and calls take(task, result) here in task order,
/// each as soon as its result and those of all tasks before it are in, while the others go
/// on (a result that is in early waits in its buffer). Every task starts from the same
/// state, so results do not depend on `jobs` or on which task ran before.
/// A task's result is the parts it sends, joined (a task that sends nothing has an empty
/// result); it is complete when the task returns. The parts come back through a pipe, read
/// as they come straight into a buffer; `result` is that buffer, valid only during the call:
/// it is kept for a later child's result, and no child gets it, so its pages are faulted in
/// once (not again after each fork, copy-on-write). It starts at a page boundary, so a result
/// laid out for it can be read in place.
/// A child that throws (also after sending parts), crashes or is killed makes this throw
/// std::runtime_error "speech task 3: <its message or signal>"; so does a fork that fails
/// while no other child runs; what `take` throws is rethrown. Either way the other children are
/// killed first. Children die with this process (SIGKILL on the parent's death) and take default
/// signal handling, so they never run this process's cleanup.
void run_in_children(std::size_t count, int jobs,
                     const std::function<void(std::size_t, const SendResult&)>& work,
                     const std::function<void(std::size_t, std::span<const std::byte>)>& take);

/// The number of CPUs this process may run on (at least 1).
int available_cpus();

}  // namespace nieuwslezer
