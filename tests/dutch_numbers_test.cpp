#include "text/dutch_numbers.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(DutchNumbersTest, Cardinals) {
  EXPECT_EQ(dutch_cardinal(0), "nul");
  EXPECT_EQ(dutch_cardinal(1), "één");
  EXPECT_EQ(dutch_cardinal(8), "acht");
  EXPECT_EQ(dutch_cardinal(13), "dertien");
  EXPECT_EQ(dutch_cardinal(20), "twintig");
  EXPECT_EQ(dutch_cardinal(21), "eenentwintig");
  EXPECT_EQ(dutch_cardinal(22), "tweeëntwintig");
  EXPECT_EQ(dutch_cardinal(33), "drieëndertig");
  EXPECT_EQ(dutch_cardinal(45), "vijfenveertig");
  EXPECT_EQ(dutch_cardinal(99), "negenennegentig");
  EXPECT_EQ(dutch_cardinal(100), "honderd");
  EXPECT_EQ(dutch_cardinal(101), "honderdeen");
  EXPECT_EQ(dutch_cardinal(112), "honderdtwaalf");
  EXPECT_EQ(dutch_cardinal(200), "tweehonderd");
  EXPECT_EQ(dutch_cardinal(1000), "duizend");
  EXPECT_EQ(dutch_cardinal(1001), "duizend één");
  EXPECT_EQ(dutch_cardinal(2026), "tweeduizend zesentwintig");
  EXPECT_EQ(dutch_cardinal(452000), "vierhonderdtweeënvijftigduizend");
  EXPECT_EQ(dutch_cardinal(1'000'000), "één miljoen");
  EXPECT_EQ(dutch_cardinal(1'200'000), "één miljoen tweehonderdduizend");
  EXPECT_EQ(dutch_cardinal(90'000'000'000), "negentig miljard");
  EXPECT_EQ(dutch_cardinal(2'500'000'000'000), "twee biljoen vijfhonderd miljard");
  EXPECT_EQ(dutch_cardinal(-5), "min vijf");
}

TEST(DutchNumbersTest, Ordinals) {
  EXPECT_EQ(dutch_ordinal(1), "eerste");
  EXPECT_EQ(dutch_ordinal(2), "tweede");
  EXPECT_EQ(dutch_ordinal(3), "derde");
  EXPECT_EQ(dutch_ordinal(5), "vijfde");
  EXPECT_EQ(dutch_ordinal(8), "achtste");
  EXPECT_EQ(dutch_ordinal(12), "twaalfde");
  EXPECT_EQ(dutch_ordinal(19), "negentiende");
  EXPECT_EQ(dutch_ordinal(20), "twintigste");
  EXPECT_EQ(dutch_ordinal(21), "eenentwintigste");
  EXPECT_EQ(dutch_ordinal(89), "negenentachtigste");
  EXPECT_EQ(dutch_ordinal(100), "honderdste");
  EXPECT_EQ(dutch_ordinal(101), "honderdeerste");
  EXPECT_EQ(dutch_ordinal(103), "honderdderde");
  EXPECT_EQ(dutch_ordinal(1000), "duizendste");
  EXPECT_EQ(dutch_ordinal(0), "nulste");
}

TEST(DutchNumbersTest, YearsBefore2000AreReadInHundreds) {
  EXPECT_EQ(dutch_year(1848), "achttienhonderd achtenveertig");
  EXPECT_EQ(dutch_year(1900), "negentienhonderd");
  EXPECT_EQ(dutch_year(1901), "negentienhonderd één");
  EXPECT_EQ(dutch_year(1650), "zestienhonderd vijftig");
  EXPECT_EQ(dutch_year(1100), "elfhonderd");
  EXPECT_EQ(dutch_year(2026), "tweeduizend zesentwintig");
  EXPECT_EQ(dutch_year(800), "achthonderd");
}

TEST(DutchNumbersTest, DigitsAndDecimals) {
  EXPECT_EQ(dutch_digits("09"), "nul negen");
  EXPECT_EQ(dutch_digits("1"), "één");
  EXPECT_EQ(dutch_decimal("2", "1"), "twee komma één");
  EXPECT_EQ(dutch_decimal("112", "4"), "honderdtwaalf komma vier");
  EXPECT_EQ(dutch_decimal("1", "21"), "één komma eenentwintig");
  EXPECT_EQ(dutch_decimal("0", "05"), "nul komma nul vijf");
  EXPECT_EQ(dutch_decimal("3", "14159"), "drie komma één vier één vijf negen");
  EXPECT_EQ(dutch_decimal("", "5"), "nul komma vijf");
  EXPECT_EQ(dutch_decimal("12", ""), "twaalf");
}

TEST(DutchNumbersTest, ParseDigits) {
  EXPECT_EQ(parse_digits("0042"), 42);
  EXPECT_EQ(parse_digits(""), -1);
  EXPECT_EQ(parse_digits("4a"), -1);
  EXPECT_EQ(parse_digits("1234567890123456789"), -1);
}

}  // namespace
}  // namespace nieuwslezer
