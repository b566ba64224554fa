#include "text/text_data.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "errors.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

// A copy of the bundled data in a temporary directory, to break on purpose.
class LexiconDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("nieuwslezer-text-data-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::copy(NIEUWSLEZER_SOURCE_DIR "/data", dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void append(const std::string& file, const std::string& text) {
    std::ofstream(dir_ / file, std::ios::app) << text;
  }

  // The program's own data: its faults are DataErrors (exit 6), not bad input.
  std::string load_error() {
    try {
      load_text_data(dir_);
    } catch (const DataError& error) {
      return error.what();
    }
    return "";
  }

  fs::path dir_;
};

// The entry for exactly `written` among those sharing its first word.
const LexiconEntry& entry(const TextData& data, const std::string& written) {
  const auto& entries = data.lexicon.at(written.substr(0, written.find(' ')));
  const auto found = std::find_if(entries.begin(), entries.end(),
                                  [&](const LexiconEntry& e) { return e.written == written; });
  if (found == entries.end()) throw std::out_of_range("no lexicon entry '" + written + "'");
  return *found;
}

TEST_F(LexiconDataTest, LoadsTheBundledFiles) {
  const TextData data = load_text_data(NIEUWSLEZER_SOURCE_DIR "/data");
  EXPECT_EQ(data.abbreviations.at("o.a.").spoken, "onder andere");
  EXPECT_FALSE(data.abbreviations.at("o.a.").can_end_sentence);
  EXPECT_TRUE(data.abbreviations.at("enz.").can_end_sentence);
  EXPECT_EQ(data.acronyms.at("ANP").style, AcronymReading::Style::kSpell);
  EXPECT_EQ(data.acronyms.at("NAVO").style, AcronymReading::Style::kWord);
  EXPECT_EQ(data.acronyms.at("D66").spoken, "dee zesenzestig");
  EXPECT_EQ(data.units.at("€").kind, Unit::Kind::kCurrency);
  EXPECT_EQ(data.units.at("€").variant, "cent");
  EXPECT_EQ(data.units.at("mln").spoken, "miljoen");
  EXPECT_EQ(data.units.at("min").variant, "minuut");
  EXPECT_EQ(data.symbols.at("&"), "en");
  EXPECT_EQ(data.symbols.at("#"), "nummer");
  EXPECT_EQ(data.symbols.at("•"), "");
  EXPECT_EQ(data.months.at("mrt"), 3);
  EXPECT_EQ(data.month_names[11], "november");
  EXPECT_EQ(data.weekdays.at("ma"), "maandag");
  EXPECT_TRUE(data.agencies.contains("BLOOMBERG"));
  EXPECT_TRUE(data.score_words.contains("gewonnen"));
  const auto& the = data.lexicon.at("The");
  ASSERT_FALSE(the.empty());
  for (std::size_t i = 1; i < the.size(); ++i) {
    EXPECT_GE(the[i - 1].written.size(), the[i].written.size()) << "longest entry first";
  }
  const auto& red = data.lexicon.at("Red");
  EXPECT_EQ(red.front().written, "Red Bull-Bora-Hansgrohe") << "longest entry first";
  EXPECT_EQ(entry(data, "Red Bull Racing").language, "en");
  // names.tsv is read after pronunciation.tsv: a foreign name by its own language's voice,
  // mapped to Dutch phonemes, or Dutch phonemes where the Dutch norm differs.
  EXPECT_EQ(entry(data, "Orbán").language, "hu");
  EXPECT_EQ(entry(data, "Orbán").spoken, "Orbán");
  EXPECT_EQ(entry(data, "Putin").phonemes, "p'utIn");
  EXPECT_TRUE(entry(data, "Putin").language.empty());
  // Dutch words eSpeak NG stresses wrong, as Dutch phonemes.
  EXPECT_EQ(entry(data, "Amerikaanse").phonemes, "a:me:rik'a:ns@");
  EXPECT_EQ(entry(data, "meester").phonemes, "m'e:st@r");
  // A word has one entry: no name is in both files.
  EXPECT_EQ(data.lexicon.at("Airbus").size(), 1u);
}

TEST_F(LexiconDataTest, AMissingFileIsNamed) {
  fs::remove(dir_ / "acronyms.tsv");
  EXPECT_NE(load_error().find("acronyms.tsv: cannot open: No such file"), std::string::npos)
      << load_error();
  EXPECT_THROW(load_text_data(dir_ / "nowhere"), DataError);
}

TEST_F(LexiconDataTest, BinaryGarbageIsNotText) {
  std::ofstream(dir_ / "units.tsv", std::ios::binary)
      << "# units\nkm\tunit\tkilometer\n\x8F\x01\tunit\t\xFF\xFE\x00x\n";
  EXPECT_EQ(load_error(),
            (dir_ / "units.tsv").string() + ":3: is not UTF-8 text (a damaged file?)");
}

TEST_F(LexiconDataTest, AUserLexiconIsInputNotProgramData) {
  TextData data = load_text_data(dir_);
  std::ofstream(dir_ / "mine.tsv") << "alleen-een-veld\n";
  try {
    add_pronunciation_file(data, dir_ / "mine.tsv");
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("mine.tsv:1: expected"), std::string::npos);
  }
  std::ofstream(dir_ / "pronunciation.tsv") << "alleen-een-veld\n";
  EXPECT_NE(load_error().find("pronunciation.tsv:1: expected"), std::string::npos);
}

TEST_F(LexiconDataTest, AMalformedLineIsNamedByFileAndLine) {
  std::ofstream(dir_ / "abbreviations.tsv") << "# comment\n\no.a.\tonder andere\nkapot\n";
  EXPECT_NE(load_error().find("abbreviations.tsv:4: expected"), std::string::npos) << load_error();
}

TEST_F(LexiconDataTest, BadValuesAreNamed) {
  append("units.tsv", "km\tlengte\tkilometer\n");
  EXPECT_NE(load_error().find("units.tsv:"), std::string::npos);
  EXPECT_NE(load_error().find("kind must be unit, currency or magnitude"), std::string::npos);
}

TEST_F(LexiconDataTest, BadLanguageIsNamed) {
  append("pronunciation.tsv", "Paris\t=\tFrans!\n");
  EXPECT_NE(load_error().find("pronunciation.tsv:"), std::string::npos);
  EXPECT_NE(load_error().find("not a language code"), std::string::npos) << load_error();
}

TEST_F(LexiconDataTest, EntriesThatCouldNeverMatchAreNamed) {
  append("acronyms.tsv", "NOC*NSF\tspell\n");
  EXPECT_NE(load_error().find("'NOC*NSF' is not an acronym"), std::string::npos) << load_error();
  fs::copy_file(NIEUWSLEZER_SOURCE_DIR "/data/acronyms.tsv", dir_ / "acronyms.tsv",
                fs::copy_options::overwrite_existing);
  append("pronunciation.tsv", "#hashtag\tbla\n");
  EXPECT_EQ(load_error(), "") << "a line starting with '#' is a comment";
  append("pronunciation.tsv", "@NOS\tbla\n");
  EXPECT_NE(load_error().find("must start with a letter or a digit"), std::string::npos)
      << load_error();
}

TEST_F(LexiconDataTest, BadCalendarLinesAreNamed) {
  append("calendar.tsv", "month\t13\tsmarch\n");
  EXPECT_NE(load_error().find("calendar.tsv:"), std::string::npos) << load_error();
}

TEST_F(LexiconDataTest, AlignedColumnsAndCommentsAreFine) {
  std::ofstream(dir_ / "pronunciation.tsv") << "# a comment\n"
                                               "Qatar\t\t\tKatar\n"
                                               "  Le Monde \t = \t fr \n"
                                               "\n";
  // names.tsv (copied with the rest of the data) is read later: no "Qatar" or "Le Monde" in it
  // may override these.
  std::ofstream(dir_ / "names.tsv") << "# none\n";
  const TextData data = load_text_data(dir_);
  EXPECT_EQ(entry(data, "Qatar").spoken, "Katar");
  EXPECT_EQ(entry(data, "Le Monde").spoken, "Le Monde");
  EXPECT_EQ(entry(data, "Le Monde").language, "fr");
}

TEST_F(LexiconDataTest, AUserFileOverridesTheBundledLexicon) {
  TextData data = load_text_data(dir_);
  const fs::path user = dir_ / "mine.tsv";
  std::ofstream(user) << "Orbán\tOrbán\thu\nSchoof\tSgoof\n";
  add_pronunciation_file(data, user);
  ASSERT_EQ(data.lexicon.at("Orbán").size(), 1u);
  EXPECT_EQ(data.lexicon.at("Orbán").front().language, "hu");
  EXPECT_EQ(data.lexicon.at("Schoof").front().spoken, "Sgoof");
  EXPECT_THROW(add_pronunciation_file(data, dir_ / "missing.tsv"), InputError);
}

TEST_F(LexiconDataTest, AMonthMayNotBeMissing) {
  std::ofstream(dir_ / "calendar.tsv") << "month\t1\tjanuari\tjan\n";
  EXPECT_NE(load_error().find("month 2 is missing"), std::string::npos) << load_error();
}

}  // namespace
}  // namespace nieuwslezer
