#include "base/strings.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

using Parts = std::vector<std::string_view>;

TEST(Strings, TrimTakesAsciiWhiteSpaceOffBothEnds) {
  EXPECT_EQ(trim("  Kop \r\n"), "Kop");
  EXPECT_EQ(trim("\f\tDe premier zei\t"), "De premier zei");
  EXPECT_EQ(trim(" \t\n"), "");
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trim("\vKop\v"), "\vKop\v");  // not white space for HTML and JSON
}

TEST(Strings, TrimTakesTheGivenCharacters) {
  EXPECT_EQ(trim("\tzei \r", " \r"), "\tzei");
  EXPECT_EQ(trim("  twee woorden  ", " "), "twee woorden");
  EXPECT_EQ(trim("   ", " "), "");
}

TEST(Strings, PageSpacesIncludeNoBreakAndZeroWidthSpaces) {
  EXPECT_EQ(space_length("\xC2\xA0x", 0), 2u);      // U+00A0
  EXPECT_EQ(space_length("\xE2\x80\x8Bx", 0), 3u);  // U+200B
  EXPECT_EQ(space_length("\xEF\xBB\xBFx", 0), 3u);  // U+FEFF
  EXPECT_EQ(space_length("\vx", 0), 1u);
  EXPECT_EQ(space_length("x", 0), 0u);
  EXPECT_EQ(space_length("x", 1), 0u);
  EXPECT_EQ(space_length("\xC3\xA9", 0), 0u);  // "é"
  EXPECT_EQ(space_length_before("a\xC2\xA0", 3), 2u);
  EXPECT_EQ(space_length_before("a ", 2), 1u);
  EXPECT_EQ(space_length_before("ab", 2), 0u);
  EXPECT_EQ(trim_spaces("\xC2\xA0 Kop\xE2\x80\x8B \n"), "Kop");
  EXPECT_EQ(trim_spaces("\xC2\xA0\xEF\xBB\xBF"), "");
  EXPECT_EQ(trim_spaces("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(Strings, AsciiClassesAndCase) {
  EXPECT_TRUE(is_ascii_digit('7'));
  EXPECT_FALSE(is_ascii_digit(U'\u0663'));  // an Arabic-Indic digit
  EXPECT_TRUE(is_ascii_upper('Q'));
  EXPECT_FALSE(is_ascii_upper(U'É'));
  EXPECT_TRUE(is_ascii_lower('q'));
  EXPECT_TRUE(is_ascii_alnum('z'));
  EXPECT_FALSE(is_ascii_alnum('-'));
  EXPECT_FALSE(is_ascii_letter('\xC3'));  // a byte of "é", as a signed char
  EXPECT_TRUE(is_ascii_space('\f'));
  EXPECT_FALSE(is_ascii_space('\v'));
  EXPECT_TRUE(is_word_byte('a'));
  EXPECT_TRUE(is_word_byte('\xC3'));
  EXPECT_FALSE(is_word_byte('-'));
  EXPECT_EQ(ascii_lower('W'), 'w');
  EXPECT_EQ(ascii_lower('\xC3'), '\xC3');
  EXPECT_EQ(ascii_lower("WAV"), "wav");
  EXPECT_EQ(ascii_lower("\xC3\x89\xC3\x89N"), "\xC3\x89\xC3\x89n");  // "ÉÉN" -> "ÉÉn"
  EXPECT_TRUE(starts_with_ignoring_case("<!DOCTYPE html>", "<!doctype"));
  EXPECT_TRUE(starts_with_ignoring_case("Meer uit Buitenland", "meer uit"));
  EXPECT_FALSE(starts_with_ignoring_case("Meer", "meer uit"));
  EXPECT_FALSE(starts_with_ignoring_case("Meer uit", "MEER"));  // the prefix is lower case
}

TEST(Strings, OneOf) {
  EXPECT_TRUE(one_of("de", {"de", "het"}));
  EXPECT_FALSE(one_of("een", {"de", "het"}));
  EXPECT_FALSE(one_of("de", {}));
}

TEST(Strings, SplitLeavesOutEmptyParts) {
  EXPECT_EQ(split("a,,b,", ','), (Parts{"a", "b"}));
  EXPECT_EQ(split("  zei  hij ", ' '), (Parts{"zei", "hij"}));
  EXPECT_EQ(split("", ' '), Parts{});
  EXPECT_EQ(split(",,", ','), Parts{});
  EXPECT_EQ(split("een", ','), (Parts{"een"}));
}

TEST(Strings, WordCountCountsRunsBetweenBlanks) {
  EXPECT_EQ(word_count("De  premier\tzei."), 3u);
  EXPECT_EQ(word_count(" \n "), 0u);
  EXPECT_EQ(word_count("een\r\ntwee"), 2u);
  EXPECT_EQ(word_count(""), 0u);
}

}  // namespace
}  // namespace nieuwslezer
