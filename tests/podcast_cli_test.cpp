// End-to-end tests of the podcast feed: the real binary adding episodes to a feed.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;
using test::count;
using test::read;
using test::Result;

const std::string kSport = "'" NIEUWSLEZER_SOURCE_DIR "/examples/sport.txt' ";
const std::string kFeed =
    "-q --now 2026-11-28T08:00:00+01:00 --podcast-feed feed.xml "
    "--podcast-url https://example.org/nieuws/ ";

class PodcastCli : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_directory("podcast-cli"); }
  void TearDown() override { fs::remove_all(dir_); }
  Result run(const std::string& arguments) const { return test::run_nieuwslezer(dir_, arguments); }
  pugi::xml_node channel() {
    feed_text_ = read(dir_ / "feed.xml");
    EXPECT_TRUE(document_.load_string(feed_text_.c_str())) << feed_text_;
    return document_.child("rss").child("channel");
  }
  fs::path dir_;
  std::string feed_text_;
  pugi::xml_document document_;
};

TEST_F(PodcastCli, AnEpisodeWithEncodedUrlsTranscriptAndChaptersBesideTheAudio) {
  const Result result = run(kSport + kFeed +
                            "-o 'nieuws 08 é.mp3' --captions 'nieuws 08 é.vtt' --podcast-chapters "
                            "--station 'Radio Zuid' --podcast-email redactie@example.org "
                            "--podcast-image https://example.org/cover.jpg");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const pugi::xml_node feed = channel();
  EXPECT_STREQ(feed.child("atom:link").attribute("href").value(),
               "https://example.org/nieuws/feed.xml");
  EXPECT_STREQ(feed.child_value("itunes:author"), "Radio Zuid");
  EXPECT_STREQ(feed.child("itunes:owner").child_value("itunes:name"), "Radio Zuid");
  EXPECT_STREQ(feed.child("itunes:owner").child_value("itunes:email"), "redactie@example.org");
  EXPECT_STREQ(feed.child("itunes:image").attribute("href").value(),
               "https://example.org/cover.jpg");
  EXPECT_STREQ(feed.child("itunes:category").attribute("text").value(), "News");
  const pugi::xml_node item = feed.child("item");
  const pugi::xml_node enclosure = item.child("enclosure");
  EXPECT_STREQ(enclosure.attribute("url").value(),
               "https://example.org/nieuws/nieuws%2008%20%C3%A9.mp3");
  EXPECT_EQ(enclosure.attribute("length").as_ullong(), fs::file_size(dir_ / "nieuws 08 é.mp3"));
  EXPECT_STREQ(enclosure.attribute("type").value(), "audio/mpeg");
  EXPECT_STREQ(item.child("podcast:transcript").attribute("url").value(),
               "https://example.org/nieuws/nieuws%2008%20%C3%A9.vtt");
  EXPECT_STREQ(item.child("podcast:chapters").attribute("url").value(),
               "https://example.org/nieuws/nieuws%2008%20%C3%A9.chapters.json");
  EXPECT_NE(std::string(item.child_value("guid")).find("2026-11-28T08:00:00+01:00"),
            std::string::npos);
  // The chapters file beside the audio: 1.2.0, ascending, within the episode.
  const auto chapters = nlohmann::json::parse(read(dir_ / "nieuws 08 é.chapters.json"));
  EXPECT_EQ(chapters.at("version"), "1.2.0");
  EXPECT_EQ(chapters.at("fileName"), "nieuws 08 é.mp3");
  ASSERT_GE(chapters.at("chapters").size(), 4u) << chapters.dump();
  const std::string duration = item.child_value("itunes:duration");
  const double seconds = std::stoi(duration.substr(3, 2)) * 60 + std::stoi(duration.substr(6, 2));
  double previous = -1;
  for (const auto& chapter : chapters.at("chapters")) {
    EXPECT_GT(chapter.at("startTime").get<double>(), previous);
    previous = chapter.at("startTime").get<double>();
    EXPECT_FALSE(chapter.at("title").get<std::string>().empty());
  }
  EXPECT_LT(previous, seconds);
  EXPECT_EQ(chapters.at("chapters")[1].at("title"),
            "Nederlandse schaatsers winnen ploegenachtervolging in Heerenveen");
}

TEST_F(PodcastCli, ThePodcastOptionsWorkFromTheConfigurationFile) {
  test::write_file(dir_ / "podcast.toml",
                   "podcast-email = \"nieuws@example.org\"\n"
                   "podcast-author = \"Omroep Zuid\"\n"
                   "podcast-category = \"News/Politics\"\n"
                   "podcast-explicit = true\n");
  const Result result = run(kSport + kFeed + "-o n.mp3 --config podcast.toml");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const pugi::xml_node feed = channel();
  EXPECT_STREQ(feed.child("itunes:owner").child_value("itunes:email"), "nieuws@example.org");
  EXPECT_STREQ(feed.child_value("itunes:author"), "Omroep Zuid");
  EXPECT_STREQ(feed.child("itunes:category").child("itunes:category").attribute("text").value(),
               "Politics");
  EXPECT_STREQ(feed.child_value("itunes:explicit"), "true");
  test::write_file(dir_ / "bad.toml", "podcast-email = \"geen adres\"\n");
  const Result bad = run(kSport + kFeed + "-o n.mp3 --config bad.toml");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--podcast-email: 'geen adres' is not an e-mail address"),
            std::string::npos)
      << bad.err;
}

TEST_F(PodcastCli, AnEmptyOrBrokenFeedStopsTheRunBeforeAnyOutputIsTouched) {
  for (const std::string& feed : {std::string(), std::string("<rss><channel><item>")}) {
    test::write_file(dir_ / "feed.xml", feed);
    test::write_file(dir_ / "nieuws.mp3", "het vorige bulletin");
    const Result result = run(kSport + kFeed + "-o nieuws.mp3 --script nieuws.txt");
    EXPECT_EQ(result.exit_code, 3) << result.err;
    EXPECT_EQ(count(result.err, "\n"), 1u) << "one error line: " << result.err;
    EXPECT_NE(result.err.find("feed.xml: "), std::string::npos) << result.err;
    EXPECT_EQ(read(dir_ / "feed.xml"), feed) << "the feed's history is kept";
    EXPECT_EQ(read(dir_ / "nieuws.mp3"), "het vorige bulletin") << "the audio is untouched";
    EXPECT_FALSE(fs::exists(dir_ / "nieuws.txt"));
  }
  test::write_file(dir_ / "feed.xml", "");
  EXPECT_NE(run(kSport + kFeed + "-o nieuws.mp3").err.find("feed.xml: is empty"),
            std::string::npos);
}

TEST_F(PodcastCli, FormatsPodcastHostsRejectAreRefused) {
  for (const std::string output : {"-o n.wav", "-o n.flac", "-o n.mp3 --format wav24"}) {
    const Result result = run(kSport + kFeed + output);
    EXPECT_EQ(result.exit_code, 2) << output;
    EXPECT_NE(result.err.find("do not take"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(dir_ / "feed.xml"));
  }
  std::string logged = kFeed;
  logged.erase(0, 3);  // without -q, so warnings are logged
  const Result opus = run(kSport + logged + "-o n.opus");
  EXPECT_EQ(opus.exit_code, 0) << opus.err;
  EXPECT_NE(opus.err.find("Apple Podcasts does not play Ogg Opus"), std::string::npos) << opus.err;
  EXPECT_NE(opus.err.find("without --podcast-image"), std::string::npos) << opus.err;
  EXPECT_NE(opus.err.find("without --podcast-email"), std::string::npos) << opus.err;
  // Scraped at the air time: the example file, newer than the air time, would otherwise be
  // warned about (its labels read against the air time), which is not the feed's business.
  const Result complete = run(kSport + logged +
                              "-o n.mp3 --podcast-image https://example.org/c.png "
                              "--podcast-email redactie@example.org "
                              "--scraped-at 2026-11-28T08:00:00+01:00");
  EXPECT_EQ(complete.err.find("warn"), std::string::npos) << complete.err;
  EXPECT_NE(read(dir_ / "feed.xml").find("type=\"audio/ogg\""), std::string::npos);
}

TEST_F(PodcastCli, ControlCharactersNeverReachTheFeed) {
  const Result result =
      run(kSport + kFeed + "-o n.mp3 --title \"$(printf 'Nieuws\\033[1m\\007\\014van 8')\"");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string feed = read(dir_ / "feed.xml");
  for (const char c : feed) {
    const auto byte = static_cast<unsigned char>(c);
    EXPECT_FALSE(byte < 0x20 && c != '\n' && c != '\t' && c != '\r') << int(byte);
  }
  EXPECT_EQ(feed.find("&#"), std::string::npos) << feed;
  EXPECT_NE(feed.find("<title>Nieuws[1m van 8</title>"), std::string::npos) << feed;
}

// A feed of `items` episodes, as a long-running station's would be.
std::string feed_with(int items) {
  std::string feed =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
      "<title>Nieuws</title><link>https://example.org/nieuws</link><description>d</description>";
  for (int i = 0; i < items; ++i) {
    const std::string n = std::to_string(i);
    feed += "<item><title>Oud " + n + "</title><enclosure url=\"https://example.org/nieuws/oud-" +
            n + ".mp3\" length=\"1000\" type=\"audio/mpeg\"/><guid isPermaLink=\"false\">oud-" + n +
            "</guid><pubDate>Sat, 28 Nov 2026 07:00:00 GMT</pubDate></item>";
  }
  return feed + "</channel></rss>\n";
}

TEST_F(PodcastCli, OverlappingRunsEachAddTheirEpisode) {
  // A big feed makes each run's read-change-replace take long enough to overlap the others'.
  // Eight runs at once, twice; each writes its audio into a folder of its own, so only the
  // feed's lock keeps them from losing each other's episodes.
  constexpr int kOld = 3000, kRuns = 8, kRounds = 2;
  test::write_file(dir_ / "feed.xml", feed_with(kOld));
  test::write_file(dir_ / "kort.txt", "Kabinet valt\nHet kabinet is vandaag gevallen.\n");
  for (int round = 0; round < kRounds; ++round) {
    std::vector<test::Running> runs;
    for (int i = 0; i < kRuns; ++i) {
      const std::string name = std::to_string(round) + "-" + std::to_string(i);
      fs::create_directories(dir_ / ("out-" + name));
      runs.push_back(test::start_nieuwslezer(dir_, "kort.txt -j 1 " + kFeed +
                                                       "--podcast-keep 100000 -o out-" + name +
                                                       "/ep-" + name + ".mp3"));
    }
    for (const test::Running& running : runs) {
      const Result result = test::finish(running);
      EXPECT_EQ(result.exit_code, 0) << result.err;
    }
  }
  const std::string feed = read(dir_ / "feed.xml");
  EXPECT_EQ(count(feed, "<item>"), std::size_t{kOld + kRuns * kRounds});
  for (int round = 0; round < kRounds; ++round) {
    for (int i = 0; i < kRuns; ++i) {
      const std::string name = std::to_string(round) + "-" + std::to_string(i);
      EXPECT_NE(feed.find("/ep-" + name + ".mp3\""), std::string::npos) << name;
    }
  }
  EXPECT_NE(feed.find("oud-0.mp3"), std::string::npos);
}

}  // namespace
}  // namespace nieuwslezer
