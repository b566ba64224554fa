#include "text/dutch_numbers.h"

#include <algorithm>
#include <array>
#include <vector>

namespace nieuwslezer {
namespace {

constexpr std::array<const char*, 20> kUnits = {
    "nul",      "een",      "twee",    "drie",      "vier",     "vijf",     "zes",
    "zeven",    "acht",     "negen",   "tien",      "elf",      "twaalf",   "dertien",
    "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"};

constexpr std::array<const char*, 10> kTens = {"",        "tien",    "twintig", "dertig",
                                               "veertig", "vijftig", "zestig",  "zeventig",
                                               "tachtig", "negentig"};

constexpr std::array<const char*, 20> kSmallOrdinals = {
    "nulde",      "eerste",     "tweede",    "derde",       "vierde",     "vijfde",     "zesde",
    "zevende",    "achtste",    "negende",   "tiende",      "elfde",      "twaalfde",   "dertiende",
    "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende"};

// 1..99 as one word. `lone_one` writes 1 as "één" (a word of its own, not the article).
std::string below_hundred(std::int64_t n, bool lone_one) {
  if (n == 1 && lone_one) return "één";
  if (n < 20) return kUnits[static_cast<std::size_t>(n)];
  const std::int64_t unit = n % 10;
  const std::string tens = kTens[static_cast<std::size_t>(n / 10)];
  if (unit == 0) return tens;
  std::string unit_word = kUnits[static_cast<std::size_t>(unit)];
  // "tweeëntwintig", "drieëndertig": a trema where the unit ends in e.
  const std::string joiner = unit_word.back() == 'e' ? "ën" : "en";
  return unit_word + joiner + tens;
}

// 1..999 as one word: "honderdtwaalf", "tweehonderd".
std::string below_thousand(std::int64_t n, bool lone_one) {
  const std::int64_t hundreds = n / 100;
  const std::int64_t rest = n % 100;
  std::string word;
  if (hundreds == 1) {
    word = "honderd";
  } else if (hundreds > 1) {
    word = std::string(kUnits[static_cast<std::size_t>(hundreds)]) + "honderd";
  }
  if (rest > 0) word += below_hundred(rest, lone_one && hundreds == 0);
  return word;
}

struct Scale {
  std::int64_t value;
  const char* name;
};

constexpr std::array<Scale, 4> kLargeScales = {
    Scale{1'000'000'000'000'000'000, "triljoen"}, Scale{1'000'000'000'000'000, "biljard"},
    Scale{1'000'000'000'000, "biljoen"}, Scale{1'000'000'000, "miljard"}};

std::string positive_cardinal(std::int64_t n) {
  std::string words;
  const auto add_word = [&](const std::string& word) {
    if (!words.empty()) words += ' ';
    words += word;
  };
  for (const Scale& scale : kLargeScales) {
    if (n >= scale.value) {
      add_word(positive_cardinal(n / scale.value) + " " + scale.name);
      n %= scale.value;
    }
  }
  if (n >= 1'000'000) {
    add_word(below_thousand(n / 1'000'000, true) + " miljoen");
    n %= 1'000'000;
  }
  if (n >= 1000) {
    const std::int64_t thousands = n / 1000;
    add_word(thousands == 1 ? "duizend" : below_thousand(thousands, false) + "duizend");
    n %= 1000;
  }
  if (n > 0) add_word(below_thousand(n, true));
  return words;
}

}  // namespace

std::string dutch_cardinal(std::int64_t number) {
  if (number == 0) return "nul";
  if (number < 0) {
    // The most negative value has no positive counterpart; it never occurs in news.
    if (number == INT64_MIN) return "min " + positive_cardinal(INT64_MAX);
    return "min " + positive_cardinal(-number);
  }
  return positive_cardinal(number);
}

std::string dutch_ordinal(std::int64_t number) {
  if (number <= 0) return dutch_cardinal(number) + "ste";
  const std::int64_t last_two = number % 100;
  if (last_two == 0 || last_two >= 20) return dutch_cardinal(number) + "ste";
  const std::string tail = kSmallOrdinals[static_cast<std::size_t>(last_two)];
  const std::int64_t head = number - last_two;
  if (head == 0) return tail;
  // "honderdderde" in one word; after "duizend" or "miljoen" a space, as in the cardinal.
  const bool same_word = head % 1000 != 0;
  return dutch_cardinal(head) + (same_word ? "" : " ") + tail;
}

std::string dutch_year(std::int64_t year) {
  if (year < 1100 || year > 1999) return dutch_cardinal(year);
  std::string words = below_hundred(year / 100, false) + "honderd";
  if (year % 100 != 0) words += " " + below_hundred(year % 100, true);
  return words;
}

std::string dutch_digits(std::string_view digits) {
  std::string words;
  for (const char digit : digits) {
    if (digit < '0' || digit > '9') continue;
    if (!words.empty()) words += ' ';
    words += digit == '1' ? std::string("één") : kUnits[static_cast<std::size_t>(digit - '0')];
  }
  return words;
}

namespace {

// 1..99 from one word: "zesentwintig" -> 26, "tweeëntwintig" -> 22; -1 otherwise.
std::int64_t parse_below_hundred(std::string_view word) {
  for (std::size_t n = 2; n < kUnits.size(); ++n) {  // "een" alone is the article
    if (word == kUnits[n]) return static_cast<std::int64_t>(n);
  }
  if (word == "één") return 1;
  for (std::size_t tens = 2; tens < kTens.size(); ++tens) {
    const std::string_view tens_word = kTens[tens];
    if (word == tens_word) return static_cast<std::int64_t>(tens * 10);
    if (!word.ends_with(tens_word)) continue;
    const std::string_view head = word.substr(0, word.size() - tens_word.size());
    for (std::size_t unit = 1; unit < 10; ++unit) {
      const std::string_view unit_word = kUnits[unit];
      const std::string joiner = unit_word.back() == 'e' ? "ën" : "en";
      if (head == std::string(unit_word) + joiner) {
        return static_cast<std::int64_t>(tens * 10 + unit);
      }
    }
  }
  return -1;
}

// 1..999: "tweehonderdtwaalf" -> 212.
std::int64_t parse_below_thousand(std::string_view word) {
  const std::size_t at = word.find("honderd");
  if (at == std::string_view::npos) return parse_below_hundred(word);
  std::int64_t hundreds = 1;
  if (at > 0) {
    hundreds = parse_below_hundred(word.substr(0, at));
    if (hundreds < 2 || hundreds > 9) return -1;
  }
  const std::string_view rest = word.substr(at + 7);
  if (rest.empty()) return hundreds * 100;
  const std::int64_t tail = parse_below_hundred(rest);
  return tail < 0 ? -1 : hundreds * 100 + tail;
}

std::string said_below_thousand(std::int64_t group) {
  const std::int64_t last_two = group % 100;
  if (last_two < 90) return std::to_string(group);
  const std::string word = below_hundred(last_two, true);
  return group >= 100 ? std::to_string(group - last_two) + " " + word : word;
}

}  // namespace

std::int64_t parse_dutch_cardinal(std::string_view word) {
  if (word == "nul") return 0;
  const std::size_t at = word.find("duizend");
  if (at == std::string_view::npos) return parse_below_thousand(word);
  std::int64_t thousands = 1;
  if (at > 0) {
    thousands = parse_below_thousand(word.substr(0, at));
    if (thousands < 2) return -1;
  }
  const std::string_view rest = word.substr(at + 7);
  if (rest.empty()) return thousands * 1000;
  const std::int64_t tail = parse_below_thousand(rest);
  return tail < 0 ? -1 : thousands * 1000 + tail;
}

std::string espeak_cardinal(std::int64_t number) {
  // Millions and more with the word: in digits eSpeak says "milj'un" with a long i.
  for (const Scale& scale : {Scale{1'000'000'000, "miljard"}, Scale{1'000'000, "miljoen"}}) {
    if (number >= scale.value && number < 1000 * scale.value) {
      const std::int64_t rest = number % scale.value;
      return espeak_cardinal(number / scale.value) + " " + scale.name +
             (rest > 0 ? " " + espeak_cardinal(rest) : "");
    }
  }
  const std::string digits = std::to_string(number);
  if (number < 90) return digits;
  // The groups of three from the top, and whether any ends in 90..99.
  std::vector<std::int64_t> groups;
  for (std::int64_t rest = number; rest > 0; rest /= 1000)
    groups.insert(groups.begin(), rest % 1000);
  if (std::none_of(groups.begin(), groups.end(), [](std::int64_t g) { return g % 100 >= 90; })) {
    return digits;
  }
  static constexpr std::array<const char*, 2> kScales = {"", "duizend"};
  if (groups.size() > kScales.size()) return digits;
  std::string said;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const std::int64_t group = groups[i];
    const std::size_t scale = groups.size() - 1 - i;
    if (group == 0) continue;
    if (!said.empty()) said += ' ';
    if (group % 100 >= 90) {
      said += said_below_thousand(group);
    } else if (!(group == 1 && scale == 1)) {  // "duizend", not "één duizend"
      said += std::to_string(group);
    }
    if (scale > 0) said += std::string(group == 1 && scale == 1 ? "" : " ") + kScales[scale];
  }
  return said;
}

std::string dutch_decimal(std::string_view integer_digits, std::string_view fraction_digits) {
  const std::int64_t whole = parse_digits(integer_digits);
  std::string words = integer_digits.empty() ? "nul"
                      : whole < 0            ? dutch_digits(integer_digits)
                                             : dutch_cardinal(whole);
  if (fraction_digits.empty()) return words;
  words += " komma ";
  if (fraction_digits.size() <= 2 && fraction_digits.front() != '0') {
    words += dutch_cardinal(parse_digits(fraction_digits));
  } else {
    words += dutch_digits(fraction_digits);
  }
  return words;
}

std::int64_t parse_digits(std::string_view digits) {
  if (digits.empty() || digits.size() > 18) return -1;
  std::int64_t value = 0;
  for (const char digit : digits) {
    if (digit < '0' || digit > '9') return -1;
    value = value * 10 + (digit - '0');
  }
  return value;
}

}  // namespace nieuwslezer
