#include "text/fraction_reading.h"

#include <array>
#include <utility>

#include "text/dutch_numbers.h"
#include "text/number_reading.h"

namespace nieuwslezer {

Fraction vulgar_fraction(std::string_view character) {
  static const std::array<std::pair<std::string_view, Fraction>, 18> kFractions = {{
      {"½", {1, 2}},
      {"⅓", {1, 3}},
      {"⅔", {2, 3}},
      {"¼", {1, 4}},
      {"¾", {3, 4}},
      {"⅕", {1, 5}},
      {"⅖", {2, 5}},
      {"⅗", {3, 5}},
      {"⅘", {4, 5}},
      {"⅙", {1, 6}},
      {"⅚", {5, 6}},
      {"⅐", {1, 7}},
      {"⅛", {1, 8}},
      {"⅜", {3, 8}},
      {"⅝", {5, 8}},
      {"⅞", {7, 8}},
      {"⅑", {1, 9}},
      {"⅒", {1, 10}},
  }};
  for (const auto& [written, value] : kFractions) {
    if (written == character) return value;
  }
  return {};
}

std::string say_mixed_fraction(long long whole, Fraction fraction, bool inflected) {
  const std::string part = say_fraction(fraction.numerator, fraction.denominator);
  if (part.empty() || whole < 0) return {};
  const bool half = fraction.numerator == 1 && fraction.denominator == 2;
  const std::string halve = inflected ? "halve" : "half";
  if (!half) return whole == 0 ? part : dutch_cardinal(whole) + " en " + part;
  if (whole == 0) return "een " + halve;
  if (whole == 1) return "ander" + halve;
  // "twee" + "ën" + "half": a trema where "en" follows an "e", as Dutch spelling has it.
  const std::string number = dutch_cardinal(whole);
  return number + (number.ends_with('e') ? "ën" : "en") + halve;
}

}  // namespace nieuwslezer
