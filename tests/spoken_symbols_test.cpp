// The end-to-end check of text normalization: what eSpeak NG actually says for the
// normalized example pages and corpus must hold no symbol read out by name ("slash",
// "hekje", "euroteken", an emoji's description). "procent" is fine, a '%' is not.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "speech/synthesizer.h"
#include "speech/voice.h"
#include "test_support.h"
#include "text/normalizer.h"

namespace nieuwslezer {
namespace {

using test::bundled_data;
using test::example_pages;

namespace fs = std::filesystem;

// eSpeak's phoneme words without stress marks and pauses: "_!'a: sl'ES b'e:" ->
// {"a:", "slES", "be:"}. Pauses ("_!", "_|", "_:") and stress ("'", ",") vary with context.
std::vector<std::string> phoneme_words(const std::string& phonemes) {
  std::vector<std::string> words;
  std::istringstream in(phonemes);
  std::string word;
  while (in >> word) {
    std::string bare;
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (word[i] == '_') {  // a pause: "_!", "_|", "_:" (maybe repeated)
        ++i;
        continue;
      }
      if (word[i] != '\'' && word[i] != ',') bare += word[i];
    }
    if (!bare.empty()) words.push_back(bare);
  }
  return words;
}

// Symbols eSpeak NG would name, and names of punctuation a reader must never say. Symbols
// that are words in normal Dutch ("procent", "plus", "graden", "dollar") are allowed; the
// normalizer writes those words itself.
const std::vector<std::string> kSymbols = {
    "/", "\\", "%", "€", "$", "£", "&", "#", "*", "=", "~",  "±", "×", "°", "§", "|",
    "^", "_",  "<", ">", "(", ")", "[", "]", "{", "}", "\"", "'", "-", "–", "—", "…",
    "„", "“",  "”", "‘", "’", "«", "»", "•", "‰", "²", "³",  "→", "😀", "🎉", "👍", "❤"};
const std::vector<std::string> kPunctuationNames = {
    "slash",        "backslash",     "schuine streep",   "streep",          "streepje",
    "haakje",       "haakje openen", "haakje sluiten",   "aanhalingsteken", "hekje",
    "sterretje",    "euroteken",     "gelijkteken",      "ampersand",       "tilde",
    "accent grave", "a grave",       "liggend streepje", "puntje"};
const std::set<std::string> kWordsWeSay = {"procent", "dollar", "pond", "plus", "graden",
                                           "twee",    "drie",   "en",   "is",   "nummer"};

class SpokenSymbolsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    synthesizer_ = new Synthesizer(find_voice("nl", NIEUWSLEZER_SOURCE_DIR "/voices"));
    std::set<std::string> allowed;
    for (const std::string& word : kWordsWeSay) {
      for (const std::string& p : phoneme_words(synthesizer_->phonemes(word))) allowed.insert(p);
    }
    forbidden_ = new std::vector<Forbidden>();
    const auto forbid = [&](const std::string& text) {
      std::vector<std::string> words = phoneme_words(synthesizer_->phonemes(text));
      if (words.empty()) return;  // eSpeak says nothing for it: harmless
      if (words.size() == 1 && allowed.contains(words.front())) return;
      forbidden_->push_back(Forbidden{words, text});
    };
    for (const std::string& symbol : kSymbols) forbid(symbol);
    for (const std::string& name : kPunctuationNames) forbid(name);
  }
  static void TearDownTestSuite() {
    delete synthesizer_;
    synthesizer_ = nullptr;
    delete forbidden_;
    forbidden_ = nullptr;
  }

  // The symbol eSpeak would name in `spoken`, or "" when there is none.
  static std::string named_symbol(const std::string& spoken) {
    const std::vector<std::string> said = phoneme_words(synthesizer_->phonemes(spoken));
    for (const Forbidden& symbol : *forbidden_) {
      const auto& words = symbol.phonemes;
      if (std::search(said.begin(), said.end(), words.begin(), words.end()) != said.end()) {
        return symbol.text;
      }
    }
    return "";
  }

  struct Forbidden {
    std::vector<std::string> phonemes;
    std::string text;
  };
  static Synthesizer* synthesizer_;
  static std::vector<Forbidden>* forbidden_;
};

Synthesizer* SpokenSymbolsTest::synthesizer_ = nullptr;
std::vector<SpokenSymbolsTest::Forbidden>* SpokenSymbolsTest::forbidden_ = nullptr;

TEST_F(SpokenSymbolsTest, TheCheckItselfCatchesNamedSymbols) {
  ASSERT_FALSE(forbidden_->empty());
  EXPECT_EQ(named_symbol("honderd km/u"), "/");
  EXPECT_EQ(named_symbol("de # van"), "#");
  EXPECT_EQ(named_symbol("twee komma één procent"), "");
  EXPECT_EQ(named_symbol("Het A-N-P en de E-U-top"), "");
}

TEST_F(SpokenSymbolsTest, ExamplePagesAreSpokenWithoutSymbolNames) {
  const std::vector<fs::path> pages = example_pages();
  ASSERT_FALSE(pages.empty());
  for (const fs::path& page : pages) {
    const SpokenText spoken = normalize_for_speech(test::read(page), bundled_data());
    // One sentence at a time, so a failure points at the place.
    for (const std::string& sentence : split_sentences(spoken.plain(), bundled_data())) {
      EXPECT_EQ(named_symbol(sentence), "") << page.filename().string() << ": " << sentence;
    }
  }
}

TEST_F(SpokenSymbolsTest, CorpusIsSpokenWithoutSymbolNames) {
  std::ifstream in(NIEUWSLEZER_SOURCE_DIR "/tests/data/normalizer_corpus.tsv");
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const std::string written = line.substr(tab + 1, line.find('\t', tab + 1) - tab - 1);
    const std::string spoken = normalize_for_speech(written, bundled_data()).plain();
    EXPECT_EQ(named_symbol(spoken), "") << written << " -> " << spoken;
    ++cases;
  }
  EXPECT_GE(cases, 200);
}

}  // namespace
}  // namespace nieuwslezer
