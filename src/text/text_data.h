#pragma once
// The data files that drive text normalization: abbreviations, acronyms, the pronunciation
// lexicon, units and currencies, symbols, month and weekday names, press agencies and the
// words that mark a sports story. Loaded once at start; users edit the files, no rebuild.

#include <array>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/name_language.h"
#include "text/page_residue.h"

namespace nieuwslezer {

/// "o.a." -> {"onder andere"}; "enz." -> {"enzovoort", true}.
struct Abbreviation {
  std::string spoken;
  bool can_end_sentence = false;  // "enz." may close a sentence; "o.a." and "dr." never do
};

/// How an acronym is read: "ANP" spelled ("A-N-P"), "NAVO" as a word ("Navo"), or a given
/// spoken form ("D66" -> "dee zesenzestig").
struct AcronymReading {
  enum class Style { kSpell, kWord, kSpoken };
  Style style = Style::kSpell;
  std::string spoken;  // only for kSpoken
};

/// One pronunciation lexicon entry: "Orbán" -> "Orbaan" (a Dutch respelling), "Liverpool"
/// -> phonemes "l'Iv@rpu:l" for the Dutch voice, or "Putin" -> "Путин" read by the Russian
/// voice, whose phonemes the Dutch voice then says.
struct LexiconEntry {
  std::string written;   // exact case, words separated by single spaces
  std::string spoken;    // a respelling, or what the voice for `language` reads
  std::string language;  // "" = the Dutch voice, "ru" = phonemes from the Russian voice
  std::string phonemes;  // from "[[...]]" in the spoken field: said as these phonemes
};

/// A unit, currency or magnitude written after (currency: also before) a number.
struct Unit {
  enum class Kind { kUnit, kCurrency, kMagnitude };
  Kind kind = Kind::kUnit;
  std::string spoken;   // "kilometer", "euro", "miljoen"
  std::string variant;  // unit: the form after 1 ("minuut"); currency: the subunit ("cent")
};

struct TextData {
  std::unordered_map<std::string, Abbreviation> abbreviations;  // as written: "o.a.", "Dr."
  std::unordered_map<std::string, AcronymReading> acronyms;     // as written: "ANP", "PvdA"
  // Pronunciation lexicon by the entry's first word ("The" for "The Washington Post"),
  // longest entry first.
  std::unordered_map<std::string, std::vector<LexiconEntry>> lexicon;
  std::unordered_map<std::string, Unit> units;            // "km", "km/u", "€", "mln"
  std::unordered_map<std::string, std::string> symbols;   // "&" -> "en", "•" -> "" (silent)
  std::unordered_map<std::string, int> months;            // lower case: "jan", "januari" -> 1
  std::array<std::string, 13> month_names;                // 1 -> "januari"
  std::unordered_map<std::string, std::string> weekdays;  // lower case: "ma" -> "maandag"
  // Letter names as phonemes, by capital letter ("W" -> "v#e:"), and the suffixes said
  // with spelled letters ("'ers" -> "@rs").
  std::unordered_map<std::string, std::string> letter_names;
  std::unordered_set<std::string> agencies;         // upper case, never spoken: "ANP", "AFP"
  std::unordered_set<std::string> score_words;      // lower case: "gewonnen", "wedstrijd"
  std::unordered_set<std::string> regnal_names;     // as written: "Willem", "Leo"
  std::unordered_set<std::string> numbered_nouns;   // lower case: "hoofdstuk IV" -> 4
  std::unordered_set<std::string> neuter_nouns;     // lower case: "uur", "jaar"
  std::unordered_set<std::string> service_numbers;  // said digit by digit: "112"
  std::vector<Residue> residue;                     // page residue: "LIVE |", "Lees ook: ..."
  // Fragments of words we make, respelled for eSpeak NG: {"zesen", "zessen"}.
  std::vector<std::pair<std::string, std::string>> respellings;
  std::vector<SpellingCue> spelling_cues;  // "ends quet fr": names no lexicon has
};

/// Reads data_dir/abbreviations.tsv, acronyms.tsv, letters.tsv, pronunciation.tsv, names.tsv,
/// units.tsv, symbols.tsv, calendar.tsv, agencies.tsv, score_words.tsv, regnal_names.tsv,
/// numbered_nouns.tsv, neuter_nouns.tsv, service_numbers.tsv, respellings.tsv, residue.tsv and
/// name_spellings.tsv
/// (formats in each file's header), the program's own data. Throws DataError naming the file when
/// one is missing or unreadable ("units.tsv: cannot open text data file: No such file or
/// directory"), and "file:line: ..." for a malformed line or one that is not UTF-8 text.
TextData load_text_data(const std::filesystem::path& data_dir);

/// Adds a user's pronunciation file (same format as pronunciation.tsv) on top of `data`;
/// its entries win over the bundled ones with the same written form. Throws InputError
/// (the user's input, not the program's data) with the messages of load_text_data.
void add_pronunciation_file(TextData& data, const std::filesystem::path& file);

}  // namespace nieuwslezer
