#include "text/spoken_text.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(SpokenTextTest, PlainJoinsTheRuns) {
  const SpokenText spoken{{{"Dat meldt ", ""}, {"The Washington Post", "en"}, {".", ""}}};
  EXPECT_EQ(spoken.plain(), "Dat meldt The Washington Post.");
  EXPECT_EQ(SpokenText{}.plain(), "");
}

}  // namespace
}  // namespace nieuwslezer
