#include "base/dates.h"

#include <gtest/gtest.h>

#include <chrono>

namespace nieuwslezer {
namespace {

using namespace std::chrono;

sys_seconds utc(int y, unsigned mo, unsigned d, int h, int mi, int s = 0) {
  return sys_days(year(y) / month(mo) / day(d)) + hours(h) + minutes(mi) + seconds(s);
}

TEST(Dates, Rfc822) {
  EXPECT_EQ(parse_rfc822_time("Sat, 28 Nov 2026 07:45:00 +0100"), utc(2026, 11, 28, 6, 45));
  EXPECT_EQ(parse_rfc822_time("Sat, 28 Nov 2026 07:45:00 GMT"), utc(2026, 11, 28, 7, 45));
  EXPECT_EQ(parse_rfc822_time("28 Nov 2026 07:45 CET"), utc(2026, 11, 28, 6, 45));
  EXPECT_EQ(parse_rfc822_time("Tue, 2 Jun 2026 12:00:00 CEST"), utc(2026, 6, 2, 10, 0));
  EXPECT_EQ(parse_rfc822_time("Mon, 30 Nov 2026 09:00:00 EST"), utc(2026, 11, 30, 14, 0));
  EXPECT_EQ(parse_rfc822_time("Sat, 28 Nov 26 07:45:00 -0000"), utc(2026, 11, 28, 7, 45));
  EXPECT_EQ(parse_rfc822_time("za, 28 okt 2026 07:45:00 +01:00"), utc(2026, 10, 28, 6, 45));
  EXPECT_EQ(parse_rfc822_time("Wed, 31 Dec 2025 23:30:00 -0100"), utc(2026, 1, 1, 0, 30));
}

TEST(Dates, Rfc822Rejects) {
  EXPECT_FALSE(parse_rfc822_time(""));
  EXPECT_FALSE(parse_rfc822_time("gisteren"));
  EXPECT_FALSE(parse_rfc822_time("Sat, 28 Nov 2026 07:45:00"));        // no zone
  EXPECT_FALSE(parse_rfc822_time("Tue, 31 Feb 2026 10:00:00 +0100"));  // no such day
  EXPECT_FALSE(parse_rfc822_time("Sat, 28 Foo 2026 07:45:00 +0100"));
  EXPECT_FALSE(parse_rfc822_time("Sat, 28 Nov 2026 25:45:00 +0100"));
  EXPECT_FALSE(parse_rfc822_time("Sat, 28 Nov 2026 07:45:00 XYZ"));
  EXPECT_FALSE(parse_rfc822_time("Sat, 28 Nov 2026 07:45:00 +0100 extra"));
}

TEST(Dates, Iso8601) {
  EXPECT_EQ(parse_iso8601_time("2026-11-28T07:45:00+01:00"), utc(2026, 11, 28, 6, 45));
  EXPECT_EQ(parse_iso8601_time("2026-11-28T07:45:00Z"), utc(2026, 11, 28, 7, 45));
  EXPECT_EQ(parse_iso8601_time("2026-11-28 07:45+0100"), utc(2026, 11, 28, 6, 45));
  EXPECT_EQ(parse_iso8601_time("2026-11-28T07:45:00.123-05"), utc(2026, 11, 28, 12, 45));
  EXPECT_EQ(parse_iso8601_time(" 2026-02-28T23:59:60Z "), utc(2026, 2, 28, 23, 59, 59));
}

TEST(Dates, Iso8601Rejects) {
  EXPECT_FALSE(parse_iso8601_time("2026-11-28"));           // no time
  EXPECT_FALSE(parse_iso8601_time("2026-11-28T07:45:00"));  // no offset
  EXPECT_FALSE(parse_iso8601_time("2026-13-01T07:45:00Z"));
  EXPECT_FALSE(parse_iso8601_time("2026-02-29T07:45:00Z"));  // not a leap year
  EXPECT_FALSE(parse_iso8601_time("2026-11-28T07:45:00+25:00"));
  EXPECT_FALSE(parse_iso8601_time("28-11-2026T07:45:00Z"));
  EXPECT_FALSE(parse_iso8601_time("2026-11-28T07:45:00Zulu"));
}

TEST(Dates, Iso8601FieldsKeepAWallClockWithoutOffset) {
  const auto local = parse_iso8601("2026-11-28 08:05:09");
  ASSERT_TRUE(local);
  EXPECT_EQ(local->year, 2026);
  EXPECT_EQ(local->month, 11);
  EXPECT_EQ(local->day, 28);
  EXPECT_EQ(local->hour, 8);
  EXPECT_EQ(local->minute, 5);
  EXPECT_EQ(local->second, 9);
  EXPECT_FALSE(local->utc_offset_minutes);
  EXPECT_FALSE(instant_of(*local));
  const auto offset = parse_iso8601("2026-11-28t08:05-04:30");
  ASSERT_TRUE(offset);
  EXPECT_EQ(offset->utc_offset_minutes, -270);
  EXPECT_EQ(instant_of(*offset), utc(2026, 11, 28, 12, 35));
  EXPECT_EQ(parse_iso8601("2026-11-28T08:00z")->utc_offset_minutes, 0);
  for (const char* bad : {"", "morgen", "2026-11-28", "2026-11-28T24:00", "2026-11-28T08:60",
                          "2026-11-28T08:00+15:00", "2026/11/28T08:00", "1800-01-01T00:00"}) {
    EXPECT_FALSE(parse_iso8601(bad)) << bad;
  }
}

TEST(Dates, PublishedTimeIsEitherFormat) {
  EXPECT_EQ(parse_published_time("Sat, 28 Nov 2026 07:45:00 +0100"), utc(2026, 11, 28, 6, 45));
  EXPECT_EQ(parse_published_time("2026-11-28T07:45:00+01:00"), utc(2026, 11, 28, 6, 45));
  EXPECT_FALSE(parse_published_time("2026-11-28T07:45:00"));
  EXPECT_FALSE(parse_published_time("gisteren"));
}

TEST(Dates, DurationsInEveryUnit) {
  EXPECT_EQ(parse_duration("6h"), seconds(21600));
  EXPECT_EQ(parse_duration("90m"), seconds(5400));
  EXPECT_EQ(parse_duration("1h30m"), seconds(5400));
  EXPECT_EQ(parse_duration("2d"), seconds(172800));
  EXPECT_EQ(parse_duration("45s"), seconds(45));
  EXPECT_EQ(parse_duration("1H"), seconds(3600));
  EXPECT_EQ(parse_duration("1d2h3m4s"), seconds(93784));
}

TEST(Dates, WhatIsNoDuration) {
  for (const char* bad : {"", "6", "h", "6x", "-6h", "0m", "6 h", "1h30", "99999999999h"}) {
    EXPECT_FALSE(parse_duration(bad)) << bad;
  }
}

}  // namespace
}  // namespace nieuwslezer
