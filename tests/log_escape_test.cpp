#include "app/log_escape.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(LogEscape, ControlCharactersCannotForgeALineOrDriveTheTerminal) {
  EXPECT_EQ(escape_controls("a\x1B[2Jb\nnieuwslezer: error: nep"),
            "a\\x1B[2Jb\\nnieuwslezer: error: nep");
  EXPECT_EQ(escape_controls("bel\a tab\t cr\r del\x7F"), "bel\\x07 tab\\t cr\\r del\\x7F");
  EXPECT_EQ(escape_controls("c1 \xC2\x9B en \xC2\xA0 blijft"), "c1 \\x9B en \xC2\xA0 blijft");
  EXPECT_EQ(escape_controls("Curaçao, Zürich \\ 'ok'"), "Curaçao, Zürich \\ 'ok'");
}

}  // namespace
}  // namespace nieuwslezer
