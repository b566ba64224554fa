#include "page/time_label.h"

#include <array>

#include "base/strings.h"

namespace nieuwslezer {

namespace {

constexpr long long kSecondsPerDay = 24 * 60 * 60;
constexpr int kMinYear = 1970;
constexpr int kMaxYear = 2999;

struct AgoUnit {
  std::string_view word;  // longer words first: "minuten" must win over "min"
  long long seconds;
  long long max_count;  // a larger count is not a ticker label but a typo or garbage
};

constexpr std::array<AgoUnit, 8> kAgoUnits = {{
    {"seconden", 1, 3600},
    {"seconde", 1, 3600},
    {"minuten", 60, 1440},
    {"minuut", 60, 1440},
    {"min", 60, 1440},
    {"uur", 60 * 60, 168},
    {"dagen", kSecondsPerDay, 366},
    {"dag", kSecondsPerDay, 366},
}};

struct WordLabel {
  std::string_view word;
  long long seconds_ago;
};

constexpr std::array<WordLabel, 3> kWordLabels = {{
    {"zojuist", 0},
    {"net", 0},
    {"gisteren", kSecondsPerDay},
}};

// "a".."z" and the Latin-1 lowercase letters ("é", "ë", "ï", ...).
bool starts_with_lowercase(std::string_view text) {
  if (text.empty()) return false;
  if (text[0] >= 'a' && text[0] <= 'z') return true;
  if (text.size() < 2 || text[0] != '\xC3') return false;
  const auto second = static_cast<unsigned char>(text[1]);
  return second >= 0x9F && second <= 0xBF && second != 0xB7;  // U+00DF..U+00FF except '÷'
}

// Reads a label from the front of a text; every step returns false without a match.
struct Scanner {
  std::string_view text;
  bool ignore_case;
  std::size_t pos = 0;

  bool at_end() const { return pos >= text.size(); }
  char peek() const { return at_end() ? '\0' : text[pos]; }

  // `word` is lowercase; with ignore_case the text may be in any case.
  bool word(std::string_view word) {
    if (text.size() - pos < word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k) {
      const char c = ignore_case ? ascii_lower(text[pos + k]) : text[pos + k];
      if (c != word[k]) return false;
    }
    pos += word.size();
    return true;
  }

  bool spaces() {
    const std::size_t start = pos;
    while (const std::size_t n = space_length(text, pos)) pos += n;
    return pos > start;
  }

  bool take(char c) {
    if (peek() != c) return false;
    ++pos;
    return true;
  }

  // A run of min_digits..max_digits digits that is not followed by another digit.
  std::optional<int> number(std::size_t min_digits, std::size_t max_digits) {
    std::size_t count = 0;
    int value = 0;
    while (is_ascii_digit(peek())) {
      if (++count > max_digits) return std::nullopt;
      value = value * 10 + (peek() - '0');
      ++pos;
    }
    if (count < min_digits) return std::nullopt;
    return value;
  }
};

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

// "14:05" or "14.05" after the hour has been read.
bool read_minute(Scanner& scan, int hour, TimeLabel& label) {
  if (!scan.take(':') && !scan.take('.')) return false;
  const auto minute = scan.number(2, 2);
  if (!minute || hour > 23 || *minute > 59) return false;
  label.hour = hour;
  label.minute = *minute;
  return true;
}

// "3-11-2026 14:05" after the day has been read.
bool read_date_time(Scanner& scan, int day, TimeLabel& label) {
  scan.take('-');
  const auto month = scan.number(1, 2);
  if (!month || !scan.take('-')) return false;
  const auto year = scan.number(4, 4);
  if (!year || !scan.spaces()) return false;
  const auto hour = scan.number(1, 2);
  if (!hour || !read_minute(scan, *hour, label)) return false;
  if (*year < kMinYear || *year > kMaxYear || *month < 1 || *month > 12 || day < 1 ||
      day > days_in_month(*year, *month)) {
    return false;
  }
  label.kind = TimeLabel::Kind::kDateTime;
  label.year = *year;
  label.month = *month;
  label.day = day;
  return true;
}

// "12 minuten geleden" after the count has been read.
bool read_ago(Scanner& scan, long long count, TimeLabel& label) {
  if (!scan.spaces()) return false;
  for (const AgoUnit& unit : kAgoUnits) {
    if (!scan.word(unit.word)) continue;
    if (count > unit.max_count || !scan.spaces() || !scan.word("geleden")) return false;
    label.kind = TimeLabel::Kind::kAgo;
    label.seconds_ago = count * unit.seconds;
    return true;
  }
  return false;
}

struct LabelMatch {
  TimeLabel label;
  std::size_t length = 0;  // bytes of `text` the label takes
};

// The longest label the grammar allows at the front of `text`, if any.
std::optional<LabelMatch> match_label(std::string_view text, bool ignore_case) {
  Scanner scan{text, ignore_case};
  TimeLabel label;
  for (const WordLabel& word : kWordLabels) {
    if (scan.word(word.word)) {
      label.seconds_ago = word.seconds_ago;
      return LabelMatch{label, scan.pos};
    }
  }
  if (scan.word("een")) {
    if (read_ago(scan, 1, label)) return LabelMatch{label, scan.pos};
    return std::nullopt;
  }
  const std::size_t number_start = scan.pos;
  const auto number = scan.number(1, 4);
  if (!number) return std::nullopt;
  const bool one_or_two_digits = scan.pos - number_start <= 2;  // an hour or a day
  bool matched = false;
  if (scan.peek() == ':' || scan.peek() == '.') {
    label.kind = TimeLabel::Kind::kClockToday;
    matched = one_or_two_digits && read_minute(scan, *number, label);
  } else if (scan.peek() == '-') {
    matched = one_or_two_digits && read_date_time(scan, *number, label);
  } else {
    matched = read_ago(scan, *number, label);
  }
  if (!matched) return std::nullopt;
  return LabelMatch{label, scan.pos};
}

}  // namespace

std::optional<TimeLabel> parse_time_label(std::string_view label) {
  const std::string_view text = trim_spaces(label);
  const auto match = match_label(text, /*ignore_case=*/true);
  if (!match || match->length != text.size()) return std::nullopt;
  return match->label;
}

std::size_t known_label_prefix(std::string_view text) {
  const auto match = match_label(text, /*ignore_case=*/false);
  if (!match) return 0;
  const std::size_t length = match->length;
  if (length == text.size() || space_length(text, length) > 0) return length;
  return starts_with_lowercase(text.substr(length)) ? 0 : length;
}

}  // namespace nieuwslezer
