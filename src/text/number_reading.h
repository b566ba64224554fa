#pragma once
// Numbers as they are written in Dutch news, read into what they mean and said in words:
// "1.200.000", "112,4", "14.30", "1.12,09", "2:01:09", "28-11-2026".

#include <string>
#include <string_view>
#include <vector>

namespace nieuwslezer {

/// Digit groups with the single separators between them, as written: "1.12,09" ->
/// groups {"1", "12", "09"}, separators {'.', ','}.
struct DigitGroups {
  std::vector<std::string_view> groups;
  std::vector<char> separators;  // separators[k] sits between groups[k] and groups[k + 1]
};

/// What a written number means.
struct WrittenNumber {
  enum class Kind { kNone, kInteger, kDecimal, kTime, kDuration, kRaceTime, kDate };
  Kind kind = Kind::kNone;
  std::string integer;   // kInteger, kDecimal: the digits, without thousands dots
  std::string fraction;  // kDecimal: digits after the comma; kRaceTime: of the second
  bool grouped = false;  // written with thousands dots ("1.250"), so not a year
  int hour = 0, minute = 0, second = 0;  // kTime, kDuration, kRaceTime
  int day = 0, month = 0;                // kDate
  std::string year;                      // kDate, the digits
};

/// A date of three groups: "28-11-2026", "28/11/2026", "28.11.2026", "2026-11-28" -> kDate;
/// kNone for anything else, also an impossible day or month.
WrittenNumber read_date(const DigitGroups& digits);

/// Groups first..last (no '-' ranges) as one number: "1.200.000" -> kInteger "1200000"
/// (grouped), "112,4" -> kDecimal, "14.30" and "09:45" -> kTime, "2:01:09" -> kDuration,
/// "1.12,09" -> kRaceTime; kNone when it is none of these ("1.2.3").
WrittenNumber read_number(const DigitGroups& digits, std::size_t first, std::size_t last);

/// "14.30" -> "veertien uur dertig", "9.00" -> "negen uur".
std::string say_clock(const WrittenNumber& time);

/// "2:01:09" -> "twee uur, één minuut en negen seconden".
std::string say_duration(const WrittenNumber& duration);

/// "1.12,09" -> "één minuut en twaalf komma nul negen seconden".
std::string say_race_time(const WrittenNumber& race_time);

/// A number as the script shows it and, when that differs, as eSpeak NG is given it.
struct SpokenNumber {
  std::string shown;
  std::string said;  // empty: the voice reads `shown`
};

/// Integers stay digits, which eSpeak NG reads well, except where Dutch says them otherwise:
/// a year of four digits from 1100 to 1999 in pairs ("1945" -> "negentien vijfenveertig",
/// given as "19 45": eSpeak would say "negentienhonderd vijfenveertig", and stresses the
/// words wrongly), in hundreds when its last two are 0 ("1800" -> "achttienhonderd") and
/// with "honderd" when they are below twenty ("1610" -> "zestienhonderd tien"). Amounts from
/// 1100 to 1999 are said in hundreds ("1.300 euro" -> "dertienhonderd euro", "1.240" ->
/// "twaalfhonderdveertig"). A `quantity` (with a unit or currency) or a grouped number
/// ("1.500") is never a year. "1200000" -> "1200000", "020" -> "020".
SpokenNumber say_integer(const WrittenNumber& integer, bool quantity = false);

/// A year's digits, as say_integer says a year: "1650" -> "zestien vijftig", "2026" ->
/// "2026".
SpokenNumber say_year(std::string_view digits);

/// A simple fraction: (1, 3) -> "een derde", (3, 4) -> "driekwart", (1, 2) -> "een half";
/// empty when it is not one (numerator not below the denominator, denominator above 100).
std::string say_fraction(int numerator, int denominator);

/// The value of up to six digits: "09" -> 9; -1 for more digits or a non-digit.
int small_number(std::string_view digits);

/// "020" yes, "0" and "20" no.
bool has_leading_zero(std::string_view digits);

/// "007" -> "7", "000" -> "0".
std::string strip_leading_zeros(std::string_view digits);

}  // namespace nieuwslezer
