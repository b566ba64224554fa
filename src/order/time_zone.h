#pragma once
// Civil (wall-clock) time in a named IANA time zone, e.g. Europe/Amsterdam.

#include <chrono>
#include <memory>
#include <string>

namespace nieuwslezer {

using Instant = std::chrono::sys_seconds;

/// A wall-clock reading in one time zone.
struct CivilTime {
  int year = 1970, month = 1, day = 1;  // month 1..12, day 1..31
  int hour = 0, minute = 0, second = 0;
  int weekday = 4;  // 0 = Sunday .. 6 = Saturday
};

struct ZoneTable;  // the UTC offsets of a zone file, defined in time_zone.cpp

/// An IANA time zone read from the system's zoneinfo (package tzdata). Conversions agree with
/// the C library's localtime_r and mktime in that zone; within the zone file's transitions
/// (for tzdata's Europe/Amsterdam 1834 to 2037) they are plain arithmetic, elsewhere the C
/// library computes them.
class TimeZone {
 public:
  /// "Europe/Amsterdam" -> that zone; "UTC" always works. Throws UsageError
  /// "--timezone: unknown time zone 'Mars/Base'" when the system has no such zone.
  static TimeZone named(const std::string& name);

  const std::string& name() const { return name_; }

  /// 2026-11-28T07:00:00Z in Europe/Amsterdam -> 2026-11-28 08:00:00 (Saturday).
  CivilTime to_civil(Instant instant) const;

  /// The instant of a wall-clock time; in a DST gap or overlap, the earlier reading's
  /// offset is used. 2026-11-28 08:00 in Europe/Amsterdam -> 2026-11-28T07:00:00Z;
  /// 2026-10-25 02:30 (said twice) -> 00:30Z; 2026-03-29 02:30 (skipped) -> 01:30Z.
  Instant to_instant(int year, int month, int day, int hour, int minute) const;

 private:
  TimeZone(std::string name, std::shared_ptr<const ZoneTable> table)
      : name_(std::move(name)), table_(std::move(table)) {}
  std::string name_;
  std::shared_ptr<const ZoneTable> table_;  // null when the zone file could not be read
};

/// The first full hour of `zone`'s clock at or after `clock`: 07:55:10 -> 08:00:00,
/// 08:00:00 -> 08:00:00, 08:00:01 -> 09:00:00 (Asia/Kolkata, UTC+5:30: its own full hours).
Instant next_full_hour(Instant clock, const TimeZone& zone);

}  // namespace nieuwslezer
