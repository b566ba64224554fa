#include "text/normalizer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "test_support.h"

namespace nieuwslezer {
namespace {

using test::bundled_data;
using test::example_pages;

namespace fs = std::filesystem;

// Runs in another voice written as [en:...], as in the corpus file.
std::string marked(const SpokenText& spoken) {
  std::string text;
  for (const SpokenRun& run : spoken.runs) {
    text += run.language.empty() ? run.text : "[" + run.language + ":" + run.text + "]";
  }
  return text;
}

std::string say(std::string_view written) {
  return marked(normalize_for_speech(written, bundled_data()));
}

// --- the table-driven corpus: tests/data/normalizer_corpus.tsv ------------------------------

struct CorpusCase {
  int line = 0;
  std::string category;
  std::string written;
  std::string expected;
};

std::vector<CorpusCase> load_corpus() {
  std::vector<CorpusCase> cases;
  std::ifstream in(NIEUWSLEZER_SOURCE_DIR "/tests/data/normalizer_corpus.tsv");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line.front() == '#') continue;
    const std::size_t first = line.find('\t');
    const std::size_t second = first == std::string::npos ? first : line.find('\t', first + 1);
    CorpusCase c;
    c.line = number;
    if (second == std::string::npos) {
      c.category = "malformed";  // fails below, naming the line
      c.written = line;
    } else {
      c.category = line.substr(0, first);
      c.written = line.substr(first + 1, second - first - 1);
      c.expected = line.substr(second + 1);
    }
    cases.push_back(c);
  }
  if (cases.empty()) cases.push_back(CorpusCase{0, "missing", "", ""});
  return cases;
}

// How gtest and ctest show a case: "line 12: Het kost € 5,-".
void PrintTo(const CorpusCase& c, std::ostream* out) {
  *out << "line " << c.line << ": " << c.written;
}

class NormalizerCorpusTest : public ::testing::TestWithParam<CorpusCase> {};

TEST_P(NormalizerCorpusTest, SaysWhatANewsreaderSays) {
  const CorpusCase& c = GetParam();
  ASSERT_NE(c.category, "missing") << "cannot read tests/data/normalizer_corpus.tsv";
  ASSERT_NE(c.category, "malformed")
      << "normalizer_corpus.tsv:" << c.line << ": expected category<TAB>written<TAB>expected";
  EXPECT_EQ(say(c.written), c.expected)
      << "normalizer_corpus.tsv:" << c.line << " (" << c.category << "): " << c.written;
}

INSTANTIATE_TEST_SUITE_P(Corpus, NormalizerCorpusTest, ::testing::ValuesIn(load_corpus()),
                         [](const ::testing::TestParamInfo<CorpusCase>& param) {
                           return param.param.category + "_line" + std::to_string(param.param.line);
                         });

TEST(NormalizerCorpus, HasAtLeast200CasesInEveryCategory) {
  const std::vector<CorpusCase> cases = load_corpus();
  EXPECT_GE(cases.size(), 200u);
  std::map<std::string, int> per_category;
  for (const CorpusCase& c : cases) ++per_category[c.category];
  for (const char* category : {"number", "score", "money", "unit", "time", "date", "abbreviation",
                               "acronym", "residue", "quotes", "lexicon", "sentence", "mixed"}) {
    EXPECT_GE(per_category[category], 2) << "category " << category;
  }
}

// --- what may reach the synthesizer -------------------------------------------------------

// Letters, digits, spaces, the pause marks and, inside words only, ' and -.
std::string unspeakable_characters(const std::string& text) {
  std::string bad;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 || std::isalnum(c) || c == ' ' || std::strchr(".,;:!?", c) != nullptr) continue;
    const bool inside_word =
        i > 0 && i + 1 < text.size() && text[i - 1] != ' ' && text[i + 1] != ' ';
    if ((c == '-' || c == '\'') && (inside_word || (c == '\'' && i + 1 < text.size()))) continue;
    bad += static_cast<char>(c);
  }
  return bad;
}

// Non-ASCII characters that are not letters: symbols the voice would spell out.
bool has_non_letter_symbol(const std::string& text) {
  for (const std::string_view symbol : {"€", "£", "¥", "°", "±", "×", "•", "…", "–", "—", "„", "“",
                                        "”", "‘", "’", "«", "»", "‰", "²", "³", "→", "©", "®"}) {
    if (text.find(symbol) != std::string::npos) return true;
  }
  return false;
}

TEST(NormalizerOutput, CorpusOutputsHoldOnlySpeakableCharacters) {
  for (const CorpusCase& c : load_corpus()) {
    const std::string spoken = normalize_for_speech(c.written, bundled_data()).plain();
    EXPECT_EQ(unspeakable_characters(spoken), "") << c.written << " -> " << spoken;
    EXPECT_FALSE(has_non_letter_symbol(spoken)) << c.written << " -> " << spoken;
  }
}

// Words in capitals of two letters or more: acronyms nobody decided how to say.
std::vector<std::string> capital_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    int capitals = 0;
    bool lower = false;
    for (const char c : word) {
      if (c >= 'A' && c <= 'Z') ++capitals;
      if (c >= 'a' && c <= 'z') lower = true;
    }
    if (capitals >= 2 && !lower) words.push_back(word);
    word.clear();
  };
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

TEST(NormalizerOutput, ExamplePagesLeaveNoSymbolCreditOrAbbreviation) {
  const std::vector<fs::path> pages = example_pages();
  ASSERT_FALSE(pages.empty());
  for (const fs::path& page : pages) {
    SCOPED_TRACE(page.string());
    const std::string spoken = normalize_for_speech(test::read(page), bundled_data()).plain();
    EXPECT_EQ(unspeakable_characters(spoken), "");
    EXPECT_FALSE(has_non_letter_symbol(spoken));
    EXPECT_EQ(capital_words(spoken), std::vector<std::string>{});
    for (const std::string& agency : bundled_data().agencies) {
      EXPECT_EQ(spoken.find("(" + agency), std::string::npos) << agency;
    }
    for (const auto& [abbreviation, reading] : bundled_data().abbreviations) {
      if (abbreviation.find('.') == std::string::npos) continue;
      EXPECT_EQ(spoken.find(" " + abbreviation + " "), std::string::npos) << abbreviation;
    }
  }
}

// --- rules worth a name of their own --------------------------------------------------------

TEST(NormalizerRules, EnglishLexiconEntriesBecomeEnglishRuns) {
  const SpokenText spoken = normalize_for_speech("Dat meldt The Washington Post.", bundled_data());
  ASSERT_EQ(spoken.runs.size(), 3u);
  EXPECT_EQ(spoken.runs[0].text, "Dat meldt ");
  EXPECT_EQ(spoken.runs[0].language, "");
  EXPECT_EQ(spoken.runs[1].text, "The Washington Post");
  EXPECT_EQ(spoken.runs[1].language, "en");
  EXPECT_EQ(spoken.runs[2].text, ".");
  EXPECT_EQ(spoken.plain(), "Dat meldt The Washington Post.");
}

TEST(NormalizerRules, ScoresOnlyInSportsOrWhenTheyCannotBeARange) {
  EXPECT_EQ(say("Het werd 1-3 in de wedstrijd."), "Het werd één-drie in de wedstrijd.");
  EXPECT_EQ(say("Het gaat om 1-3 dagen."), "Het gaat om 1 tot 3 dagen.");
  EXPECT_EQ(say("Het plan heeft 1-3 fases."), "Het plan heeft 1 tot 3 fases.");
  EXPECT_EQ(say("Het plan kreeg 3-1 steun."), "Het plan kreeg drie-één steun.");
}

TEST(NormalizerRules, AUrlIsReadUpToTheEndOfItsHostName) {
  // Found by fuzz/normalizer_fuzz: a symbol in a host name reached the voice ("ww{").
  EXPECT_EQ(say("Zie www.rijks$overheid.nl nu."), "Zie rijks nu.");
  EXPECT_EQ(say("Zie http://ww{x} nu."), "Zie W-W nu.");
  EXPECT_EQ(say("Zie https://nos.nl:8080/a nu."), "Zie N-O-S punt N-L nu.");
  EXPECT_EQ(say("Zie www.-rtl-nieuws-.nl nu."), "Zie R-T-L streepje nieuws punt N-L nu.");
  // Found by fuzz/script_writer_fuzz: a double hyphen left "-nos" for the voice.
  EXPECT_EQ(say("Zie www.os--nos.nl nu."), "Zie os streepje N-O-S punt N-L nu.");
  EXPECT_EQ(say("Zie www.a-.-b.nl nu."), "Zie a punt B punt N-L nu.");
  EXPECT_EQ(say("Mail naar a@-nos-.nl nu."), "Mail naar a apenstaartje N-O-S punt N-L nu.");
  // A path is said only when it is words joined by single hyphens ("-ike" reached the voice).
  EXPECT_EQ(say("Zie nos.nl/-ike nu."), "Zie N-O-S punt N-L nu.");
  EXPECT_EQ(say("Zie nos.nl/kort-nieuws nu."), "Zie N-O-S punt N-L slash kort streepje nieuws nu.");
}

TEST(NormalizerRules, AHyphenBindsToAForeignRunOnlyWhenAWordFollows) {
  // Found by fuzz/normalizer_fuzz: "0-Washington Post" left a dangling "0- ". Foreign runs
  // are said by the Dutch voice now (phonemes), so a hyphen binds to them like to any word.
  EXPECT_EQ(say("0-Washington Post"), "0-[en:Washington Post]");
  EXPECT_EQ(say("CNN-The Washington Post-peiling"), "C-N-N-[en:The Washington Post]-peiling");
  EXPECT_EQ(say("Washington Post-."), "[en:Washington Post].");
}

// A lower-case entry is found for the capitalized word that starts a sentence.
TEST(NormalizerRules, ALowerCaseLexiconEntryServesTheSentenceStart) {
  TextData data = bundled_data();
  LexiconEntry entry;
  entry.written = "wethouderschap";
  entry.phonemes = "v#'e:thVUd@rsxAp";
  data.lexicon["wethouderschap"] = {entry};
  const SpokenText start = normalize_for_speech("Wethouderschap is zwaar.", data);
  ASSERT_GE(start.runs.size(), 1u);
  EXPECT_EQ(start.runs[0].text, "Wethouderschap");
  EXPECT_EQ(start.runs[0].phonemes, "v#'e:thVUd@rsxAp");
  EXPECT_EQ(normalize_for_speech("Het wethouderschap.", data).runs[1].phonemes, "v#'e:thVUd@rsxAp");
  for (const SpokenRun& run : normalize_for_speech("Het WETHOUDERSCHAP.", data).runs) {
    EXPECT_NE(run.phonemes, "v#'e:thVUd@rsxAp") << "only the first letter is taken in lower case";
  }
}

TEST(NormalizerRules, NothingToSayGivesNoRuns) {
  EXPECT_TRUE(normalize_for_speech("", bundled_data()).runs.empty());
  EXPECT_TRUE(normalize_for_speech("  \n\t ", bundled_data()).runs.empty());
  EXPECT_TRUE(normalize_for_speech("(ANP) 😀 • \"\" ...", bundled_data()).runs.empty());
}

TEST(NormalizerRules, SurvivesBrokenInput) {
  const std::string broken = std::string("Het \xFF\xFE kost \xC3 \x01\x02\x03 € ") + '\0' +
                             " 5 (((( ---- '''' .,.,.; \x80";
  const std::string spoken = normalize_for_speech(broken, bundled_data()).plain();
  EXPECT_EQ(unspeakable_characters(spoken), "") << spoken;
  EXPECT_EQ(spoken.find('\x01'), std::string::npos);
}

// Every rule looks only a few tokens around, so even long pathological lines are read in linear
// time (a quadratic rule would take hours here, not seconds).
TEST(NormalizerRules, ReadsMegabyteLinesInLinearTime) {
  const auto start = std::chrono::steady_clock::now();
  for (const std::string piece :
       {"BRUSSEL (ANP) - De EU trekt o.a. € 1,5 mld uit (ANP/AFP) om 14.30 uur, 2-1, 3e, "
        "1.200.000 en 28-11-2026; zie https://nos.nl/x of a@b.nl. ",
        "1.2,3-4:5/", "LET OP ", "1LET OP ", "A.B.C.D.", "a.a.a.a.", "x@", "((((A/"}) {
    // The realistic line a megabyte, the pathological ones a quarter: still hours if quadratic.
    const std::size_t size = piece.size() > 20 ? 1'000'000 : 250'000;
    std::string line;
    while (line.size() < size) line += piece;
    EXPECT_FALSE(normalize_for_speech(line, bundled_data()).runs.empty()) << piece;
    EXPECT_FALSE(split_sentences(line, bundled_data()).empty()) << piece;
  }
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 60.0);
}

TEST(NormalizerRules, AUserLexiconChangesTheReadingWithoutRebuilding) {
  const fs::path dir =
      fs::temp_directory_path() / ("nieuwslezer-normalizer-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(NIEUWSLEZER_SOURCE_DIR "/data", dir);
  EXPECT_EQ(marked(normalize_for_speech("Premier Schoof sprak.", load_text_data(dir))),
            "Premier Schoof sprak.");
  std::ofstream(dir / "pronunciation.tsv", std::ios::app) << "Schoof\tSchoof met oo\n"
                                                             "Elysée\t=\tfr\n";
  const TextData edited = load_text_data(dir);
  EXPECT_EQ(marked(normalize_for_speech("Premier Schoof sprak in het Elysée.", edited)),
            "Premier Schoof met oo sprak in het [fr:Elysée].");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace nieuwslezer
