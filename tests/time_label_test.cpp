#include "page/time_label.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace nieuwslezer {
namespace {

using Kind = TimeLabel::Kind;

struct AgoCase {
  std::string label;
  long long seconds_ago;
};

TEST(TimeLabelTest, UnderstandsEveryRelativeForm) {
  const std::vector<AgoCase> cases = {
      {"zojuist", 0},
      {"net", 0},
      {"gisteren", 86400},
      {"1 minuut geleden", 60},
      {"12 minuten geleden", 720},
      {"59 minuten geleden", 3540},
      {"0 minuten geleden", 0},
      {"5 min geleden", 300},
      {"een minuut geleden", 60},
      {"1 uur geleden", 3600},
      {"een uur geleden", 3600},
      {"2 uur geleden", 7200},
      {"10 uur geleden", 36000},
      {"1 dag geleden", 86400},
      {"3 dagen geleden", 3 * 86400},
      {"30 seconden geleden", 30},
      {"1 seconde geleden", 1},
      // Singular and plural are not policed: the meaning is clear either way.
      {"2 minuut geleden", 120},
      // Limits: a day in minutes, a week in hours, a year in days.
      {"1440 minuten geleden", 1440 * 60},
      {"168 uur geleden", 168 * 3600},
      {"366 dagen geleden", 366 * 86400},
  };
  for (const AgoCase& c : cases) {
    SCOPED_TRACE(c.label);
    const auto label = parse_time_label(c.label);
    ASSERT_TRUE(label.has_value());
    EXPECT_EQ(label->kind, Kind::kAgo);
    EXPECT_EQ(label->seconds_ago, c.seconds_ago);
  }
}

TEST(TimeLabelTest, IgnoresCaseAndSpaces) {
  for (const std::string text :
       {"12 Minuten Geleden", "12 MINUTEN GELEDEN", "  12 minuten geleden  ",
        "\t12 minuten geleden\n", "12  minuten   geleden", "12\xC2\xA0minuten\xC2\xA0geleden",
        "\xC2\xA0"
        "12 minuten geleden\xC2\xA0"}) {
    SCOPED_TRACE(text);
    const auto label = parse_time_label(text);
    ASSERT_TRUE(label.has_value());
    EXPECT_EQ(label->seconds_ago, 720);
  }
  EXPECT_EQ(parse_time_label("Gisteren")->seconds_ago, 86400);
  EXPECT_EQ(parse_time_label("ZOJUIST")->seconds_ago, 0);
  EXPECT_EQ(parse_time_label(" Net ")->seconds_ago, 0);
}

struct ClockCase {
  std::string label;
  int hour, minute;
};

TEST(TimeLabelTest, UnderstandsClockTimesToday) {
  const std::vector<ClockCase> cases = {
      {"14:05", 14, 5}, {"09:30", 9, 30}, {"9:30", 9, 30},   {"14.05", 14, 5},  {"9.30", 9, 30},
      {"0:00", 0, 0},   {"00:00", 0, 0},  {"23:59", 23, 59}, {" 7:45 ", 7, 45},
  };
  for (const ClockCase& c : cases) {
    SCOPED_TRACE(c.label);
    const auto label = parse_time_label(c.label);
    ASSERT_TRUE(label.has_value());
    EXPECT_EQ(label->kind, Kind::kClockToday);
    EXPECT_EQ(label->hour, c.hour);
    EXPECT_EQ(label->minute, c.minute);
  }
}

struct DateTimeCase {
  std::string label;
  int year, month, day, hour, minute;
};

TEST(TimeLabelTest, UnderstandsDateAndTime) {
  const std::vector<DateTimeCase> cases = {
      {"3-11-2026 14:05", 2026, 11, 3, 14, 5}, {"03-11-2026 14:05", 2026, 11, 3, 14, 5},
      {"3-11-2026 9:30", 2026, 11, 3, 9, 30},  {"31-12-2026 23:59", 2026, 12, 31, 23, 59},
      {"1-1-2027 0:00", 2027, 1, 1, 0, 0},     {"29-2-2028 12:00", 2028, 2, 29, 12, 0},
      {"29-2-2000 12:00", 2000, 2, 29, 12, 0}, {"3-11-2026  14.05", 2026, 11, 3, 14, 5},
  };
  for (const DateTimeCase& c : cases) {
    SCOPED_TRACE(c.label);
    const auto label = parse_time_label(c.label);
    ASSERT_TRUE(label.has_value());
    EXPECT_EQ(label->kind, Kind::kDateTime);
    EXPECT_EQ(label->year, c.year);
    EXPECT_EQ(label->month, c.month);
    EXPECT_EQ(label->day, c.day);
    EXPECT_EQ(label->hour, c.hour);
    EXPECT_EQ(label->minute, c.minute);
  }
}

TEST(TimeLabelTest, RejectsEverythingElse) {
  const std::vector<std::string> rejected = {
      // Not labels at all.
      "",
      "   ",
      "vorige week",
      "eergisteren",
      "morgen",
      "netwerk",
      "gisteravond",
      "Net als vorig jaar",
      "BRUSSEL (ANP)",
      "12 weken geleden",
      "1 uurtje geleden",
      // Incomplete or glued.
      "12",
      "12 minuten",
      "minuten geleden",
      "12 minutengeleden",
      "12minuten geleden",
      "12 minuten geleden.",
      "12 minuten geleden BRUSSEL",
      "gisteren 14:05",
      "een",
      "een geleden",
      "-5 minuten geleden",
      "+5 minuten geleden",
      "5,5 uur geleden",
      // Out of range.
      "1441 minuten geleden",
      "169 uur geleden",
      "367 dagen geleden",
      "3601 seconden geleden",
      "99999 uur geleden",
      "99999999999999999999 uur geleden",
      // Bad clock times.
      "24:00",
      "14:60",
      "14:61",
      "14:5",
      "14:055",
      "114:05",
      "014:05",
      ":05",
      "14:",
      "14-05",
      "14:05 uur",
      "2.000",
      // Bad dates.
      "32-1-2026 10:00",
      "31-4-2026 10:00",
      "29-2-2026 10:00",
      "29-2-2100 10:00",
      "0-1-2026 10:00",
      "1-13-2026 10:00",
      "1-0-2026 10:00",
      "3-11-26 10:00",
      "3-11-02026 10:00",
      "3-11-2026",
      "3-11-2026 25:00",
      "3-11-2026 10:61",
      "3-11-202610:00",
      "3-11-1969 10:00",
      "3-11-3000 10:00",
      "123-11-2026 10:00",
      "3/11/2026 10:00",
  };
  for (const std::string& text : rejected) {
    EXPECT_FALSE(parse_time_label(text).has_value()) << "'" << text << "'";
  }
}

struct PrefixCase {
  std::string text;
  std::size_t length;
};

TEST(TimeLabelTest, FindsAKnownLabelAtTheStartOfALine) {
  const std::vector<PrefixCase> cases = {
      // Glued to the next item, as the page prints it.
      {"12 minuten geledenBRUSSEL (ANP) - De premier ...", 18},
      {"1 uur geledenDOHA (ANP) - Raketten ...", 13},
      {"zojuistAMSTERDAM (ANP) - Brand ...", 7},
      {"gisterenMAASTRICHT (ANP) - Kaas ...", 8},
      {"netBRUSSEL", 3},
      {"14:05GRONINGEN (ANP) - Aardbevingen ...", 5},
      {"9.30GRONINGEN", 4},
      {"3-11-2026 14:05DEN HAAG (ANP) - ...", 15},
      {"5 minuten geledenDe premier zegt ...", 17},
      {"10 uur geleden\"Nee\", zei hij.", 14},
      {"1 uur geleden\xC3\x89\xC3\xA9n ding", 13},  // "Één"
      {"1 uur geleden'S-HERTOGENBOSCH (ANP) - ...", 13},
      // Whole lines and a label before a space.
      {"10 uur geleden", 14},
      {"zojuist", 7},
      {"net als vorig jaar", 3},
      {"12 minuten geleden BRUSSEL (ANP) - ...", 18},
      {"2 uur geleden\xC2\xA0"
       "DOHA",
       13},
      // Not a label: ordinary words, glued lowercase letters, capitals, bad values.
      {"netwerk van de NAVO", 0},
      {"Net als vorig jaar", 0},
      {"Gisteren zei de minister", 0},
      {"12 Minuten geleden", 0},
      {"gisterenavond", 0},
      {"12 minuten geledende premier", 0},
      {"1 uur geleden\xC3\xA9\xC3\xA9n", 0},  // "één"
      {"14:0512", 0},
      {"2.000 mensen", 0},
      {"14:61BRUSSEL", 0},
      {"vorige weekBRUSSEL (ANP) - ...", 0},
      {"BRUSSEL (ANP) - ...", 0},
      {"", 0},
      {" 12 minuten geleden", 0},
  };
  for (const PrefixCase& c : cases) {
    EXPECT_EQ(known_label_prefix(c.text), c.length) << "'" << c.text << "'";
  }
}

TEST(TimeLabelTest, PrefixAndWholeLabelAgree) {
  for (const std::string text :
       {"zojuist", "net", "gisteren", "1 minuut geleden", "7 minuten geleden", "1 uur geleden",
        "6 uur geleden", "1 dag geleden", "4 dagen geleden", "14:05", "3-11-2026 14:05"}) {
    EXPECT_EQ(known_label_prefix(text), text.size()) << text;
    EXPECT_EQ(known_label_prefix(text + "WASHINGTON (ANP) - ..."), text.size()) << text;
    EXPECT_TRUE(parse_time_label(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace nieuwslezer
