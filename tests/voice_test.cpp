#include "speech/voice.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

#include "errors.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;
const fs::path kVoices = NIEUWSLEZER_SOURCE_DIR "/voices";

TEST(Voice, DefaultProfileIsACalmDutchNewsreader) {
  const Voice voice = find_voice("nieuwslezer", kVoices);
  EXPECT_EQ(voice.language, "nl");
  EXPECT_EQ(voice.variant, "nieuwsman");
  EXPECT_EQ(voice.variant_file, kVoices / "variants" / "nieuwsman");
  EXPECT_GE(voice.rate, 160);
  EXPECT_LE(voice.rate, 175);
  EXPECT_FALSE(voice.description.empty());
}

TEST(Voice, ProfilesAreListed) {
  const auto names = list_voice_profiles(kVoices);
  EXPECT_NE(std::find(names.begin(), names.end(), "nieuwslezer"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "nieuwslezeres"), names.end());
  for (const auto& name : names) EXPECT_NO_THROW(find_voice(name, kVoices)) << name;
}

TEST(Voice, BuiltInVoicesByLanguageAndVariant) {
  const Voice plain = find_voice("nl", kVoices);
  EXPECT_EQ(plain.language, "nl");
  EXPECT_TRUE(plain.variant.empty());
  const Voice stock = find_voice("nl+f3", kVoices);
  EXPECT_EQ(stock.variant, "f3");
  EXPECT_TRUE(stock.variant_file.empty());
  EXPECT_EQ(find_voice("nl+nieuwsvrouw", kVoices).variant_file,
            kVoices / "variants" / "nieuwsvrouw");
}

TEST(Voice, BadNamesAreUsageErrors) {
  for (const char* bad : {"", "../etc/passwd", "nl+", "+f3", "nl f3", "a/b"}) {
    EXPECT_THROW(find_voice(bad, kVoices), UsageError) << bad;
  }
}

TEST(Voice, BadProfileNamesTheFile) {
  const fs::path dir =
      fs::temp_directory_path() / ("nieuwslezer-voice-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "snel.voice") << "language = nl\nrate = 9000\n";
  try {
    find_voice("snel", dir);
    FAIL() << "no error";
  } catch (const DataError& error) {
    EXPECT_NE(std::string(error.what()).find("snel.voice"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find("rate"), std::string::npos);
  }
  std::ofstream(dir / "leeg.voice") << "rate = 170\n";
  EXPECT_THROW(find_voice("leeg", dir), DataError);
  std::ofstream(dir / "kapot.voice", std::ios::binary) << "language = nl\n\x8F\xFF\x01 = 3\n";
  EXPECT_THROW(find_voice("kapot", dir), DataError);
  fs::remove_all(dir);
}

// The message find_voice throws as a DataError, or "" when it does not throw one.
std::string data_error(std::string_view name, const fs::path& voices) {
  try {
    find_voice(name, voices);
  } catch (const DataError& error) {
    return error.what();
  }
  return "";
}

// A copy of voices/ in a temporary directory, to break on purpose.
class BrokenVoices : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("nieuwslezer-voices-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::copy(kVoices, dir_, fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write_variant(const std::string& bytes) {
    std::ofstream(dir_ / "variants" / "nieuwsman", std::ios::binary) << bytes;
  }
  std::string shipped_variant() const {
    std::ifstream in(kVoices / "variants" / "nieuwsman", std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  fs::path dir_;
};

TEST_F(BrokenVoices, TheShippedVariantsPassTheCheck) {
  for (const auto& entry : fs::directory_iterator(kVoices / "variants")) {
    EXPECT_NO_THROW(check_variant_file(entry.path())) << entry.path();
  }
}

TEST_F(BrokenVoices, AMissingDefaultProfileIsProgramData) {
  fs::remove(dir_ / "nieuwslezer.voice");
  EXPECT_EQ(data_error("nieuwslezer", dir_),
            (dir_ / "nieuwslezer.voice").string() + ": is missing (the default voice profile)");
  // Another name without a profile may still be one of eSpeak's own voices.
  EXPECT_EQ(find_voice("nieuwslezeres2", dir_).language, "nieuwslezeres2");
}

TEST_F(BrokenVoices, ADamagedVariantIsNamed) {
  const std::string file = (dir_ / "variants" / "nieuwsman").string();
  write_variant(std::string("\x7F\x45\x4C\x46\x02\x01\x01\x00", 8) + "garbage");
  EXPECT_EQ(data_error("nieuwslezer", dir_), file + ": is not a text file (damaged?)");
  write_variant(shipped_variant().substr(0, 20));
  EXPECT_EQ(data_error("nieuwslezer", dir_), file + ": has no 'name' line (truncated?)");
  const std::string shipped = shipped_variant();
  write_variant(shipped.substr(0, shipped.find("formant 3") + 13));  // "formant 3  97"
  EXPECT_EQ(data_error("nieuwslezer", dir_),
            file + ":11: 'formant' takes 4 to 5 number(s), not '3 97'");
  write_variant(shipped + "pitch hoog 118\n");
  EXPECT_EQ(data_error("nieuwslezer", dir_),
            file + ":20: 'pitch' takes 2 number(s), not 'hoog 118'");
  write_variant(shipped + "pich 80 118  // typo\n");
  EXPECT_EQ(data_error("nieuwslezer", dir_),
            file + ":20: 'pich' is not an eSpeak NG voice attribute");
  write_variant(shipped + "# pich 80 118\n\n  // only a comment\n");
  EXPECT_EQ(data_error("nieuwslezer", dir_), "") << "comments are fine";
  // Asked for by name as an eSpeak voice with our variant: checked too.
  write_variant("pitch 80\n");
  EXPECT_NE(data_error("nl+nieuwsman", dir_).find("'pitch' takes 2"), std::string::npos);
}

}  // namespace
}  // namespace nieuwslezer
