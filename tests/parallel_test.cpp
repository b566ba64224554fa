#include "system/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

namespace nieuwslezer {
namespace {

TEST(ParallelRanges, CoversEveryIndexOnceInContiguousRanges) {
  for (const int threads : {1, 2, 3, 8}) {
    std::vector<std::atomic<int>> seen(1000);
    std::mutex mutex;
    std::set<std::pair<std::size_t, std::size_t>> ranges;
    std::set<std::thread::id> ids;
    parallel_ranges(1000, threads, 10, [&](std::size_t begin, std::size_t end) {
      for (std::size_t i = begin; i < end; ++i) ++seen[i];
      const std::lock_guard lock(mutex);
      ranges.emplace(begin, end);
      ids.insert(std::this_thread::get_id());
    });
    for (const auto& count : seen) ASSERT_EQ(count, 1) << threads;
    EXPECT_EQ(ranges.size(), static_cast<std::size_t>(threads)) << threads;
    EXPECT_EQ(ids.size(), static_cast<std::size_t>(threads)) << "one thread per range";
    std::size_t next = 0;
    for (const auto& [begin, end] : ranges) {
      EXPECT_EQ(begin, next);
      next = end;
    }
    EXPECT_EQ(next, 1000u);
  }
}

TEST(ParallelRanges, SmallWorkStaysOnOneThread) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  parallel_ranges(100, 4, 60,
                  [&](std::size_t begin, std::size_t end) { ranges.emplace_back(begin, end); });
  ASSERT_EQ(ranges.size(), 1u);
  EXPECT_EQ(ranges[0], std::make_pair(std::size_t{0}, std::size_t{100}));
  std::size_t calls = 0;
  parallel_ranges(0, 4, 1, [&](std::size_t begin, std::size_t end) {
    EXPECT_EQ(begin, end);
    ++calls;
  });
  EXPECT_LE(calls, 1u);
}

TEST(ParallelRanges, AnErrorInAnyRangeIsRethrownAfterAllEnded) {
  std::atomic<int> finished = 0;
  EXPECT_THROW(parallel_ranges(4, 4, 1,
                               [&](std::size_t begin, std::size_t) {
                                 if (begin == 2) throw std::runtime_error("range 2");
                                 ++finished;
                               }),
               std::runtime_error);
  EXPECT_EQ(finished, 3);
}

}  // namespace
}  // namespace nieuwslezer
