#pragma once
// A head start on fresh memory: its pages mapped in on another thread while this one fills
// them.

#include <cstddef>
#include <future>

namespace nieuwslezer {

/// Maps in the pages of [data, data + bytes) for writing, on a thread of its own: the back
/// half first, then the front, so a caller filling the memory from the front meets pages
/// already there instead of taking a page fault on each (a 180 MB buffer is 44 000 of
/// them). The contents are untouched. The result waits for the thread when it is destroyed
/// or waited on. Does nothing where the kernel cannot (Linux before 5.14, other systems).
std::future<void> prefault(void* data, std::size_t bytes);

}  // namespace nieuwslezer
