#include "app/option_values.h"

#include <string>

#include "base/dates.h"
#include "errors.h"

namespace nieuwslezer {

std::chrono::seconds duration_option(std::string_view text) {
  const auto duration = parse_duration(text);
  if (!duration) {
    throw UsageError("'" + std::string(text) + "' is not a duration (use e.g. 6h, 90m, 1h30m, 2d)");
  }
  return *duration;
}

Instant parse_reference_time(std::string_view text, const TimeZone& zone) {
  const auto time = parse_iso8601(text);
  if (!time) {
    throw UsageError("'" + std::string(text) +
                     "' is not a time (use e.g. 2026-11-28T08:00:00+01:00 or 2026-11-28T08:00)");
  }
  if (const auto instant = instant_of(*time)) return *instant;
  return zone.to_instant(time->year, time->month, time->day, time->hour, time->minute) +
         std::chrono::seconds(time->second);
}

}  // namespace nieuwslezer
