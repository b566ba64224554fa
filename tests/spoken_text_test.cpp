#include "text/spoken_text.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(SpokenTextTest, PlainJoinsTheRuns) {
  const SpokenText spoken{{text_run("Dat meldt "),
                           {"The Washington Post", "en", "The Washington Post", ""},
                           text_run(".")}};
  EXPECT_EQ(spoken.plain(), "Dat meldt The Washington Post.");
  EXPECT_EQ(SpokenText{}.plain(), "");
}

}  // namespace
}  // namespace nieuwslezer
