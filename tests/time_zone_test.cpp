#include "order/time_zone.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "errors.h"

namespace nieuwslezer {
namespace {

Instant utc(int y, unsigned m, unsigned d, int h, int min = 0) {
  return Instant(std::chrono::sys_days(std::chrono::year(y) / std::chrono::month(m) /
                                       std::chrono::day(d))) +
         std::chrono::hours(h) + std::chrono::minutes(min);
}

TEST(TimeZone, WinterAndSummerOffsetsInAmsterdam) {
  const TimeZone zone = TimeZone::named("Europe/Amsterdam");
  const CivilTime winter = zone.to_civil(utc(2026, 11, 28, 7));
  EXPECT_EQ(winter.hour, 8);
  EXPECT_EQ(winter.day, 28);
  EXPECT_EQ(winter.weekday, 6);  // Saturday
  EXPECT_EQ(zone.to_civil(utc(2026, 7, 1, 7)).hour, 9);
  EXPECT_EQ(zone.to_instant(2026, 7, 1, 9, 0), utc(2026, 7, 1, 7));
  EXPECT_EQ(zone.to_instant(2026, 11, 28, 0, 30), utc(2026, 11, 27, 23, 30));
}

TEST(TimeZone, OtherZonesAndUtc) {
  EXPECT_EQ(TimeZone::named("UTC").to_civil(utc(2026, 11, 28, 7, 5)).minute, 5);
  EXPECT_EQ(TimeZone::named("America/New_York").to_civil(utc(2026, 11, 28, 7)).hour, 2);
}

TEST(TimeZone, LeavesTheProcessZoneAlone) {
  setenv("TZ", "UTC", 1);
  TimeZone::named("Asia/Tokyo").to_civil(utc(2026, 11, 28, 7));
  EXPECT_STREQ(std::getenv("TZ"), "UTC");
}

TEST(TimeZone, UnknownZoneIsAUsageError) {
  EXPECT_THROW(TimeZone::named("Mars/Base"), UsageError);
  EXPECT_THROW(TimeZone::named("../etc/passwd"), UsageError);
  EXPECT_THROW(TimeZone::named(""), UsageError);
}

}  // namespace
}  // namespace nieuwslezer
