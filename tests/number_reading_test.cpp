#include "text/number_reading.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

using Kind = WrittenNumber::Kind;

DigitGroups groups(std::vector<std::string_view> digits, std::string separators) {
  return DigitGroups{std::move(digits), std::vector<char>(separators.begin(), separators.end())};
}

WrittenNumber read(std::vector<std::string_view> digits, std::string separators) {
  const DigitGroups g = groups(digits, separators);
  return read_number(g, 0, g.groups.size() - 1);
}

TEST(NumberReadingTest, ThousandsDotsAndDecimalCommas) {
  const WrittenNumber million = read({"1", "200", "000"}, "..");
  EXPECT_EQ(million.kind, Kind::kInteger);
  EXPECT_EQ(million.integer, "1200000");
  EXPECT_TRUE(million.grouped);
  const WrittenNumber decimal = read({"112", "4"}, ",");
  EXPECT_EQ(decimal.kind, Kind::kDecimal);
  EXPECT_EQ(decimal.integer, "112");
  EXPECT_EQ(decimal.fraction, "4");
  const WrittenNumber both = read({"1", "234", "56"}, ".,");
  EXPECT_EQ(both.kind, Kind::kDecimal);
  EXPECT_EQ(both.integer, "1234");
  EXPECT_EQ(read({"1", "2", "3"}, "..").kind, Kind::kNone);
}

TEST(NumberReadingTest, ClockTimesDurationsAndRaceTimes) {
  EXPECT_EQ(say_clock(read({"14", "30"}, ".")), "veertien uur dertig");
  EXPECT_EQ(say_clock(read({"9", "00"}, ".")), "negen uur");
  EXPECT_EQ(say_clock(read({"09", "45"}, ":")), "negen uur vijfenveertig");
  EXPECT_EQ(read({"25", "00"}, ":").kind, Kind::kNone);
  EXPECT_EQ(read({"14", "75"}, ".").kind, Kind::kNone);
  EXPECT_EQ(say_duration(read({"2", "01", "09"}, "::")), "twee uur, één minuut en negen seconden");
  EXPECT_EQ(say_race_time(read({"1", "12", "09"}, ".,")),
            "één minuut en twaalf komma nul negen seconden");
  EXPECT_EQ(say_race_time(read({"0", "59", "3"}, ":,")), "negenenvijftig komma drie seconden");
}

TEST(NumberReadingTest, Dates) {
  const WrittenNumber date = read_date(groups({"28", "11", "2026"}, "--"));
  EXPECT_EQ(date.kind, Kind::kDate);
  EXPECT_EQ(date.day, 28);
  EXPECT_EQ(date.month, 11);
  EXPECT_EQ(date.year, "2026");
  EXPECT_EQ(read_date(groups({"2026", "03", "01"}, "--")).day, 1);
  EXPECT_EQ(read_date(groups({"28", "11", "2026"}, "//")).kind, Kind::kDate);
  EXPECT_EQ(read_date(groups({"32", "11", "2026"}, "--")).kind, Kind::kNone);
  EXPECT_EQ(read_date(groups({"28", "13", "2026"}, "--")).kind, Kind::kNone);
  EXPECT_EQ(read_date(groups({"28", "11", "2026"}, "-/")).kind, Kind::kNone);
}

std::string shown(const SpokenNumber& number) { return number.shown; }
std::string said(const SpokenNumber& number) {
  return number.said.empty() ? number.shown : number.said;
}

TEST(NumberReadingTest, IntegersStayDigitsExceptYearsAndHundreds) {
  EXPECT_EQ(said(say_integer(read({"1200000"}, ""))), "1200000");
  EXPECT_EQ(shown(say_integer(read({"1848"}, ""))), "achttien achtenveertig");
  EXPECT_EQ(said(say_integer(read({"1848"}, ""))), "18 48");
  EXPECT_EQ(shown(say_integer(read({"1999"}, ""))), "negentien negenennegentig");
  // Below twenty in hundreds; eSpeak reads "1610" as "duizend zeshonderd tien".
  EXPECT_EQ(shown(say_integer(read({"1610"}, ""))), "zestienhonderdtien");
  EXPECT_EQ(said(say_integer(read({"1610"}, ""))), "zestienhonderd 10");
  EXPECT_EQ(said(say_integer(read({"1905"}, ""))), "negentienhonderd 5");
  EXPECT_EQ(said(say_integer(read({"1800"}, ""))), "achttienhonderd");
  EXPECT_EQ(said(say_integer(read({"2026"}, ""))), "2026");
  EXPECT_EQ(said(say_integer(read({"1", "500"}, "."))), "vijftienhonderd");
  // Amounts from 1100 to 1999 in hundreds: "1.250" -> "twaalfhonderdvijftig".
  EXPECT_EQ(shown(say_integer(read({"1", "250"}, "."))), "twaalfhonderdvijftig");
  EXPECT_EQ(said(say_integer(read({"1", "250"}, "."))), "twaalfhonderd 50");
  EXPECT_EQ(said(say_integer(read({"1250"}, ""), true)), "twaalfhonderd 50");  // 1250 euro
  EXPECT_EQ(said(say_integer(read({"1", "089"}, "."))), "1089");
  EXPECT_EQ(said(say_integer(read({"1300"}, ""), true)), "dertienhonderd");
  EXPECT_EQ(said(say_integer(read({"020"}, ""))), "020");
  EXPECT_EQ(shown(say_year("1650")), "zestien vijftig");
}

TEST(NumberReadingTest, Fractions) {
  EXPECT_EQ(say_fraction(1, 3), "een derde");
  EXPECT_EQ(say_fraction(2, 3), "twee derde");
  EXPECT_EQ(say_fraction(3, 4), "driekwart");
  EXPECT_EQ(say_fraction(1, 4), "een kwart");
  EXPECT_EQ(say_fraction(1, 2), "een half");
  EXPECT_EQ(say_fraction(3, 10), "drie tiende");
  EXPECT_EQ(say_fraction(24, 7), "");
  EXPECT_EQ(say_fraction(1, 1000), "");
}

TEST(NumberReadingTest, DigitHelpers) {
  EXPECT_EQ(small_number("09"), 9);
  EXPECT_EQ(small_number("12345678"), -1);
  EXPECT_TRUE(has_leading_zero("020"));
  EXPECT_FALSE(has_leading_zero("0"));
  EXPECT_EQ(strip_leading_zeros("007"), "7");
  EXPECT_EQ(strip_leading_zeros("000"), "0");
}

}  // namespace
}  // namespace nieuwslezer
