#include "app/config_file.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/command_line.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

class ConfigFile : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_directory("config"); }
  void TearDown() override { fs::remove_all(dir_); }

  // Parses `--config FILE` holding `toml` plus `arguments`; the options, or the error line.
  std::string parse(const std::string& toml, std::vector<std::string> arguments = {}) {
    const fs::path file = dir_ / "nieuwslezer.toml";
    test::write_file(file, toml);
    CLI::App app;
    describe_command_line(app, line_);
    arguments.insert(arguments.begin(), {"nieuwslezer", "--config", file.string()});
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    try {
      app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& error) {
      return parse_error_line(app, error);
    }
    return "";
  }

  // "FILE:" as the errors begin.
  std::string file() const { return (dir_ / "nieuwslezer.toml").string() + ":"; }

  fs::path dir_;
  CommandLine line_;
};

TEST_F(ConfigFile, TopLevelKeysAreTheOptionsLongNames) {
  ASSERT_EQ(parse("station = \"Radio Zuidwest\"\nmax-age = \"6h\"\nno-audio = true\n"
                  "inputs = [\"a.txt\", \"b.xml\"]\nrate = 170\nlufs = -19.5\n"
                  "lexicon = [\"een.tsv\", \"twee.tsv\"]\n"),
            "");
  const Options& o = line_.options;
  EXPECT_EQ(o.station, "Radio Zuidwest");
  EXPECT_EQ(o.max_age, "6h");
  EXPECT_TRUE(o.no_audio);
  EXPECT_EQ(o.inputs, (std::vector<std::string>{"a.txt", "b.xml"}));
  EXPECT_EQ(o.rate, 170);
  EXPECT_EQ(o.lufs, -19.5);
  EXPECT_EQ(o.lexicons, (std::vector<std::string>{"een.tsv", "twee.tsv"}));
}

TEST_F(ConfigFile, TablesMirrorTheOptionGroups) {
  ASSERT_EQ(parse("[podcast]\nfeed = \"feed.xml\"\nurl = \"https://example.org/nieuws\"\n"
                  "keep = 24\n[pauses]\nstory = 900\n[sound]\npreset = \"radio\"\n"
                  "[voice]\nticker = \"nieuwslezeres\"\n[jingles]\nintro = \"intro.flac\"\n"
                  "bed-duck = -12\n[input]\nnow = 2026-11-28T08:00:00+01:00\n"
                  "[outputs]\noutput = \"uur.wav\"\n"),
            "");
  const Options& o = line_.options;
  EXPECT_EQ(o.podcast_feed, "feed.xml");
  EXPECT_EQ(o.podcast_url, "https://example.org/nieuws");
  EXPECT_EQ(o.podcast_keep, 24u);
  EXPECT_EQ(o.pauses.story_ms, 900);
  EXPECT_EQ(o.preset, "radio");
  EXPECT_EQ(o.ticker_voice, "nieuwslezeres");
  EXPECT_EQ(o.intro, "intro.flac");
  EXPECT_EQ(o.bed_settings.duck_db, -12.0);
  EXPECT_EQ(o.now, "2026-11-28T08:00:00+01:00");
  EXPECT_EQ(o.output, "uur.wav");
  // The full names work in a table too, and dotted keys and inline tables are TOML's own.
  ASSERT_EQ(parse("podcast.feed = \"a.xml\"\n[pauses]\npause-sentence = 300\n"), "");
  EXPECT_EQ(line_.options.podcast_feed, "a.xml");
  EXPECT_EQ(line_.options.pauses.sentence_ms, 300);
  ASSERT_EQ(parse("podcast = { feed = \"b.xml\" }\n"), "");
  EXPECT_EQ(line_.options.podcast_feed, "b.xml");
}

TEST_F(ConfigFile, StringsAreRealTomlWithEscapes) {
  ASSERT_EQ(parse("station = \"Radio \\u00c9\\u00e9n \\\"Oost\\\"\"\ntitle = 'C:\\nieuws'\n"
                  "ssml = \"\"\"\nuit.ssml\"\"\"\n"),
            "");
  EXPECT_EQ(line_.options.station, "Radio Één \"Oost\"");
  EXPECT_EQ(line_.options.title, "C:\\nieuws");  // a literal string: no escapes
  EXPECT_EQ(line_.options.ssml, "uit.ssml");     // the newline after """ is not part of it
}

TEST_F(ConfigFile, TheCommandLineWins) {
  ASSERT_EQ(parse("station = \"Radio Zuidwest\"\n[sound]\npreset = \"radio\"\n",
                  {"--station", "Radio Noord"}),
            "");
  EXPECT_EQ(line_.options.station, "Radio Noord");
  EXPECT_EQ(line_.options.preset, "radio");
}

TEST_F(ConfigFile, ErrorsSayFileLineAndProblem) {
  EXPECT_EQ(parse("station = \"a\"\n\n[podcast]\nfeedd = \"x\"\n"),
            file() + "4: unknown key 'podcast.feedd' (did you mean 'podcast.feed'?)");
  EXPECT_EQ(parse("stationn = \"a\"\n"),
            file() + "1: unknown key 'stationn' (did you mean 'station'?)");
  EXPECT_EQ(parse("[podcats]\nfeed = \"x\"\n"),
            file() + "1: unknown table [podcats] (did you mean [podcast]?)");
  EXPECT_EQ(parse("[sound]\nfeed = \"x\"\n"), file() + "2: unknown key 'sound.feed'");
  EXPECT_EQ(parse("[[podcast]]\nfeed = \"x\"\n"),
            file() + "1: [[podcast]] is a list of tables: write [podcast] once");
  EXPECT_EQ(parse("inputs = [[\"a\"]]\n"),
            file() + "1: 'inputs' takes a value or a list of values, not a list of lists");
  EXPECT_EQ(parse("[podcast]\nfeed = { a = 1 }\n"),
            file() + "2: 'podcast.feed' takes a value or a list of values, not a table");
  EXPECT_EQ(parse("help = true\n"), file() + "1: unknown key 'help'");
  // TOML's own errors, with their line.
  for (const std::string broken :
       {"x = [1,2\n", "station = \"a\"\nstation = \"b\"\n", "station = \"open\n", "= 3\n",
        "\xff\xfe = 1\n", "station = \"a\" \"b\"\n"}) {
    const std::string error = parse(broken);
    EXPECT_TRUE(error.starts_with(file())) << broken << ": " << error;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  }
  EXPECT_TRUE(parse("a\n\n\nstation = \"open\n").starts_with(file() + "1:"));
  EXPECT_TRUE(parse("\n\n\nstation = \"open\n").starts_with(file() + "4:"));
}

}  // namespace
}  // namespace nieuwslezer
