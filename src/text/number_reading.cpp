#include "text/number_reading.h"

#include "text/dutch_numbers.h"

namespace nieuwslezer {
namespace {

std::string join_with_and(const std::vector<std::string>& parts) {
  std::string words;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) words += (i + 1 == parts.size()) ? " en " : ", ";
    words += parts[i];
  }
  return words;
}

}  // namespace

int small_number(std::string_view digits) {
  const std::int64_t value = parse_digits(digits);
  return value < 0 || value > 1'000'000 ? -1 : static_cast<int>(value);
}

bool has_leading_zero(std::string_view digits) { return digits.size() > 1 && digits[0] == '0'; }

std::string strip_leading_zeros(std::string_view digits) {
  const std::size_t first = digits.find_first_not_of('0');
  return first == std::string_view::npos ? "0" : std::string(digits.substr(first));
}

WrittenNumber read_date(const DigitGroups& e) {
  WrittenNumber v;
  if (e.groups.size() != 3) return v;
  const char sep = e.separators[0];
  if (e.separators[1] != sep || (sep != '-' && sep != '/' && sep != '.')) return v;
  const auto& g = e.groups;
  if (g[0].size() <= 2 && g[1].size() <= 2 && g[2].size() == 4) {  // 28-11-2026
    v.day = small_number(g[0]);
    v.month = small_number(g[1]);
    v.year = std::string(g[2]);
  } else if (sep == '-' && g[0].size() == 4 && g[1].size() == 2 && g[2].size() == 2) {  // ISO
    v.year = std::string(g[0]);
    v.month = small_number(g[1]);
    v.day = small_number(g[2]);
  } else {
    return v;
  }
  if (v.day >= 1 && v.day <= 31 && v.month >= 1 && v.month <= 12)
    v.kind = WrittenNumber::Kind::kDate;
  return v;
}

// One number without '-' ranges: groups[a..b].
WrittenNumber read_number(const DigitGroups& e, std::size_t a, std::size_t b) {
  WrittenNumber v;
  const auto& g = e.groups;
  if (a == b) {
    v.kind = WrittenNumber::Kind::kInteger;
    v.integer = std::string(g[a]);
    return v;
  }
  std::string seps(e.separators.begin() + static_cast<std::ptrdiff_t>(a),
                   e.separators.begin() + static_cast<std::ptrdiff_t>(b));
  // Thousands dots, maybe with a decimal comma: "1.200.000", "1.234,5".
  if (g[a].size() <= 3 && !has_leading_zero(g[a])) {
    std::size_t k = a;
    std::string digits(g[a]);
    while (k < b && e.separators[k] == '.' && g[k + 1].size() == 3) {
      digits += g[k + 1];
      ++k;
    }
    if (k > a && k == b) {
      v.kind = WrittenNumber::Kind::kInteger;
      v.integer = digits;
      v.grouped = true;
      return v;
    }
    if (k > a && k + 1 == b && e.separators[k] == ',') {
      v.kind = WrittenNumber::Kind::kDecimal;
      v.integer = digits;
      v.fraction = std::string(g[b]);
      v.grouped = true;
      return v;
    }
  }
  if (seps == ",") {
    v.kind = WrittenNumber::Kind::kDecimal;
    v.integer = std::string(g[a]);
    v.fraction = std::string(g[b]);
    return v;
  }
  const auto two_digit_minutes = [](std::string_view digits) {
    return digits.size() == 2 && small_number(digits) <= 59;
  };
  if ((seps == ":" || seps == ".") && g[a].size() <= 2 && small_number(g[a]) <= 24 &&
      two_digit_minutes(g[b])) {  // 14.30, 09:45
    v.kind = WrittenNumber::Kind::kTime;
    v.hour = small_number(g[a]);
    v.minute = small_number(g[b]);
    return v;
  }
  if ((seps == "::" || seps == "..") && g[a].size() <= 2 && two_digit_minutes(g[a + 1]) &&
      two_digit_minutes(g[b])) {  // 2:01:09, a marathon
    v.kind = WrittenNumber::Kind::kDuration;
    v.hour = small_number(g[a]);
    v.minute = small_number(g[a + 1]);
    v.second = small_number(g[b]);
    return v;
  }
  if ((seps == ".," || seps == ":," || seps == ":.") && g[a].size() <= 2 &&
      two_digit_minutes(g[a + 1]) && g[b].size() <= 3) {  // 1.12,09, a lap time
    v.kind = WrittenNumber::Kind::kRaceTime;
    v.minute = small_number(g[a]);
    v.second = small_number(g[a + 1]);
    v.fraction = std::string(g[b]);
    return v;
  }
  return v;
}

// "14.30" -> "veertien uur dertig", "9.00" -> "negen uur".
std::string say_clock(const WrittenNumber& v) {
  std::string words = dutch_cardinal(v.hour) + " uur";
  if (v.minute > 0) words += " " + dutch_cardinal(v.minute);
  return words;
}

// "2:01:09" -> "twee uur, één minuut en negen seconden".
std::string say_duration(const WrittenNumber& v) {
  std::vector<std::string> parts;
  if (v.hour > 0) parts.push_back(dutch_cardinal(v.hour) + " uur");
  if (v.minute > 0) {
    parts.push_back(dutch_cardinal(v.minute) + (v.minute == 1 ? " minuut" : " minuten"));
  }
  if (v.second > 0 || parts.empty()) {
    parts.push_back(dutch_cardinal(v.second) + (v.second == 1 ? " seconde" : " seconden"));
  }
  return join_with_and(parts);
}

// "1.12,09" -> "één minuut en twaalf komma nul negen seconden".
std::string say_race_time(const WrittenNumber& v) {
  std::vector<std::string> parts;
  if (v.minute > 0) {
    parts.push_back(dutch_cardinal(v.minute) + (v.minute == 1 ? " minuut" : " minuten"));
  }
  parts.push_back(dutch_decimal(std::to_string(v.second), v.fraction) + " seconden");
  return join_with_and(parts);
}

// Integers stay digits for eSpeak, which reads them well, except years it reads as amounts:
// "1848" -> "achttienhonderd achtenveertig" (eSpeak: "duizend achthonderd...").
SpokenNumber say_integer(const WrittenNumber& v, bool quantity) {
  if (has_leading_zero(v.integer) || v.integer.size() != 4) return {v.integer, ""};
  const int number = small_number(v.integer);
  if (number < 1100 || number > 1999) return {v.integer, ""};
  const int century = number / 100;
  const int rest = number % 100;
  const std::string hundreds = dutch_cardinal(century) + "honderd";
  if (rest == 0) return {hundreds, ""};
  // Amounts from 1100 to 1999 in hundreds ("1.240" -> "twaalfhonderdveertig"), years too
  // when their last two are below twenty ("1610" -> "zestienhonderd tien"); eSpeak reads the
  // digits as "duizend zeshonderd tien", so it is given "zestienhonderd 10".
  if (quantity || v.grouped || rest < 20) {
    return {hundreds + dutch_cardinal(rest), hundreds + " " + espeak_cardinal(rest)};
  }
  return {dutch_cardinal(century) + " " + dutch_cardinal(rest),
          espeak_cardinal(century) + " " + espeak_cardinal(rest)};
}

SpokenNumber say_year(std::string_view digits) {
  WrittenNumber year;
  year.kind = WrittenNumber::Kind::kInteger;
  year.integer = std::string(digits);
  return say_integer(year);
}

// "1/3" -> "een derde", "3/4" -> "driekwart"; empty when it is not a simple fraction.
std::string say_fraction(int numerator, int denominator) {
  if (numerator < 1 || denominator < 2 || numerator >= denominator || denominator > 100) return {};
  const std::string count = numerator == 1 ? "een" : dutch_cardinal(numerator);
  if (denominator == 2) return "een half";
  if (denominator == 4) return numerator == 3 ? "driekwart" : count + " kwart";
  return count + " " + dutch_ordinal(denominator);
}

}  // namespace nieuwslezer
