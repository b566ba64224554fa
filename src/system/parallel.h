#pragma once
// Work over index ranges on several threads, for the per-sample stages of mastering. Each
// range's result depends only on its own indices, so the output is the same for any number
// of threads.

#include <cstddef>
#include <functional>

namespace nieuwslezer {

/// Calls work(begin, end) for contiguous ranges that together cover [0, count), on up to
/// `threads` threads (this one included; at least `min_range` indices each), and returns
/// when all are done. An exception from any range is rethrown here, after every range ended.
/// Example: parallel_ranges(10, 2, 1, f) calls f(0, 5) here and f(5, 10) on a second thread.
void parallel_ranges(std::size_t count, int threads, std::size_t min_range,
                     const std::function<void(std::size_t, std::size_t)>& work);

}  // namespace nieuwslezer
