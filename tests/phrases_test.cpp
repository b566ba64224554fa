#include "script/phrases.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "errors.h"

namespace nieuwslezer {
namespace {

const Phrases& shipped() {
  static const Phrases phrases = load_phrases(NIEUWSLEZER_SOURCE_DIR "/data/phrases.nl.txt");
  return phrases;
}

TEST(Phrases, ClockPhrasesOnTheTwelveHourDial) {
  EXPECT_EQ(clock_phrase(shipped(), 8, 0), "acht uur");
  EXPECT_EQ(clock_phrase(shipped(), 20, 0), "acht uur");
  EXPECT_EQ(clock_phrase(shipped(), 0, 0), "twaalf uur");
  EXPECT_EQ(clock_phrase(shipped(), 13, 0), "één uur");
  EXPECT_EQ(clock_phrase(shipped(), 8, 15), "kwart over acht");
  EXPECT_EQ(clock_phrase(shipped(), 8, 30), "half negen");
  EXPECT_EQ(clock_phrase(shipped(), 8, 20), "tien voor half negen");
  EXPECT_EQ(clock_phrase(shipped(), 8, 45), "kwart voor negen");
  EXPECT_EQ(clock_phrase(shipped(), 11, 30), "half twaalf");
}

TEST(Phrases, ClockRoundsToFiveMinutesAcrossTheHourAndMidnight) {
  EXPECT_EQ(clock_phrase(shipped(), 7, 58), "acht uur");
  EXPECT_EQ(clock_phrase(shipped(), 8, 2), "acht uur");
  EXPECT_EQ(clock_phrase(shipped(), 8, 3), "vijf over acht");
  EXPECT_EQ(clock_phrase(shipped(), 23, 58), "twaalf uur");
}

TEST(Phrases, GreetingByTimeOfDay) {
  EXPECT_EQ(greeting(shipped(), 8, 0), "Goedemorgen");
  EXPECT_EQ(greeting(shipped(), 5, 58), "Goedemorgen");
  EXPECT_EQ(greeting(shipped(), 12, 0), "Goedemiddag");
  EXPECT_EQ(greeting(shipped(), 17, 50), "Goedemiddag");
  EXPECT_EQ(greeting(shipped(), 18, 0), "Goedenavond");
  EXPECT_EQ(greeting(shipped(), 23, 0), "Goedenavond");
  EXPECT_EQ(greeting(shipped(), 3, 0), "Goedenacht");
}

TEST(Phrases, TitleTag) {
  std::array<std::string, 13> months{};
  months[11] = "november";
  EXPECT_EQ(bulletin_title(shipped(), CivilTime{2026, 11, 28, 8, 0, 0, 6}, months),
            "Nieuws van 8 uur, 28 november 2026");
  EXPECT_EQ(bulletin_title(shipped(), CivilTime{2026, 11, 3, 20, 0, 0, 2}, months),
            "Nieuws van 20 uur, 3 november 2026");
}

TEST(Phrases, FillTemplate) {
  EXPECT_EQ(fill_template("{greeting}. Het is {clock}.",
                          {{"greeting", "Goedemorgen"}, {"clock", "acht uur"}}),
            "Goedemorgen. Het is acht uur.");
  EXPECT_EQ(fill_template("{a}{b} {unknown} {", {{"a", "1"}, {"b", "2"}}), "12 {unknown} {");
  EXPECT_EQ(fill_template("", {}), "");
}

TEST(Phrases, BadPhraseFilesNameTheProblem) {
  KeyValues values = parse_key_values(
      "opening = {greting}\ntransition = x\nclosing = x\ndateline = {place}\n"
      "hours = a,b,c,d,e,f,g,h,i,j,k,l\ngreeting.0 = Hallo\ntitle = Nieuws {year}\n",
      "p.txt");
  for (int m = 0; m < 60; m += 5) values["clock." + std::to_string(m)] = "{hour}";
  for (const char* key :
       {"page.listen_from", "page.download_audio", "page.download_captions", "page.captions_label",
        "page.no_audio_player", "page.transcript", "name.programme", "name.podcast_description",
        "name.intro", "name.outro"}) {
    values[key] = "x";
  }
  values["name.programme_of"] = "x {station}";
  try {
    parse_phrases(values, "p.txt");
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "p.txt: 'opening' uses unknown variable {greting}");
  }
  values["opening"] = "{greeting}";
  EXPECT_NO_THROW(parse_phrases(values, "p.txt"));
  values["hours"] = "a,b";
  EXPECT_THROW(parse_phrases(values, "p.txt"), InputError);
  values["hours"] = "a,b,c,d,e,f,g,h,i,j,k,l";
  values.erase("clock.25");
  EXPECT_THROW(parse_phrases(values, "p.txt"), InputError);
  values["clock.25"] = "{hour}";
  values["page.listen_from"] = "Luister vanaf {place}";
  EXPECT_THROW(parse_phrases(values, "p.txt"), InputError);
  values.erase("page.listen_from");
  EXPECT_THROW(parse_phrases(values, "p.txt"), InputError);
  values["page.listen_from"] = "x";
  values["name.programme_of"] = "Nieuws van {zender}";
  EXPECT_THROW(parse_phrases(values, "p.txt"), InputError);
  values.erase("name.programme_of");
  EXPECT_THROW(parse_phrases(values, "p.txt"), InputError);
  values["name.programme_of"] = "x {station}";
  EXPECT_NO_THROW(parse_phrases(values, "p.txt"));
}

TEST(Phrases, TheProgrammesNameIsData) {
  EXPECT_EQ(programme_name(shipped(), ""), "Nieuws");
  EXPECT_EQ(programme_name(shipped(), "Radio Zuidwest"), "Nieuws van Radio Zuidwest");
  Phrases other = shipped();
  other.names.programme = "Journaal";
  other.names.programme_of = "{station} Journaal";
  EXPECT_EQ(programme_name(other, ""), "Journaal");
  EXPECT_EQ(programme_name(other, "Radio Zuidwest"), "Radio Zuidwest Journaal");
  EXPECT_EQ(shipped().names.intro, "Intro");
  EXPECT_FALSE(shipped().names.podcast_description.empty());
}

TEST(Phrases, TheWebPagesTextsAreData) {
  EXPECT_EQ(shipped().page.listen_from, "Luister vanaf dit bericht ({time})");
  EXPECT_EQ(shipped().page.captions_label, "Nederlands");
  EXPECT_FALSE(shipped().page.download_audio.empty());
  EXPECT_FALSE(shipped().page.transcript.empty());
}

TEST(Phrases, ABrokenPhraseFileIsProgramData) {
  namespace fs = std::filesystem;
  const fs::path file = fs::temp_directory_path() /
                        ("nieuwslezer-phrases-test-" + std::to_string(::getpid()) + ".txt");
  fs::remove(file);
  try {
    load_phrases(file);
    FAIL() << "no error";
  } catch (const DataError& error) {
    EXPECT_EQ(error.what(), file.string() + ": cannot open: No such file or directory");
  }
  std::ofstream(file) << "opening = Hier is het nieuws.\n";  // truncated
  EXPECT_THROW(load_phrases(file), DataError);
  std::ofstream(file, std::ios::binary) << "\x89PNG\r\n\x1A\n";
  try {
    load_phrases(file);
    FAIL() << "no error";
  } catch (const DataError& error) {
    EXPECT_EQ(error.what(), file.string() + ":1: is not UTF-8 text (a damaged file?)");
  }
  fs::remove(file);
}

}  // namespace
}  // namespace nieuwslezer
