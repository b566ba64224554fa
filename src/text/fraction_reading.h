#pragma once
// Fractions as Dutch says them: "½" -> "een half", "2½ jaar" -> "tweeënhalf jaar", "1½ km"
// -> "anderhalve kilometer", "3¼" -> "drie en een kwart".

#include <string>
#include <string_view>

namespace nieuwslezer {

struct Fraction {
  int numerator = 0;
  int denominator = 0;  // 0: not a fraction
};

/// The value of a vulgar fraction character: "½" -> {1, 2}, "⅜" -> {3, 8}; {0, 0} for
/// anything else.
Fraction vulgar_fraction(std::string_view character);

/// A whole number and a fraction in words. `inflected` gives the form before a noun that
/// takes "de" ("een halve liter", "anderhalve kilometer"; "een half uur", "anderhalf jaar"
/// are not inflected). (0, ½) -> "een half", (1, ½) -> "anderhalf", (2, ½) -> "tweeënhalf",
/// (0, ¾) -> "driekwart", (3, ¼) -> "drie en een kwart", (2, ⅓) -> "twee en een derde".
/// Empty when the fraction is not a simple one (say_fraction).
std::string say_mixed_fraction(long long whole, Fraction fraction, bool inflected);

}  // namespace nieuwslezer
