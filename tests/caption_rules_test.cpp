#include "output/caption_rules.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "errors.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

const std::filesystem::path kData = NIEUWSLEZER_SOURCE_DIR "/data";

const TextData& text_data() { return test::bundled_data(); }

TEST(CaptionRules, TheWordsOfTheDataFileAndTheUnitsOfTheText) {
  const CaptionRules rules = load_caption_rules(kData / "caption_breaks.tsv", text_data());
  for (const char* word : {"en", "maar", "dat", "die", "omdat", "want", "terwijl", "waardoor"}) {
    EXPECT_TRUE(rules.clause_words.contains(word)) << word;
  }
  EXPECT_TRUE(rules.phrase_words.contains("van"));
  EXPECT_TRUE(rules.bound_words.contains("de"));
  for (const char* unit : {"miljard", "mln", "km", "%", "euro", "november", "jaar"}) {
    EXPECT_TRUE(rules.units.contains(unit)) << unit;
  }
  EXPECT_TRUE(rules.before_number.contains("€"));
  EXPECT_TRUE(rules.before_number.contains("november"));
  EXPECT_FALSE(rules.before_number.contains("km"));
}

TEST(CaptionRules, SpokenWordsAreCountedOnTheNormalizedText) {
  const CaptionRules rules = load_caption_rules(kData / "caption_breaks.tsv", text_data());
  ASSERT_TRUE(rules.spoken_words);
  EXPECT_EQ(rules.spoken_words("1,2 miljard"), 4u);  // "één komma twee miljard"
  EXPECT_EQ(rules.spoken_words("Het kabinet"), 2u);
  EXPECT_EQ(rules.spoken_words("(ANP)"), 0u);
}

TEST(CaptionRules, AnUnknownKindNamesTheLine) {
  const auto file = std::filesystem::temp_directory_path() / "nieuwslezer_caption_rules.tsv";
  std::ofstream(file) << "# comment\nen\tclause\nmaar\tconjunction\n";
  try {
    load_caption_rules(file, text_data());
    FAIL() << "expected a DataError";
  } catch (const DataError& error) {
    EXPECT_NE(std::string(error.what()).find("nieuwslezer_caption_rules.tsv:3:"), std::string::npos)
        << error.what();
  }
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace nieuwslezer
