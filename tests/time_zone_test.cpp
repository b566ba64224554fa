#include "order/time_zone.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <ctime>

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

Instant at(Instant instant, int seconds) { return instant + std::chrono::seconds(seconds); }

// "2026-03-29 03:00:00" for comparing readings in one line.
std::string text(const CivilTime& c) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", c.year, c.month, c.day,
                c.hour, c.minute, c.second);
  return buffer;
}

TEST(TimeZone, SpringForwardInAmsterdam) {
  // 2026-03-29 01:00Z: 02:00 CET becomes 03:00 CEST; 02:00..02:59 does not exist.
  const TimeZone zone = TimeZone::named("Europe/Amsterdam");
  const Instant jump = utc(2026, 3, 29, 1);
  EXPECT_EQ(text(zone.to_civil(at(jump, -1))), "2026-03-29 01:59:59");
  EXPECT_EQ(text(zone.to_civil(jump)), "2026-03-29 03:00:00");
  EXPECT_EQ(zone.to_civil(jump).weekday, 0);  // Sunday
  EXPECT_EQ(zone.to_instant(2026, 3, 29, 1, 59), utc(2026, 3, 29, 0, 59));
  EXPECT_EQ(zone.to_instant(2026, 3, 29, 2, 0), jump);  // skipped: read with CET
  EXPECT_EQ(zone.to_instant(2026, 3, 29, 2, 30), utc(2026, 3, 29, 1, 30));
  EXPECT_EQ(zone.to_instant(2026, 3, 29, 3, 0), jump);
  EXPECT_EQ(zone.to_instant(2026, 3, 29, 3, 1), utc(2026, 3, 29, 1, 1));
}

TEST(TimeZone, FallBackInAmsterdam) {
  // 2026-10-25 01:00Z: 03:00 CEST becomes 02:00 CET; 02:00..02:59 comes twice.
  const TimeZone zone = TimeZone::named("Europe/Amsterdam");
  const Instant back = utc(2026, 10, 25, 1);
  EXPECT_EQ(text(zone.to_civil(at(back, -1))), "2026-10-25 02:59:59");
  EXPECT_EQ(text(zone.to_civil(back)), "2026-10-25 02:00:00");
  EXPECT_EQ(text(zone.to_civil(at(back, 3600))), "2026-10-25 03:00:00");
  EXPECT_EQ(zone.to_instant(2026, 10, 25, 1, 59), utc(2026, 10, 24, 23, 59));
  // Twice on the clock: the earlier reading, whatever was converted before.
  zone.to_instant(2026, 12, 1, 12, 0);
  EXPECT_EQ(zone.to_instant(2026, 10, 25, 2, 30), utc(2026, 10, 25, 0, 30));
  zone.to_instant(2026, 7, 1, 12, 0);
  EXPECT_EQ(zone.to_instant(2026, 10, 25, 2, 0), utc(2026, 10, 25, 0, 0));
  EXPECT_EQ(zone.to_instant(2026, 10, 25, 3, 0), utc(2026, 10, 25, 2, 0));
}

// The C library's reading of `instant` in `zone`, what TimeZone used to compute every time.
CivilTime c_library_civil(const std::string& zone, Instant instant) {
  const char* previous = std::getenv("TZ");
  const std::string restore = previous != nullptr ? previous : "";
  setenv("TZ", (":" + zone).c_str(), 1);
  tzset();
  const std::time_t seconds = static_cast<std::time_t>(instant.time_since_epoch().count());
  std::tm f{};
  localtime_r(&seconds, &f);
  if (previous != nullptr) {
    setenv("TZ", restore.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
  return CivilTime{f.tm_year + 1900, f.tm_mon + 1, f.tm_mday, f.tm_hour,
                   f.tm_min,         f.tm_sec,     f.tm_wday};
}

TEST(TimeZone, AgreesWithTheCLibraryAroundBothChanges) {
  const TimeZone zone = TimeZone::named("Europe/Amsterdam");
  for (const Instant change : {utc(2026, 3, 29, 1), utc(2026, 10, 25, 1), utc(1977, 4, 3, 1),
                               utc(1940, 5, 16, 0), utc(2037, 3, 29, 1), utc(2040, 10, 28, 1)}) {
    for (int minutes = -180; minutes <= 180; minutes += 7) {
      const Instant t = at(change, minutes * 60 + (minutes % 2 == 0 ? 0 : 59));
      const CivilTime c = zone.to_civil(t);
      EXPECT_EQ(text(c), text(c_library_civil("Europe/Amsterdam", t))) << t.time_since_epoch();
      EXPECT_EQ(c.weekday, c_library_civil("Europe/Amsterdam", t).weekday);
      // Every reading that is not in the repeated hour leads back to its instant.
      const Instant back = zone.to_instant(c.year, c.month, c.day, c.hour, c.minute);
      const bool repeated =
          zone.to_civil(at(t, -3600)).hour == c.hour || zone.to_civil(at(t, 3600)).hour == c.hour;
      if (!repeated) {
        EXPECT_EQ(back, at(t, -c.second)) << text(c);
      }
    }
  }
}

TEST(TimeZone, ManyConversionsAreCheap) {
  // It used to set $TZ and re-read the zone file twice per conversion: 100 000 took seconds.
  const TimeZone zone = TimeZone::named("Europe/Amsterdam");
  const auto start = std::chrono::steady_clock::now();
  long long sum = 0;
  for (int i = 0; i < 100000; ++i) {
    sum += zone.to_instant(2026, 1 + i % 12, 1 + i % 28, i % 24, i % 60).time_since_epoch().count();
    sum += zone.to_civil(utc(2026, 1 + i % 12, 1 + i % 28, i % 24)).hour;
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  EXPECT_NE(sum, 0);
  EXPECT_LT(took.count(), 1.0);
}

TEST(TimeZone, OtherZonesAndUtc) {
  EXPECT_EQ(TimeZone::named("UTC").to_civil(utc(2026, 11, 28, 7, 5)).minute, 5);
  EXPECT_EQ(TimeZone::named("America/New_York").to_civil(utc(2026, 11, 28, 7)).hour, 2);
  EXPECT_EQ(TimeZone::named("UTC").to_instant(2026, 11, 28, 7, 5), utc(2026, 11, 28, 7, 5));
  // Out-of-range fields are normalized as mktime does: 31 November is 1 December.
  EXPECT_EQ(TimeZone::named("Europe/Amsterdam").to_instant(2026, 11, 31, 8, 0),
            utc(2026, 12, 1, 7));
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

namespace nieuwslezer {
namespace {

TEST(NextFullHour, IsTheComingHourOfTheZonesOwnClock) {
  const TimeZone amsterdam = TimeZone::named("Europe/Amsterdam");
  // 07:55 in Amsterdam (06:55Z) -> 08:00 (07:00Z); on the hour stays; a second past goes on.
  EXPECT_EQ(next_full_hour(utc(2026, 11, 28, 6, 55), amsterdam), utc(2026, 11, 28, 7));
  EXPECT_EQ(next_full_hour(utc(2026, 11, 28, 7), amsterdam), utc(2026, 11, 28, 7));
  EXPECT_EQ(next_full_hour(at(utc(2026, 11, 28, 7), 1), amsterdam), utc(2026, 11, 28, 8));
  // Across midnight and the date.
  EXPECT_EQ(text(amsterdam.to_civil(next_full_hour(utc(2026, 12, 31, 22, 58), amsterdam))),
            "2027-01-01 00:00:00");
  // Kolkata is UTC+5:30: its full hours fall on UTC half hours.
  const TimeZone kolkata = TimeZone::named("Asia/Kolkata");
  EXPECT_EQ(next_full_hour(utc(2026, 11, 28, 2, 20), kolkata), utc(2026, 11, 28, 2, 30));
  EXPECT_EQ(text(kolkata.to_civil(next_full_hour(utc(2026, 11, 28, 2, 20), kolkata))),
            "2026-11-28 08:00:00");
}

}  // namespace
}  // namespace nieuwslezer
