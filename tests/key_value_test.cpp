#include "base/key_value.h"

#include <gtest/gtest.h>

#include "errors.h"

namespace nieuwslezer {
namespace {

TEST(KeyValue, ParsesTrimsAndSkipsComments) {
  const KeyValues values =
      parse_key_values("# comment\n\n opening =  Hier is het nieuws. \r\nrate=166\n", "x.txt");
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values.at("opening"), "Hier is het nieuws.");
  EXPECT_EQ(values.at("rate"), "166");
}

TEST(KeyValue, ValueMayContainEqualsSignAndBeEmpty) {
  const KeyValues values = parse_key_values("a = b = c\nempty =\n", "x.txt");
  EXPECT_EQ(values.at("a"), "b = c");
  EXPECT_EQ(values.at("empty"), "");
}

TEST(KeyValue, MalformedLineNamesFileAndLine) {
  try {
    parse_key_values("ok = 1\nno equals sign here\n", "voices/x.voice");
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "voices/x.voice:2: expected 'key = value'");
  }
  EXPECT_THROW(parse_key_values("= value\n", "x"), InputError);
  EXPECT_THROW(parse_key_values("a = 1\na = 2\n", "x"), InputError);
  try {
    parse_key_values("# \xFF\xFE\na = 1\n", "x");
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "x:1: is not UTF-8 text (a damaged file?)");
  }
}

TEST(KeyValue, MissingFileAndMissingKey) {
  EXPECT_THROW(load_key_values("/nonexistent/phrases.txt"), InputError);
  const KeyValues values = parse_key_values("a = 1\n", "x");
  EXPECT_EQ(required_value(values, "a", "x"), "1");
  EXPECT_THROW(required_value(values, "b", "x"), InputError);
}

}  // namespace
}  // namespace nieuwslezer
