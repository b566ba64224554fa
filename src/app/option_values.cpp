#include "app/option_values.h"

#include <cctype>
#include <string>

#include "errors.h"

namespace nieuwslezer {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `count` digits at text[pos]; -1 when they are not there.
int fixed_digits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!digit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool valid_date(int year, int month, int day) {
  using namespace std::chrono;
  return year_month_day(std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                        std::chrono::day(static_cast<unsigned>(day)))
      .ok();
}

}  // namespace

std::chrono::seconds parse_duration(std::string_view text) {
  const auto fail = [&] {
    return UsageError("'" + std::string(text) +
                      "' is not a duration (use e.g. 6h, 90m, 1h30m, 2d)");
  };
  long long total = 0;
  std::size_t pos = 0;
  if (text.empty()) throw fail();
  while (pos < text.size()) {
    long long number = 0;
    const std::size_t start = pos;
    while (pos < text.size() && digit(text[pos])) {
      number = number * 10 + (text[pos++] - '0');
      if (number > 1'000'000'000) throw fail();
    }
    if (pos == start || pos == text.size()) throw fail();
    switch (std::tolower(static_cast<unsigned char>(text[pos++]))) {
      case 'd':
        total += number * 86400;
        break;
      case 'h':
        total += number * 3600;
        break;
      case 'm':
        total += number * 60;
        break;
      case 's':
        total += number;
        break;
      default:
        throw fail();
    }
  }
  if (total <= 0) throw fail();
  return std::chrono::seconds(total);
}

Instant parse_reference_time(std::string_view text, const TimeZone& zone) {
  const auto fail = [&] {
    return UsageError("'" + std::string(text) +
                      "' is not a time (use e.g. 2026-11-28T08:00:00+01:00 or 2026-11-28T08:00)");
  };
  // YYYY-MM-DD[T ]HH:MM[:SS][Z|+HH:MM|-HH:MM|+HHMM]
  const int year = fixed_digits(text, 0, 4), month = fixed_digits(text, 5, 2),
            day = fixed_digits(text, 8, 2), hour = fixed_digits(text, 11, 2),
            minute = fixed_digits(text, 14, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || text[4] != '-' ||
      text[7] != '-' || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') ||
      text[13] != ':') {
    throw fail();
  }
  std::size_t pos = 16;
  int second = 0;
  if (pos < text.size() && text[pos] == ':') {
    second = fixed_digits(text, pos + 1, 2);
    if (second < 0) throw fail();
    pos += 3;
  }
  if (!valid_date(year, month, day) || hour > 23 || minute > 59 || second > 59) throw fail();
  if (pos == text.size()) {
    return zone.to_instant(year, month, day, hour, minute) + std::chrono::seconds(second);
  }
  int offset_minutes = 0;
  if (text[pos] == 'Z' || text[pos] == 'z') {
    if (pos + 1 != text.size()) throw fail();
  } else if (text[pos] == '+' || text[pos] == '-') {
    const int sign = text[pos] == '-' ? -1 : 1;
    const int offset_hours = fixed_digits(text, pos + 1, 2);
    std::size_t minutes_at = pos + 3;
    if (minutes_at < text.size() && text[minutes_at] == ':') ++minutes_at;
    const int offset_mins = fixed_digits(text, minutes_at, 2);
    if (offset_hours < 0 || offset_hours > 14 || offset_mins < 0 || offset_mins > 59 ||
        minutes_at + 2 != text.size()) {
      throw fail();
    }
    offset_minutes = sign * (offset_hours * 60 + offset_mins);
  } else {
    throw fail();
  }
  using namespace std::chrono;
  const sys_days date =
      year_month_day(std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                     std::chrono::day(static_cast<unsigned>(day)));
  return Instant(date) + hours(hour) + minutes(minute) + seconds(second) - minutes(offset_minutes);
}

}  // namespace nieuwslezer
