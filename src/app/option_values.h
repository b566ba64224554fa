#pragma once
// The values of command-line options that are more than plain numbers: base/dates.h reads
// them, these turn "not one" into the option's usage error.

#include <chrono>
#include <string_view>

#include "order/time_zone.h"

namespace nieuwslezer {

/// parse_duration ("6h", "90m", "1h30m", "2d", "45s") or UsageError "'6x' is not a duration
/// (use e.g. 6h, 90m, 1h30m, 2d)" for anything else, zero included.
std::chrono::seconds duration_option(std::string_view text);

/// ISO 8601 reference time: "2026-11-28T08:00:00+01:00", "2026-11-28T07:00Z", or without
/// offset ("2026-11-28T08:00", "2026-11-28 08:00:00") read as wall-clock time in `zone`.
/// Throws UsageError "'...' is not a time (use e.g. 2026-11-28T08:00:00+01:00)".
Instant parse_reference_time(std::string_view text, const TimeZone& zone);

}  // namespace nieuwslezer
