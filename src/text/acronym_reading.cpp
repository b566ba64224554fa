#include "text/acronym_reading.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"

namespace nieuwslezer {

std::size_t letter_count(std::string_view word) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    const utf8::CodePoint cp = utf8::decode(word, pos);
    if (utf8::is_letter(cp.value)) ++count;
    pos += cp.length;
  }
  return count;
}

// "ANP" -> "A-N-P": eSpeak says hyphen-joined capitals as letter names, without pausing.
std::string spell_letters(std::string_view word) {
  std::string spelled;
  for (std::size_t pos = 0; pos < word.size();) {
    const utf8::CodePoint cp = utf8::decode(word, pos);
    pos += cp.length;
    if (!utf8::is_letter(cp.value)) continue;
    if (!spelled.empty()) spelled += '-';
    utf8::append(spelled, utf8::to_upper(cp.value));
  }
  return spelled;
}

std::string spelled_phonemes(std::string_view word,
                             const std::unordered_map<std::string, std::string>& names,
                             std::string_view suffix) {
  std::vector<const std::string*> letters;
  for (std::size_t pos = 0; pos < word.size();) {
    const utf8::CodePoint cp = utf8::decode(word, pos);
    pos += cp.length;
    if (!utf8::is_letter(cp.value)) continue;
    std::string capital;
    utf8::append(capital, utf8::to_upper(cp.value));
    const auto name = names.find(capital);
    if (name == names.end()) return "";
    letters.push_back(&name->second);
  }
  if (letters.empty()) return "";
  std::string phonemes;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    phonemes += i + 1 == letters.size() ? '\'' : ',';
    phonemes += *letters[i];
  }
  if (!suffix.empty()) {
    const auto said = names.find(std::string(suffix));
    if (said == names.end()) return "";
    phonemes += said->second;
  }
  return phonemes;
}

namespace {

bool is_vowel(char c) {
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y';
}

}  // namespace

// Whether Dutch would read an unknown capital-letter acronym as a word: four letters or more,
// a vowel, and consonant clusters a Dutch syllable can have. "NAVO", "OPEC", "UNICEF" yes;
// "ASML", "KNMI", "ANWB", "RIVM" and everything of three letters or fewer no.
bool reads_as_word(std::string_view word) {
  if (word.size() < 4) return false;
  for (const char c : word) {
    if (c < 'A' || c > 'Z') return true;  // not plain ASCII capitals: leave it to the voice
  }
  // A Y that starts the word is a consonant there ("YMCA"), as in "yoghurt".
  const auto first_vowel =
      std::find_if(word.begin() + (word.front() == 'Y' ? 1 : 0), word.end(), is_vowel);
  if (first_vowel == word.end()) return false;
  const std::string_view onset =
      word.substr(0, static_cast<std::size_t>(first_vowel - word.begin()));
  if (onset.size() > 1 &&
      !one_of(onset,
              {"BL",  "BR", "CH", "CL", "CR",  "DR",   "DW", "FL", "FR", "GL", "GR", "KL", "KN",
               "KR",  "KW", "PL", "PR", "SCH", "SCHR", "SK", "SL", "SM", "SN", "SP", "ST", "SPR",
               "STR", "SW", "TR", "TW", "VL",  "VR",   "WR", "ZW", "TH", "PH", "SH"})) {
    return false;
  }
  std::size_t last_vowel = word.size();
  while (last_vowel > 0 && !is_vowel(word[last_vowel - 1])) --last_vowel;
  const std::string_view coda = word.substr(last_vowel);
  if (coda.size() > 1 &&
      !one_of(coda, {"ND", "NT", "NK", "NG", "NS", "LD",  "LT", "LK", "LM",  "LP", "LF", "LS",
                     "RD", "RT", "RK", "RM", "RN", "RP",  "RF", "RS", "RG",  "ST", "SK", "SP",
                     "FT", "KT", "PT", "KS", "TS", "PS",  "MP", "MS", "LL",  "SS", "FF", "TT",
                     "PP", "NN", "MM", "RR", "GT", "CHT", "CH", "CK", "RST", "NST"})) {
    return false;
  }
  // Inside the word, no cluster of more than two consonants.
  std::size_t run = 0;
  for (std::size_t i = onset.size(); i < last_vowel; ++i) {
    run = is_vowel(word[i]) ? 0 : run + 1;
    if (run > 2) return false;
  }
  return true;
}

// "II" -> 2 ... "XXXIX" -> 39; 0 for anything else (also the one-letter "I", "V", "X").
int roman_value(std::string_view word) {
  if (word.size() < 2 || word.size() > 6) return 0;
  static const std::array<const char*, 10> kUnits = {"",  "I",  "II",  "III",  "IV",
                                                     "V", "VI", "VII", "VIII", "IX"};
  for (int value = 2; value < 40; ++value) {
    std::string roman(static_cast<std::size_t>(value / 10), 'X');
    roman += kUnits[static_cast<std::size_t>(value % 10)];
    if (roman == word) return value;
  }
  return 0;
}

}  // namespace nieuwslezer
