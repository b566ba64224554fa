#include "system/memory.h"

#include <gtest/gtest.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <numeric>
#include <vector>

namespace nieuwslezer {
namespace {

TEST(Pages, MappingInLeavesTheContentsAndTheBytesAroundThemAsTheyWere) {
  std::vector<int> values(3 << 20);  // 12 MB, neither end on a page boundary
  std::iota(values.begin(), values.end(), 0);
  // Only the middle of the vector: the rest must not be written either.
  map_in(values.data() + 1001, (values.size() - 2002) * sizeof(int));
  for (std::size_t i = 0; i < values.size(); ++i) ASSERT_EQ(values[i], static_cast<int>(i)) << i;
  // Reserved but not yet used memory can be filled after it.
  std::vector<float> room;
  room.reserve(1 << 20);
  map_in(room.data(), room.capacity() * sizeof(float));
  room.assign(room.capacity(), 0.5f);
  EXPECT_EQ(std::accumulate(room.begin(), room.end(), 0.0), 0.5 * double(1 << 20));
  // Less than a page: nothing to do.
  int one = 7;
  map_in(&one, sizeof one);
  EXPECT_EQ(one, 7);
}

// Whether a process forked now has the page that holds `byte` (madvise fails with ENOMEM for
// an address a process has not mapped).
bool child_has_page(const char* byte) {
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  auto* at = reinterpret_cast<void*>(reinterpret_cast<std::uintptr_t>(byte) / page * page);
  const pid_t child = ::fork();
  if (child == 0) ::_exit(::madvise(at, page, MADV_NORMAL) == 0 || errno != ENOMEM ? 0 : 1);
  int status = 0;
  ::waitpid(child, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

TEST(Pages, KeptPagesAreNotHandedToForkedProcessesUntilHandedDownAgain) {
  std::vector<char> memory(std::size_t{4} << 20, 'x');
  const char* middle = memory.data() + memory.size() / 2;
  EXPECT_TRUE(child_has_page(middle));
  // From the second byte: the page that holds the first is not wholly inside, and stays.
  keep_from_forks(memory.data() + 1, memory.size() - 1, true);
  EXPECT_FALSE(child_has_page(middle));
  EXPECT_TRUE(child_has_page(memory.data()));
  keep_from_forks(memory.data() + 1, memory.size() - 1, false);
  EXPECT_TRUE(child_has_page(middle));
  EXPECT_EQ(*middle, 'x');
}

}  // namespace
}  // namespace nieuwslezer
