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

/// The value of one Dutch cardinal number word, as dutch_cardinal writes them: "nul" -> 0,
/// "één" and "een" -> 1, "zesentwintig" -> 26, "tweehonderdduizend" -> 200000; -1 for any
/// other word ("honderdste", "miljoen" on its own, "tweeduizend zesentwintig" with its space).
std::int64_t parse_dutch_cardinal(std::string_view word);

/// What eSpeak NG is given for a cardinal so that it says it right: the digits, which it
/// reads well ("26" -> "zesentwintig"; as a word it says "zeezentwintig"), except that it says
/// "negentig" with a hard g in digits: a group ending in 90 to 99 is given that part as the
/// word; and it says "miljoen" with a long i in digits: millions and milliards are given with
/// the word. 26 -> "26", 45892 -> "45 duizend 800 tweeënnegentig", 92000 -> "tweeënnegentig
/// duizend", 18044027 -> "18 miljoen 44027".
std::string espeak_cardinal(std::int64_t number);

/// Value of a string of ASCII digits, or -1 when it is empty, has a non-digit or would
/// exceed 18 digits. "0042" -> 42.
std::int64_t parse_digits(std::string_view digits);

}  // namespace nieuwslezer
