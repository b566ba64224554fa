#include "base/edit_distance.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsSubstitutionsAndSwaps) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("max-age", "max-age"), 0u);
  EXPECT_EQ(edit_distance("max-agee", "max-age"), 1u);  // insertion
  EXPECT_EQ(edit_distance("mx-age", "max-age"), 1u);    // deletion
  EXPECT_EQ(edit_distance("max-ago", "max-age"), 1u);   // substitution
  EXPECT_EQ(edit_distance("max-aeg", "max-age"), 1u);   // swap of neighbours
  EXPECT_EQ(edit_distance("", "rate"), 4u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

TEST(NearestWord, SuggestsOnlyAClearNearCandidate) {
  const std::vector<std::string> options = {"max-age", "max-items", "min-items", "rate"};
  EXPECT_EQ(nearest_word("max-agee", options), "max-age");
  EXPECT_EQ(nearest_word("max-itmes", options), "max-items");
  EXPECT_EQ(nearest_word("rat", options), "rate");
  EXPECT_EQ(nearest_word("volume", options), "");   // nothing near
  EXPECT_EQ(nearest_word("m-items", options), "");  // max-items and min-items equally near
}

}  // namespace
}  // namespace nieuwslezer
