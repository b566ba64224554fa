#pragma once
// Understanding the page's time labels ("12 minuten geleden", "gisteren", "14:05").

#include <cstddef>
#include <optional>
#include <string_view>

namespace nieuwslezer {

/// What a time label says, before it is tied to a reference time and a time zone.
struct TimeLabel {
  enum class Kind {
    kAgo,         // "zojuist", "net", "N minuten/uur/dagen geleden", "gisteren" -> seconds_ago
    kClockToday,  // "14:05" -> hour, minute today (local time)
    kDateTime     // "3-11-2026 14:05" -> day, month, year, hour, minute (local time)
  };
  Kind kind = Kind::kAgo;
  long long seconds_ago = 0;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;
};

/// Parses a whole label: "12 minuten geleden" -> kAgo 720 s; "gisteren" -> kAgo 86400 s;
/// "09:30" -> kClockToday; "3-11-2026 9:30" -> kDateTime. Case and outer spaces are ignored.
/// Understood: "zojuist" and "net" (0 s), "gisteren" (86400 s); "N <unit> geleden" with N a
/// number or "een" and unit seconde(n) (N <= 3600), minuut/minuten/min (N <= 1440), uur
/// (N <= 168) or dag/dagen (N <= 366); "H:MM", "HH:MM", "H.MM", "HH.MM" (00:00..23:59);
/// "D-M-YYYY H:MM" with 1- or 2-digit day and month, a real calendar date, year 1970..2999.
/// Returns nullopt for anything else, out-of-range values included ("14:61", "5-13-2026
/// 10:00", "9999 uur geleden"); the caller warns and keeps the story.
std::optional<TimeLabel> parse_time_label(std::string_view label);

/// Length in bytes of a known label at the start of `text`, 0 when none. Used to split
/// "12 minuten geledenBRUSSEL (ANP) - ..." into label and next item. The label must be
/// written as the page writes it (lowercase) and be followed by the end of `text`, a space,
/// or a glued character that is not a lowercase letter: "netBRUSSEL" -> 3, "net als" -> 3,
/// "netwerk" -> 0, "Net als vorig jaar" -> 0 (a capital starts ordinary text).
std::size_t known_label_prefix(std::string_view text);

}  // namespace nieuwslezer
