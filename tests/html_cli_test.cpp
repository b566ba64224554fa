// End-to-end tests of the web page (--html): the real binary writing a page beside its audio
// and captions, and refusing a page that could not play the bulletin. The page in a browser:
// tests/a11y/check_page.mjs (ctest html.browser).

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;
using test::count;
using test::read;
using test::Result;

const std::string kPage = "'" NIEUWSLEZER_SOURCE_DIR "/examples/binnenland.txt' ";
const std::string kNow = "-q --now 2026-11-28T08:00:00+01:00 ";

class HtmlCli : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_directory("html-cli"); }
  void TearDown() override { fs::remove_all(dir_); }
  Result run(const std::string& arguments) const { return test::run_nieuwslezer(dir_, arguments); }
  fs::path dir_;
};

TEST_F(HtmlCli, APageBesideItsAudioAndCaptionsWithALinkPerStory) {
  const Result result = run(kPage + kNow + "-o b.wav --html nieuws.html --manifest m.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string page = read(dir_ / "nieuws.html");
  ASSERT_TRUE(fs::exists(dir_ / "nieuws.vtt")) << "the captions beside the page";
  EXPECT_EQ(read(dir_ / "nieuws.vtt").rfind("WEBVTT\n", 0), 0u);
  EXPECT_NE(page.find("<html lang=\"nl\">"), std::string::npos);
  EXPECT_NE(page.find("<title>Nieuws van 8 uur, 28 november 2026</title>"), std::string::npos);
  EXPECT_NE(page.find("preload=\"metadata\" src=\"b.wav\">"), std::string::npos) << page;
  EXPECT_NE(page.find("label=\"Nederlands\" src=\"nieuws.vtt\" default>"), std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"bericht-1\">Kabinet trekt extra geld uit"), std::string::npos);
  EXPECT_NE(page.find("Het KNMI waarschuwt"), std::string::npos) << "as written";
  // A link per story (the lead and five ticker items), at the manifest's chapter starts.
  const auto manifest = nlohmann::json::parse(read(dir_ / "m.json"));
  std::vector<double> story_starts;
  for (const auto& chapter : manifest["chapters"]) {
    const std::string title = chapter["title"];
    if (title.rfind("Goedemorgen.", 0) != 0 && title != "Verder in het nieuws." &&
        title != "Dat was het nieuws.")
      story_starts.push_back(chapter["start"]);
  }
  ASSERT_EQ(story_starts.size(), 6u) << manifest["chapters"].dump();
  EXPECT_EQ(count(page, "#t="), 6u);
  for (const double start : story_starts) {
    char fragment[64];
    std::snprintf(fragment, sizeof fragment, "b.wav#t=%.1f", std::floor(start * 10) / 10);
    EXPECT_NE(page.find("<a href=\"" + std::string(fragment) + "\""), std::string::npos)
        << fragment;
  }
}

TEST_F(HtmlCli, LinksArePathsFromThePagesFolder) {
  ASSERT_EQ(test::run_shell(dir_, "mkdir -p web 'audio files' cc").exit_code, 0);
  const Result result = run(kPage + kNow +
                            "-o 'audio files/nieuws 08.wav' --captions cc/c.vtt "
                            "--html web/index.html");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string page = read(dir_ / "web" / "index.html");
  EXPECT_NE(page.find("src=\"../audio%20files/nieuws%2008.wav\""), std::string::npos) << page;
  EXPECT_NE(page.find("src=\"../cc/c.vtt\""), std::string::npos);
  EXPECT_NE(page.find("href=\"../audio%20files/nieuws%2008.wav#t="), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ / "web" / "index.vtt")) << "--captions given: no second file";
}

TEST_F(HtmlCli, APageThatCannotPlayTheBulletinIsAUsageError) {
  const struct {
    const char* arguments;
    const char* message;
  } cases[] = {
      {"--no-audio --script s.txt --html p.html", "--html plays the audio: drop --no-audio"},
      {"-o - --html p.html", "-o must name a file"},
      {"-o b.wav --html -", "--html: the page links its audio"},
      {"-o b.wav --captions - --html p.html", "--captions must name a file"},
      {"-o b.wav --html b.wav", "--html: b.wav is the same file as -o"},
      {"-o p.vtt --html p.html", "--html's captions: p.vtt is the same file as -o"},
      {"-o b.wav --captions c.vtt --html c.vtt", "--html: c.vtt is the same file as --captions"},
  };
  for (const auto& c : cases) {
    const Result result = run(kPage + kNow + c.arguments);
    EXPECT_EQ(result.exit_code, 2) << c.arguments << "\n" << result.err;
    EXPECT_NE(result.err.find(c.message), std::string::npos) << c.arguments << "\n" << result.err;
  }
  const Result input = run(kNow + "page.txt -o b.wav --html page.txt");
  EXPECT_EQ(input.exit_code, 2) << input.err;
  EXPECT_NE(input.err.find("is the same file as the input"), std::string::npos) << input.err;
  EXPECT_TRUE(fs::is_empty(dir_)) << "nothing written";
}

}  // namespace
}  // namespace nieuwslezer
