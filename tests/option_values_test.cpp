#include "app/option_values.h"

#include <gtest/gtest.h>

#include "errors.h"

namespace nieuwslezer {
namespace {

using std::chrono::seconds;

TEST(OptionValues, Durations) {
  EXPECT_EQ(duration_option("90m"), seconds(5400));
  EXPECT_EQ(duration_option("1h30m"), seconds(5400));
}

TEST(OptionValues, BadDurationsAreUsageErrors) {
  for (const char* bad : {"", "6", "h", "6x", "-6h", "0m", "6 h", "1h30", "99999999999h"}) {
    EXPECT_THROW(duration_option(bad), UsageError) << bad;
  }
}

TEST(OptionValues, ReferenceTimeWithOffset) {
  const TimeZone zone = TimeZone::named("Europe/Amsterdam");
  const Instant expected =
      Instant(std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 28)) +
      std::chrono::hours(7);
  EXPECT_EQ(parse_reference_time("2026-11-28T08:00:00+01:00", zone), expected);
  EXPECT_EQ(parse_reference_time("2026-11-28T07:00:00Z", zone), expected);
  EXPECT_EQ(parse_reference_time("2026-11-28T07:00Z", zone), expected);
  EXPECT_EQ(parse_reference_time("2026-11-28T03:00-0400", zone), expected);
}

TEST(OptionValues, ReferenceTimeWithoutOffsetIsLocalWallClock) {
  const Instant winter =
      Instant(std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 28)) +
      std::chrono::hours(7);
  EXPECT_EQ(parse_reference_time("2026-11-28T08:00", TimeZone::named("Europe/Amsterdam")), winter);
  EXPECT_EQ(parse_reference_time("2026-11-28 08:00:00", TimeZone::named("Europe/Amsterdam")),
            winter);
  EXPECT_EQ(parse_reference_time("2026-11-28T07:00", TimeZone::named("UTC")), winter);
  // Summer time: UTC+2.
  const Instant summer =
      Instant(std::chrono::sys_days(std::chrono::year(2026) / std::chrono::July / 1)) +
      std::chrono::hours(10);
  EXPECT_EQ(parse_reference_time("2026-07-01T12:00", TimeZone::named("Europe/Amsterdam")), summer);
}

TEST(OptionValues, BadReferenceTimesAreUsageErrors) {
  const TimeZone zone = TimeZone::named("UTC");
  for (const char* bad : {"", "morgen", "2026-11-28", "2026-13-01T08:00", "2026-02-30T08:00",
                          "2026-11-28T24:00", "2026-11-28T08:60", "2026-11-28T08:00+25:00",
                          "2026-11-28T08:00:00+01:00x", "2026/11/28T08:00"}) {
    EXPECT_THROW(parse_reference_time(bad, zone), UsageError) << bad;
  }
}

}  // namespace
}  // namespace nieuwslezer
