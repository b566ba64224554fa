#include "output/cue_split.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "base/strings.h"
#include "base/utf8.h"
#include "text/dutch_numbers.h"

namespace nieuwslezer {
namespace {

// What cutting costs, in points: the cues are chosen to cost least. Every cue costs
// kPerCue, so a sentence that fits one cue stays one, and a cut at a comma (0) beats a cut
// anywhere (kPlainCut) by more than one cue: three cues at commas beat two cut mid-phrase.
constexpr double kPerCue = 40;
constexpr double kClauseCut = 10;    // before "dat", "omdat"
constexpr double kPhraseCut = 30;    // before "van", "op"
constexpr double kPlainCut = 60;     // between any two other words
constexpr double kAfterBound = 200;  // after "de", "een": "de | minister"
constexpr double kInName = 100;      // "Tweede | Kamer", "Utrecht | en Amersfoort"
constexpr double kOneWord = 150;     // a cue of one word
constexpr double kShort = 300;       // a cue under kCueMinSeconds, plus as much per second short
constexpr double kLong = 1000;       // a cue over kCueMaxSeconds, plus 300 per second over
constexpr double kTooWide = 1e6;     // more than two lines (only a piece that cannot be cut)
constexpr std::size_t kFewCharacters = 20;  // shorter cues cost 2 per character short

std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// The word without the punctuation and quotes around it, lower case: "(ANP)," -> "anp".
std::string core(std::string_view word) {
  constexpr std::string_view kAround = "\"'()[],;:.!?\u201C\u201D\u2018\u2019";
  const std::size_t first = word.find_first_not_of(kAround);
  if (first == std::string_view::npos) return "";
  const std::size_t last = word.find_last_not_of(kAround);
  return utf8::lower(word.substr(first, last - first + 1));
}

// Whether a written word ends a clause: its last character other than quotes and closing
// brackets is , ; : ! ? ("zei:", "bruggen,", "(ANP),").
bool ends_clause(std::string_view word) {
  const std::size_t last = word.find_last_not_of("\"')]\u201D\u2019");
  return last != std::string_view::npos &&
         std::string_view(",;:!?").find(word[last]) != std::string_view::npos;
}

// Written in digits ("1,2", "(3-1)") or a Dutch number word ("vier", "zestig").
bool is_number(std::string_view word) {
  const std::size_t first = word.find_first_not_of("(\"'");
  if (first == std::string_view::npos) return false;
  return is_ascii_digit(word[first]) || parse_dutch_cardinal(core(word)) >= 0;
}

bool is_unit(std::string_view word, const std::unordered_set<std::string>& units) {
  return units.contains(utf8::lower(word)) || units.contains(core(word));
}

// The written sentence in words, with what the cutting needs to know of each.
struct Word {
  std::string text;
  std::size_t characters = 0;
  bool ends_clause = false;
  bool capital = false;  // begins with a capital letter: "Amersfoort", "(ANP)"
  bool joined = false;   // never cut before it: it belongs to the number before (or after)
};

bool begins_with_capital(std::string_view word) {
  const std::size_t first = word.find_first_not_of("(\"'\u201C\u2018");
  if (first == std::string_view::npos) return false;
  std::string_view rest = word.substr(first);
  // The first character, as UTF-8: "Ö" is two bytes.
  std::size_t length = 1;
  while (length < rest.size() && (static_cast<unsigned char>(rest[length]) & 0xC0) == 0x80) {
    ++length;
  }
  const std::string letter(rest.substr(0, length));
  return utf8::lower(letter) != letter;
}

// The words of a text, between runs of white space.
std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  constexpr std::string_view kSpace = " \t\n\r";
  for (std::size_t start = text.find_first_not_of(kSpace); start != std::string_view::npos;) {
    const std::size_t end = std::min(text.find_first_of(kSpace, start), text.size());
    const std::string_view word = text.substr(start, end - start);
    words.push_back(
        {std::string(word), characters(word), ends_clause(word), begins_with_capital(word), false});
    start = text.find_first_not_of(kSpace, end);
  }
  return words;
}

std::vector<Word> words_of(std::string_view written, const CaptionRules& rules) {
  std::vector<Word> words = split_words(written);
  // "1,2 miljard euro", "€ 90", "28 november 2026": a number, then units; or a currency or a
  // month, then a number. A unit after units counts only after a number ("miljard euro").
  for (std::size_t i = 1; i < words.size(); ++i) {
    const Word& before = words[i - 1];
    if (before.ends_clause) continue;
    const bool number_before = is_number(before.text), number = is_number(words[i].text);
    const bool unit = is_unit(words[i].text, rules.units);
    words[i].joined = (number_before && unit) ||
                      (number && is_unit(before.text, rules.before_number)) ||
                      (unit && before.joined && is_unit(before.text, rules.units));
  }
  return words;
}

// The characters of words [a, b) on one line, a space between each.
std::size_t line_length(const std::vector<Word>& words, std::size_t a, std::size_t b) {
  std::size_t length = b > a ? b - a - 1 : 0;
  for (std::size_t i = a; i < b; ++i) length += words[i].characters;
  return length;
}

// Whether words [a, b) fit two lines of kCueLineLength, cut where a number and its unit are
// not cut apart.
bool fits_two_lines(const std::vector<Word>& words, std::size_t a, std::size_t b) {
  if (line_length(words, a, b) <= kCueLineLength) return true;
  for (std::size_t k = a + 1; k < b; ++k) {
    if (!words[k].joined && line_length(words, a, k) <= kCueLineLength &&
        line_length(words, k, b) <= kCueLineLength) {
      return true;
    }
  }
  return false;
}

// Whether a word is one of the small words the rules list ("en", "van", "de").
bool is_small_word(const Word& word, const CaptionRules& rules) {
  if (word.capital) return false;
  const std::string lower = core(word.text);
  return rules.clause_words.contains(lower) || rules.phrase_words.contains(lower) ||
         rules.bound_words.contains(lower);
}

// Whether a cut before word `i` falls inside a name: between two capitalized words
// ("Tweede | Kamer") or around a small word between them ("Utrecht | en Amersfoort",
// "Infrastructuur en | Waterstaat"). The sentence's first word counts as lower case.
bool in_name(const std::vector<Word>& words, std::size_t i, const CaptionRules& rules) {
  const auto capital = [&](std::size_t j) {
    return j >= 1 && j < words.size() && words[j].capital;
  };
  if (words[i - 1].ends_clause) return false;
  if (capital(i - 1) && capital(i)) return true;
  if (capital(i - 1) && capital(i + 1) && is_small_word(words[i], rules)) return true;
  return i >= 2 && capital(i - 2) && capital(i) && !words[i - 2].ends_clause &&
         is_small_word(words[i - 1], rules);
}

// What a cut before word `i` costs (0 < i < words.size()); infinite inside a number and
// its unit.
double cut_cost(const std::vector<Word>& words, std::size_t i, const CaptionRules& rules) {
  if (words[i].joined) return std::numeric_limits<double>::infinity();
  const std::string next = core(words[i].text);
  double cost = words[i - 1].ends_clause            ? 0
                : rules.clause_words.contains(next) ? kClauseCut
                : rules.phrase_words.contains(next) ? kPhraseCut
                                                    : kPlainCut;
  if (!words[i - 1].ends_clause && rules.bound_words.contains(core(words[i - 1].text))) {
    cost += kAfterBound;
  }
  if (in_name(words, i, rules)) cost += kInName;
  return cost;
}

// The frame at which word `i` of the sentence is heard (words.size(): the sentence's end),
// from `spoken`: how many spoken words come before each written word.
std::size_t frame_of(std::size_t i, const std::vector<std::size_t>& spoken,
                     const SentenceTiming& timing) {
  if (i == 0) return timing.start;
  if (i + 1 >= spoken.size()) return timing.end;
  const std::size_t total = spoken.back(), before = spoken[i];
  const std::size_t events = timing.words.size();
  if (total == 0) return timing.start;
  if (events == 0) {
    const double share = double(before) / double(total);
    return timing.start +
           static_cast<std::size_t>(std::llround(share * double(timing.end - timing.start)));
  }
  const std::size_t event = (2 * events * before + total) / (2 * total);  // rounded
  if (event >= events) return timing.end;
  return std::clamp(timing.words[event], timing.start, timing.end);
}

// How many spoken words come before each written word, and (last) in all: the pieces that
// are never cut apart counted on their own.
std::vector<std::size_t> spoken_before(const std::vector<Word>& words, const CaptionRules& rules) {
  std::vector<std::size_t> before(words.size() + 1, 0);
  std::size_t so_far = 0;
  for (std::size_t a = 0; a < words.size();) {
    std::size_t b = a + 1;
    while (b < words.size() && words[b].joined) ++b;
    std::string piece = words[a].text;
    for (std::size_t i = a + 1; i < b; ++i) piece += " " + words[i].text;
    const std::size_t said = rules.spoken_words ? rules.spoken_words(piece) : b - a;
    // Inside a piece nothing is cut: its words share its count, evenly enough.
    for (std::size_t i = a; i < b; ++i) before[i] = so_far + said * (i - a) / (b - a);
    so_far += said;
    a = b;
  }
  before[words.size()] = so_far;
  return before;
}

// What the cue of words [a, b) costs, the cut after it included.
double cue_cost(const std::vector<Word>& words, std::size_t a, std::size_t b, double seconds,
                const CaptionRules& rules) {
  double cost = kPerCue;
  if (b < words.size()) cost += cut_cost(words, b, rules);
  if (!fits_two_lines(words, a, b)) cost += kTooWide;
  const bool whole = a == 0 && b == words.size();
  if (!whole) {
    if (b - a == 1) cost += kOneWord;
    if (seconds < kCueMinSeconds) cost += kShort * (1 + kCueMinSeconds - seconds);
    const std::size_t length = line_length(words, a, b);
    if (length < kFewCharacters) cost += 2.0 * double(kFewCharacters - length);
  }
  if (seconds > kCueMaxSeconds) cost += kLong + 300 * (seconds - kCueMaxSeconds);
  return cost;
}

// Words [a, b) joined by spaces.
std::string joined_text(const std::vector<Word>& words, std::size_t a, std::size_t b) {
  std::string text;
  for (std::size_t i = a; i < b; ++i) text += (i > a ? " " : "") + words[i].text;
  return text;
}

// Words [a, b) as the lines of a cue (see cue_lines): of two lines, the one whose longer line
// is shortest, a quarter of the cut's cost (cut_cost) counted as characters.
std::string lines_of(const std::vector<Word>& words, std::size_t a, std::size_t b,
                     const CaptionRules& rules) {
  if (line_length(words, a, b) <= kCueLineLength) return joined_text(words, a, b);
  std::size_t best_cut = a;
  double best_width = std::numeric_limits<double>::infinity();
  for (std::size_t k = a + 1; k < b; ++k) {
    const std::size_t first = line_length(words, a, k), second = line_length(words, k, b);
    if (first > kCueLineLength || second > kCueLineLength) continue;
    const double width = double(std::max(first, second)) + cut_cost(words, k, rules) / 4;
    if (width < best_width) best_width = width, best_cut = k;
  }
  if (best_cut > a) {
    return joined_text(words, a, best_cut) + "\n" + joined_text(words, best_cut, b);
  }
  // Too long for two: wrapped at kCueLineLength, a longer word on a line of its own.
  std::string out;
  std::size_t start = a;
  for (std::size_t i = a + 1; i <= b; ++i) {
    if (i == b || line_length(words, start, i + 1) > kCueLineLength) {
      out += (start > a ? "\n" : "") + joined_text(words, start, i);
      start = i;
    }
  }
  return out;
}

}  // namespace

std::vector<Cue> sentence_cues(std::string_view written, const SentenceTiming& timing,
                               int sample_rate, const CaptionRules& rules) {
  const std::vector<Word> words = words_of(written, rules);
  const std::size_t n = words.size();
  if (n == 0) return {};
  const std::vector<std::size_t> spoken = spoken_before(words, rules);
  std::vector<std::size_t> frames(n + 1);
  for (std::size_t i = 0; i <= n; ++i) frames[i] = frame_of(i, spoken, timing);
  const double rate = sample_rate > 0 ? sample_rate : 1;
  // best[b]: the least cost of cues for words [0, b), the last of them starting at from[b].
  std::vector<double> best(n + 1, std::numeric_limits<double>::infinity());
  std::vector<std::size_t> from(n + 1, 0);
  best[0] = 0;
  for (std::size_t b = 1; b <= n; ++b) {
    if (b < n && words[b].joined) continue;  // no cut there
    for (std::size_t a = b; a-- > 0;) {
      if (a > 0 && words[a].joined) continue;
      if (best[a] < std::numeric_limits<double>::infinity()) {
        const double seconds = double(frames[b] - frames[a]) / rate;
        const double cost = best[a] + cue_cost(words, a, b, seconds, rules);
        if (cost < best[b]) best[b] = cost, from[b] = a;
      }
      // Wider than two lines: so is every cue that starts earlier. (The piece just before b
      // was taken all the same, however wide: a sentence always has cues.)
      if (line_length(words, a, b) > 2 * kCueLineLength + 1) break;
    }
  }
  std::vector<Cue> cues;
  for (std::size_t b = n; b > 0; b = from[b]) {
    cues.push_back({frames[from[b]], frames[b], lines_of(words, from[b], b, rules)});
  }
  std::reverse(cues.begin(), cues.end());
  return cues;
}

std::string cue_lines(std::string_view text, const CaptionRules& rules) {
  const std::vector<Word> words = words_of(text, rules);
  return lines_of(words, 0, words.size(), rules);
}

}  // namespace nieuwslezer
