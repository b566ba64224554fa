#pragma once
// Numbers as Dutch words, the way a newsreader says them.
//
// The normalizer leaves plain integers as digits, because eSpeak NG reads Dutch integers well
// ("1200000" -> "een miljoen tweehonderdduizend"), and uses these words where eSpeak cannot
// know what the digits mean: decimals, ordinals, clock times, scores, old years.

#include <cstdint>
#include <string>
#include <string_view>

namespace nieuwslezer {

/// The cardinal number in words. A lone or leading one is "één" so that it is not read as
/// the article: 0 -> "nul", 1 -> "één", 21 -> "eenentwintig", 22 -> "tweeëntwintig",
/// 112 -> "honderdtwaalf", 2026 -> "tweeduizend zesentwintig",
/// 1200000 -> "één miljoen tweehonderdduizend". Negative numbers start with "min".
std::string dutch_cardinal(std::int64_t number);

/// The ordinal in words: 1 -> "eerste", 3 -> "derde", 8 -> "achtste", 20 -> "twintigste",
/// 21 -> "eenentwintigste", 100 -> "honderdste", 103 -> "honderdderde".
/// Zero and negative numbers give the cardinal with "ste" ("nulste").
std::string dutch_ordinal(std::int64_t number);

/// A year as Dutch says it: 1848 -> "achttienhonderd achtenveertig",
/// 1900 -> "negentienhonderd", 2026 -> "tweeduizend zesentwintig". Years from 1100 to 1999
/// are read in hundreds; every other number as a cardinal.
std::string dutch_year(std::int64_t year);

/// Digits one by one: "09" -> "nul negen", "1" -> "één".
std::string dutch_digits(std::string_view digits);

/// A decimal number from its written parts (digits only; the integer part may be empty):
/// ("2", "1") -> "twee komma één", ("112", "4") -> "honderdtwaalf komma vier",
/// ("1", "21") -> "één komma eenentwintig", ("0", "05") -> "nul komma nul vijf",
/// ("3", "14159") -> "drie komma één vier één vijf negen". A fraction of one or two digits
/// without a leading zero is read as a number, any other digit by digit.
std::string dutch_decimal(std::string_view integer_digits, std::string_view fraction_digits);

/// Value of a string of ASCII digits, or -1 when it is empty, has a non-digit or would
/// exceed 18 digits. "0042" -> 42.
std::int64_t parse_digits(std::string_view digits);

}  // namespace nieuwslezer
