#include "base/dates.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "base/strings.h"

namespace nieuwslezer {
namespace {

using std::chrono::sys_seconds;

// Reads an unsigned number of 1..max_digits digits at text[i]; advances i.
std::optional<int> read_number(std::string_view text, std::size_t& i, std::size_t max_digits) {
  std::size_t digits = 0;
  int value = 0;
  while (i < text.size() && is_ascii_digit(text[i]) && digits < max_digits) {
    value = value * 10 + (text[i] - '0');
    ++i;
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  return value;
}

// Exactly `digits` digits at text[i]; advances i.
std::optional<int> read_fixed(std::string_view text, std::size_t& i, std::size_t digits) {
  const std::size_t start = i;
  const auto value = read_number(text, i, digits);
  if (!value || i - start != digits) return std::nullopt;
  return value;
}

// The fields checked: a real calendar date in 1900..2999 and a time of day; a leap second is
// read as the second before it.
std::optional<DateTime> checked(DateTime time) {
  using namespace std::chrono;
  if (time.month < 1 || time.month > 12 || time.day < 1 || time.day > 31) return std::nullopt;
  const year_month_day date{std::chrono::year(time.year),
                            std::chrono::month(static_cast<unsigned>(time.month)),
                            std::chrono::day(static_cast<unsigned>(time.day))};
  if (!date.ok() || time.year < 1900 || time.year > 2999) return std::nullopt;
  if (time.hour > 23 || time.minute > 59 || time.second > 60) return std::nullopt;
  if (time.second == 60) time.second = 59;
  return time;
}

// "Nov" / "november" / "okt" -> 11 / 11 / 10; 0 when not a month.
int month_number(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, int>, 16> kMonths{{{"jan", 1},
                                                                             {"feb", 2},
                                                                             {"mar", 3},
                                                                             {"mrt", 3},
                                                                             {"maa", 3},
                                                                             {"apr", 4},
                                                                             {"may", 5},
                                                                             {"mei", 5},
                                                                             {"jun", 6},
                                                                             {"jul", 7},
                                                                             {"aug", 8},
                                                                             {"sep", 9},
                                                                             {"oct", 10},
                                                                             {"okt", 10},
                                                                             {"nov", 11},
                                                                             {"dec", 12}}};
  if (name.size() < 3 || name.size() > 9) return 0;
  const std::string prefix = ascii_lower(name.substr(0, 3));
  for (const auto& [abbreviation, number] : kMonths) {
    if (prefix == abbreviation) return number;
  }
  return 0;
}

// "+0100" -> 60, "-05:00" -> -300, "+01" -> 60; nullopt otherwise (the whole text is read).
std::optional<int> numeric_offset(std::string_view text) {
  if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
  const int sign = text[0] == '-' ? -1 : 1;
  std::size_t i = 1;
  const auto hours = read_fixed(text, i, 2);
  if (!hours) return std::nullopt;
  int minutes = 0;
  if (i < text.size()) {
    if (text[i] == ':') ++i;
    const auto read = read_fixed(text, i, 2);
    if (!read) return std::nullopt;
    minutes = *read;
  }
  if (i != text.size() || *hours > 14 || minutes > 59) return std::nullopt;
  return sign * (*hours * 60 + minutes);
}

// "GMT" -> 0, "CET" -> 60, "EST" -> -300; nullopt for anything else.
std::optional<int> zone_offset(std::string_view zone) {
  static constexpr std::array<std::pair<std::string_view, int>, 21> kZones{
      {{"ut", 0},     {"utc", 0},    {"gmt", 0},    {"z", 0},      {"est", -300}, {"edt", -240},
       {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
       {"wet", 0},    {"west", 60},  {"bst", 60},   {"cet", 60},   {"met", 60},   {"cest", 120},
       {"mest", 120}, {"eet", 120},  {"eest", 180}}};
  const std::string lower = ascii_lower(zone);
  for (const auto& [name, offset] : kZones) {
    if (lower == name) return offset;
  }
  return numeric_offset(zone);
}

// Splits at spaces (and a comma after the weekday): "Sat, 28 Nov" -> "Sat", "28", "Nov".
std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> list;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (is_ascii_space(text[i]) || text[i] == ',')) ++i;
    const std::size_t start = i;
    while (i < text.size() && !is_ascii_space(text[i]) && text[i] != ',') ++i;
    if (i > start) list.push_back(text.substr(start, i - start));
  }
  return list;
}

// "07:45:00" or "07:45" -> the hour, minute and second of `time`; false when it is neither.
bool read_clock(std::string_view clock, DateTime& time) {
  std::size_t i = 0;
  const auto hour = read_fixed(clock, i, 2);
  if (!hour || i >= clock.size() || clock[i++] != ':') return false;
  const auto minute = read_fixed(clock, i, 2);
  if (!minute) return false;
  time.hour = *hour;
  time.minute = *minute;
  if (i == clock.size()) return true;
  if (clock[i++] != ':') return false;
  const auto second = read_fixed(clock, i, 2);
  if (!second || i != clock.size()) return false;
  time.second = *second;
  return true;
}

}  // namespace

std::optional<sys_seconds> instant_of(const DateTime& time) {
  using namespace std::chrono;
  if (!time.utc_offset_minutes) return std::nullopt;
  const sys_days date = year_month_day{std::chrono::year(time.year),
                                       std::chrono::month(static_cast<unsigned>(time.month)),
                                       std::chrono::day(static_cast<unsigned>(time.day))};
  return date + hours(time.hour) + minutes(time.minute) + seconds(time.second) -
         minutes(*time.utc_offset_minutes);
}

std::optional<DateTime> parse_iso8601(std::string_view text) {
  text = trim(text);
  std::size_t i = 0;
  DateTime time;
  const auto year = read_fixed(text, i, 4);
  if (!year || i >= text.size() || text[i++] != '-') return std::nullopt;
  const auto month = read_fixed(text, i, 2);
  if (!month || i >= text.size() || text[i++] != '-') return std::nullopt;
  const auto day = read_fixed(text, i, 2);
  if (!day || i >= text.size() || (text[i] != 'T' && text[i] != 't' && text[i] != ' ')) {
    return std::nullopt;
  }
  ++i;
  const auto hour = read_fixed(text, i, 2);
  if (!hour || i >= text.size() || text[i++] != ':') return std::nullopt;
  const auto minute = read_fixed(text, i, 2);
  if (!minute) return std::nullopt;
  time = DateTime{*year, *month, *day, *hour, *minute, 0, std::nullopt};
  if (i < text.size() && text[i] == ':') {
    ++i;
    const auto second = read_fixed(text, i, 2);
    if (!second) return std::nullopt;
    time.second = *second;
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
      const std::size_t start = ++i;
      while (i < text.size() && is_ascii_digit(text[i])) ++i;
      if (i == start) return std::nullopt;
    }
  }
  const std::string_view zone = text.substr(i);
  if (zone == "Z" || zone == "z") {
    time.utc_offset_minutes = 0;
  } else if (!zone.empty()) {
    time.utc_offset_minutes = numeric_offset(zone);
    if (!time.utc_offset_minutes) return std::nullopt;
  }
  return checked(time);
}

std::optional<sys_seconds> parse_iso8601_time(std::string_view text) {
  const auto time = parse_iso8601(text);
  return time ? instant_of(*time) : std::nullopt;
}

std::optional<sys_seconds> parse_rfc822_time(std::string_view text) {
  std::vector<std::string_view> parts = words(text);
  // An optional weekday: "Sat", "Saturday", "za".
  if (!parts.empty() && is_ascii_letter(parts.front()[0])) parts.erase(parts.begin());
  if (parts.size() != 5) return std::nullopt;  // day month year time zone
  DateTime time;
  std::size_t i = 0;
  const auto day = read_number(parts[0], i, 2);
  if (!day || i != parts[0].size()) return std::nullopt;
  time.day = *day;
  time.month = month_number(parts[1]);
  if (time.month == 0) return std::nullopt;
  i = 0;
  const auto year = read_number(parts[2], i, 4);
  if (!year || i != parts[2].size() || (i != 2 && i != 4)) return std::nullopt;
  time.year = i == 4 ? *year : *year + (*year >= 50 ? 1900 : 2000);
  if (!read_clock(parts[3], time)) return std::nullopt;
  time.utc_offset_minutes = zone_offset(parts[4]);
  if (!time.utc_offset_minutes) return std::nullopt;
  const auto valid = checked(time);
  return valid ? instant_of(*valid) : std::nullopt;
}

std::optional<sys_seconds> parse_published_time(std::string_view text) {
  if (const auto time = parse_rfc822_time(text)) return time;
  return parse_iso8601_time(text);
}

std::optional<std::chrono::seconds> parse_duration(std::string_view text) {
  long long total = 0;
  std::size_t pos = 0;
  if (text.empty()) return std::nullopt;
  while (pos < text.size()) {
    long long number = 0;
    const std::size_t start = pos;
    while (pos < text.size() && is_ascii_digit(text[pos])) {
      number = number * 10 + (text[pos++] - '0');
      if (number > 1'000'000'000) return std::nullopt;
    }
    if (pos == start || pos == text.size()) return std::nullopt;
    switch (ascii_lower(text[pos++])) {
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
        return std::nullopt;
    }
  }
  if (total <= 0) return std::nullopt;
  return std::chrono::seconds(total);
}

}  // namespace nieuwslezer
