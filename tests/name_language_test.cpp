#include "text/name_language.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "errors.h"
#include "test_support.h"
#include "text/normalizer.h"
#include "text/text_data.h"

namespace nieuwslezer {
namespace {

const std::vector<SpellingCue>& shipped() { return test::bundled_data().spelling_cues; }

TEST(NameLanguage, SpellingsGiveTheLanguageAway) {
  EXPECT_EQ(language_by_spelling("Fouquet", shipped()), "fr");
  EXPECT_EQ(language_by_spelling("Christophe", shipped()), "fr");
  EXPECT_EQ(language_by_spelling("Rhône", shipped()), "fr");
  EXPECT_EQ(language_by_spelling("Richelieu", shipped()), "fr");
  EXPECT_EQ(language_by_spelling("Giménez", shipped()), "es");
  EXPECT_EQ(language_by_spelling("Peña", shipped()), "es");
  EXPECT_EQ(language_by_spelling("Wałęsa", shipped()), "pl");
  EXPECT_EQ(language_by_spelling("Świątek", shipped()), "pl");
  EXPECT_EQ(language_by_spelling("Babiš", shipped()), "cs");
  EXPECT_EQ(language_by_spelling("Çavuşoğlu", shipped()), "tr") << "the first cue that fits";
  EXPECT_EQ(language_by_spelling("Støre", shipped()), "da");
  EXPECT_EQ(language_by_spelling("Conceição", shipped()), "pt");
}

TEST(NameLanguage, DutchWordsAndWhatIsNoNameStayDutch) {
  for (const char* word : {"Nieuwegein", "Nieuw", "Oekraïne", "André", "Orbán", "Eau", "Geneve",
                           "Feyenoord", "Kamp", "Van", "Dijk"}) {
    EXPECT_EQ(language_by_spelling(word, shipped()), "") << word;
  }
  EXPECT_EQ(language_by_spelling("fouquet", shipped()), "") << "no capital: no name";
  EXPECT_EQ(language_by_spelling("RHÔNE", shipped()), "") << "capitals only: a dateline or code";
  EXPECT_EQ(language_by_spelling("", shipped()), "");
  EXPECT_EQ(language_by_spelling("Ř", shipped()), "");
}

TEST(NameLanguage, EveryLanguageOfTheFileHasAPhonemeMap) {
  ASSERT_GE(shipped().size(), 40u);
  std::set<std::string> languages;
  for (const SpellingCue& cue : shipped()) {
    EXPECT_FALSE(cue.letters.empty());
    languages.insert(cue.language);
  }
  for (const std::string& language : languages) {
    EXPECT_TRUE(
        std::filesystem::exists(NIEUWSLEZER_SOURCE_DIR "/data/phoneme_maps/" + language + ".tsv"))
        << language;
  }
}

TEST(NameLanguage, TheNormalizerReadsSuchANameInItsLanguage) {
  const SpokenText spoken =
      normalize_for_speech("Topman Christophe Fouquet sprak in Nieuwegein.", test::bundled_data());
  std::vector<std::string> foreign;
  for (const SpokenRun& run : spoken.runs) {
    if (run.foreign()) foreign.push_back(run.language + ":" + run.source);
  }
  EXPECT_EQ(foreign, (std::vector<std::string>{"fr:Christophe", "fr:Fouquet"}));

  TextData data = test::bundled_data();
  data.spelling_cues.clear();
  bool any = false;
  for (const SpokenRun& run : normalize_for_speech("Fouquet sprak.", data).runs) {
    any = any || run.foreign();
  }
  EXPECT_FALSE(any) << "without the cues the Dutch voice reads it";
}

TEST(NameLanguage, ABadLineNamesTheFileAndLine) {
  const auto dir = test::fresh_test_directory("name-spellings");
  std::filesystem::copy(NIEUWSLEZER_SOURCE_DIR "/data", dir / "data",
                        std::filesystem::copy_options::recursive);
  test::write_file(dir / "data" / "name_spellings.tsv", "# x\nbegins\tquet\tfr\n");
  try {
    load_text_data(dir / "data");
    ADD_FAILURE() << "no error";
  } catch (const DataError& error) {
    EXPECT_NE(
        std::string(error.what()).find("name_spellings.tsv:2: 'begins' is not contains or ends"),
        std::string::npos)
        << error.what();
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace nieuwslezer
