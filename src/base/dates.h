#pragma once
// Dates, times and durations as text: ISO 8601, RFC 822 and "1h30m". The one place that reads
// them; every stage that meets a date calls these and keeps the result as data.

#include <chrono>
#include <optional>
#include <string_view>

namespace nieuwslezer {

/// A calendar date and time of day as written, with the UTC offset when the text gives one.
struct DateTime {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  std::optional<int> utc_offset_minutes;  // "+01:00" -> 60; nullopt: a wall clock
};

/// An ISO 8601 / RFC 3339 date-time -> its fields, nullopt when it is not one.
/// "2026-11-28T07:45:00+01:00" -> 2026-11-28 07:45:00, offset 60; "2026-11-28 07:45" -> no
/// offset. Also accepted: 't' or a space for the 'T', no seconds, fractions of a second
/// (dropped), a leap second (read as :59), "Z", "+0100" and "+01", spaces around the text.
/// A date without a time, an impossible date ("2026-02-29"), a time out of range, an offset
/// beyond 14 hours, a year outside 1900..2999 or anything after the offset gives nullopt.
std::optional<DateTime> parse_iso8601(std::string_view text);

/// The instant a DateTime with an offset names: 2026-11-28 07:45 +01:00 ->
/// 2026-11-28T06:45:00Z; nullopt without an offset. The fields must be valid (parse_iso8601's).
std::optional<std::chrono::sys_seconds> instant_of(const DateTime& time);

/// parse_iso8601 with an offset -> that instant: "2026-11-28T07:45:00+01:00" ->
/// 2026-11-28T06:45:00Z. Without an offset nullopt: the wall clock of an unknown zone is no
/// absolute time.
std::optional<std::chrono::sys_seconds> parse_iso8601_time(std::string_view text);

/// An RFC 822 / RFC 2822 date-time as RSS 2.0 writes it -> that instant, nullopt when it is
/// not one. "Sat, 28 Nov 2026 07:45:00 +0100" -> 2026-11-28T06:45:00Z. The weekday and the
/// seconds are optional, a two-digit year is 19xx (>= 50) or 20xx, the zone is a numeric
/// offset or UT, UTC, GMT, Z, the US zones (EST .. PDT) or the European ones (WET, CET, CEST,
/// EET, BST, ...); month names may be English or Dutch ("mrt", "mei", "okt"). A missing zone,
/// an impossible date ("31 Feb") or a time out of range gives nullopt.
std::optional<std::chrono::sys_seconds> parse_rfc822_time(std::string_view text);

/// A publication time as feeds and JSON pages write it: parse_rfc822_time or else
/// parse_iso8601_time. "Sat, 28 Nov 2026 07:45:00 +0100" and "2026-11-28T07:45:00+01:00" ->
/// 2026-11-28T06:45:00Z; "gisteren" -> nullopt.
std::optional<std::chrono::sys_seconds> parse_published_time(std::string_view text);

/// A duration in days, hours, minutes and seconds, units in either case: "6h" -> 21600 s,
/// "90m" -> 5400 s, "1h30m" -> 5400 s, "2d", "45s", "1H". nullopt for anything else: "",
/// "6", "6x", "-6h", "6 h", "1h30", a zero total or a number over 10^9.
std::optional<std::chrono::seconds> parse_duration(std::string_view text);

}  // namespace nieuwslezer
