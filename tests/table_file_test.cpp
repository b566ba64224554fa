#include "base/table_file.h"

#include <gtest/gtest.h>

#include "errors.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

using Fields = std::vector<std::string>;

TEST(TableFile, SplitsFieldsAtRunsOfTabsAndSkipsComments) {
  const std::vector<TableLine> lines =
      parse_table("# a comment\n\nverb\tzei\t\tzei \r\n  \t \n#\thekje\nlaatste", "t.tsv");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].number, 3u);
  EXPECT_EQ(lines[0].fields, (Fields{"verb", "zei", "zei"}));
  EXPECT_EQ(lines[1].number, 5u);
  EXPECT_EQ(lines[1].fields, (Fields{"#", "hekje"}));  // a line about the symbol '#'
  EXPECT_EQ(lines[2].number, 6u);
  EXPECT_EQ(lines[2].fields, (Fields{"laatste"}));
}

TEST(TableFile, KeepsSpacesInsideAField) {
  const std::vector<TableLine> lines = parse_table("marker\topen\tEinde citaat.\n", "t.tsv");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].fields, (Fields{"marker", "open", "Einde citaat."}));
}

TEST(TableFile, TextThatIsNotUtf8IsADataError) {
  try {
    parse_table("goed\n\xC3\x28\n", "data/quotes.tsv");
    FAIL() << "no error";
  } catch (const DataError& error) {
    EXPECT_STREQ(error.what(), "data/quotes.tsv:2: is not UTF-8 text (a damaged file?)");
  }
}

TEST(TableFile, MissingFileIsADataErrorNamingIt) {
  const auto dir = test::fresh_test_directory("table");
  try {
    read_table_file(dir / "quotes.tsv");
    FAIL() << "no error";
  } catch (const DataError& error) {
    EXPECT_EQ(std::string(error.what()),
              (dir / "quotes.tsv").string() + ": cannot open: No such file or directory");
  }
  test::write_file(dir / "quotes.tsv", "a\tb\n");
  EXPECT_EQ(read_table_file(dir / "quotes.tsv").front().fields, (Fields{"a", "b"}));
}

TEST(TableFile, ErrorNamesSourceAndLine) {
  const TableLine line{12, {"verbs"}};
  EXPECT_STREQ(table_error("quotes.tsv", line, "unknown kind 'verbs'").what(),
               "quotes.tsv:12: unknown kind 'verbs'");
}

}  // namespace
}  // namespace nieuwslezer
