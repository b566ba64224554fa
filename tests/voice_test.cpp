#include "speech/voice.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

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
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("snel.voice"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find("rate"), std::string::npos);
  }
  std::ofstream(dir / "leeg.voice") << "rate = 170\n";
  EXPECT_THROW(find_voice("leeg", dir), InputError);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace nieuwslezer
