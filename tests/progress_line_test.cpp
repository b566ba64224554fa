#include "app/progress_line.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(ProgressLine, OnlyAtATerminalThatCanRewriteALineAndNotWhenQuiet) {
  EXPECT_TRUE(progress_wanted(true, false, "xterm-256color"));
  EXPECT_FALSE(progress_wanted(false, false, "xterm"));  // a pipe, a file, cron
  EXPECT_FALSE(progress_wanted(true, true, "xterm"));    // -q
  EXPECT_FALSE(progress_wanted(true, false, "dumb"));
  EXPECT_FALSE(progress_wanted(true, false, nullptr));
  EXPECT_FALSE(progress_wanted(true, false, ""));
}

}  // namespace
}  // namespace nieuwslezer
