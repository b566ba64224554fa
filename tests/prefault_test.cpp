#include "prefault.h"

#include <gtest/gtest.h>

#include <numeric>
#include <vector>

namespace nieuwslezer {
namespace {

TEST(Prefault, LeavesTheContentsAndTheBytesAroundThemAsTheyWere) {
  std::vector<int> values(3 << 20);  // 12 MB, neither end on a page boundary
  std::iota(values.begin(), values.end(), 0);
  // Only the middle of the vector: the rest must not be written either.
  prefault(values.data() + 1001, (values.size() - 2002) * sizeof(int)).wait();
  for (std::size_t i = 0; i < values.size(); ++i) ASSERT_EQ(values[i], static_cast<int>(i)) << i;
  // Reserved but not yet used memory can be filled after it.
  std::vector<float> room;
  room.reserve(1 << 20);
  auto mapped = prefault(room.data(), room.capacity() * sizeof(float));
  room.assign(room.capacity(), 0.5f);
  mapped.wait();
  EXPECT_EQ(std::accumulate(room.begin(), room.end(), 0.0), 0.5 * double(1 << 20));
  // Less than a page: nothing to do, no thread.
  int one = 7;
  EXPECT_FALSE(prefault(&one, sizeof one).valid());
  EXPECT_EQ(one, 7);
}

}  // namespace
}  // namespace nieuwslezer
