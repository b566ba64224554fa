// The real binary on inputs from the web (servers on 127.0.0.1 started by the test), and
// the time each input's relative labels are read against: the HTTP Date, a file's
// modification time, --scraped-at, never later than the air time.

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <iterator>
#include <string>

#include "loopback_http_server.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;
using test::count;
using test::http_response;
using test::HttpRequestSeen;
using test::LoopbackHttpServer;
using test::Result;

const std::string kNow = " --now 2026-11-28T08:00:00+01:00";

// A lead and two ticker items; saved at 07:00, "12 minuten geleden" is 06:48, 72 minutes
// before the 08:00 bulletin.
constexpr const char* kPage =
    "Kabinet trekt geld uit voor bruggen\n"
    "DEN HAAG (ANP) - Het kabinet trekt extra geld uit voor het onderhoud van bruggen.\n"
    "Meer uit Binnenland\n"
    "UTRECHT (ANP) - De treinen tussen Utrecht en Amersfoort rijden weer.\n"
    "zojuistGRONINGEN (ANP) - In Groningen is een nieuwe brug geopend voor fietsers.\n"
    "12 minuten geleden\n";

// The same ticker on a second page without a lead, other items.
constexpr const char* kSecondPage =
    "Meer uit Buitenland\n"
    "BRUSSEL (ANP) - De Europese ministers praten vandaag over de begroting.\n"
    "30 minuten geleden\n";

class WebCli : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_directory("web-cli"); }
  void TearDown() override { fs::remove_all(dir_); }
  Result run(const std::string& arguments) const { return test::run_nieuwslezer(dir_, arguments); }
  void write(const std::string& name, const std::string& bytes) const {
    test::write_file(dir_ / name, bytes);
  }
  fs::path dir_;
};

std::optional<std::string> page_at_seven(const HttpRequestSeen& request) {
  if (request.path() == "/oud") return http_response("301 Moved", "", "Location: /page.txt\r\n");
  if (request.path() != "/page.txt") return http_response("404 Not Found", "weg");
  return http_response("200 OK", kPage, "Date: Sat, 28 Nov 2026 06:00:00 GMT\r\n");
}

TEST_F(WebCli, ABulletinFromAServedPage) {
  LoopbackHttpServer server(page_at_seven);
  const Result result = run(server.url("/page.txt") + kNow + " -o out.wav --script -");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("De treinen tussen Utrecht en Amersfoort rijden weer."),
            std::string::npos)
      << result.out;
  EXPECT_GT(fs::file_size(dir_ / "out.wav"), 100000u);
  EXPECT_NE(result.err.find(server.url("/page.txt") + ": fetched: HTTP 200"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(server.url("/page.txt") + ": a lead, 2 ticker item(s)"),
            std::string::npos)
      << "the URL names the input: " << result.err;
}

TEST_F(WebCli, ARedirectIsFollowed) {
  LoopbackHttpServer server(page_at_seven);
  const Result result = run(server.url("/oud") + kNow + " --no-audio --script -");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Groningen"), std::string::npos) << result.out;
  EXPECT_EQ(server.requests().size(), 2u);
}

TEST_F(WebCli, A404IsBadInputInOneLineNamingTheUrl) {
  LoopbackHttpServer server(page_at_seven);
  const Result result = run(server.url("/rss.xml") + kNow + " --no-audio --script -");
  EXPECT_EQ(result.exit_code, 3) << result.err;
  EXPECT_EQ(result.err, "nieuwslezer: error: " + server.url("/rss.xml") + ": HTTP 404 Not Found\n");
  EXPECT_EQ(result.out, "");
}

TEST_F(WebCli, AServerThatNeverAnswersEndsWithinTheTimeout) {
  LoopbackHttpServer server([](const HttpRequestSeen&) { return std::nullopt; });
  const auto start = std::chrono::steady_clock::now();
  const Result result = run(server.url("/") + kNow + " --timeout 1 --no-audio --script -");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  EXPECT_EQ(result.exit_code, 3) << result.err;
  EXPECT_EQ(count(result.err, "\n"), 1u) << result.err;
  EXPECT_NE(result.err.find("error: " + server.url("/") + ": Operation timed out"),
            std::string::npos)
      << result.err;
}

TEST_F(WebCli, ABodyOver64MiBIsBadInputNamingTheLimit) {
  const std::string huge(std::size_t{64} * 1024 * 1024 + 1, 'a');
  LoopbackHttpServer server([&](const HttpRequestSeen&) {
    return "HTTP/1.0 200 OK\r\n\r\n" + huge;  // no length announced: cut off while read
  });
  const Result result = run(server.url("/groot") + kNow + " --no-audio --script -");
  EXPECT_EQ(result.exit_code, 3) << result.err;
  EXPECT_EQ(result.err,
            "nieuwslezer: error: " + server.url("/groot") + ": is larger than 64 MiB (limit)\n");
}

TEST_F(WebCli, TheCacheMakesTheSecondRunConditional) {
  LoopbackHttpServer server([](const HttpRequestSeen& request) {
    if (request.header("If-None-Match") == "\"pagina-1\"") {
      return http_response("304 Not Modified", "", "Date: Sat, 28 Nov 2026 06:30:00 GMT\r\n");
    }
    return http_response("200 OK", kPage,
                         "ETag: \"pagina-1\"\r\nDate: Sat, 28 Nov 2026 06:00:00 GMT\r\n");
  });
  const std::string arguments = server.url("/page.txt") + kNow + " --no-audio --script - -v";
  // The key in the configuration file's [input] table, as --cache.
  write("nieuwslezer.toml", "[input]\ncache = \"cache\"\ntimeout = 5\n");
  const Result first = run(arguments);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_ / "cache"), fs::directory_iterator()), 1);
  const Result second = run(arguments);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  ASSERT_EQ(server.requests().size(), 2u);
  EXPECT_EQ(server.requests()[1].header("If-None-Match"), "\"pagina-1\"");
  EXPECT_NE(second.err.find("not changed (304), from the cache"), std::string::npos) << second.err;
  EXPECT_EQ(second.out, first.out);
  // The body is the one fetched first, as old as it was then (07:00), not the 304's 07:30.
  EXPECT_NE(second.err.find("labels relative to 07:00:00 (HTTP Date header)"), std::string::npos)
      << second.err;
}

TEST_F(WebCli, WithoutCacheNothingIsWritten) {
  LoopbackHttpServer server(page_at_seven);
  ASSERT_EQ(run(server.url("/page.txt") + kNow + " --no-audio --script -").exit_code, 0);
  ASSERT_EQ(run(server.url("/page.txt") + kNow + " --no-audio --script -").exit_code, 0);
  EXPECT_TRUE(fs::is_empty(dir_));
  EXPECT_EQ(server.requests()[1].header("If-None-Match"), std::nullopt);
}

// Saved at 07:00, aired at 08:00 with --max-age 1h: "12 minuten geleden" is 72 minutes old.
void expect_read_against_seven(const Result& result, const std::string& source) {
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("labels relative to 07:00:00 (" + source + ")"), std::string::npos)
      << result.err;
  EXPECT_NE(result.out.find("De treinen"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("Groningen"), std::string::npos) << result.out;
  EXPECT_NE(result.err.find("1 ticker item(s) older than 1h left out ('12 minuten geleden')"),
            std::string::npos)
      << result.err;
}

TEST_F(WebCli, AUrlsLabelsAreReadAgainstItsDateHeader) {
  LoopbackHttpServer server(page_at_seven);
  expect_read_against_seven(
      run(server.url("/page.txt") + kNow + " --max-age 1h --no-audio --script -"),
      "HTTP Date header");
}

TEST_F(WebCli, AServedScrapesLabelsAreReadAgainstItsLastModifiedHeader) {
  // A scraper's file saved at 07:00, served by a web server at 07:40.
  LoopbackHttpServer server([](const HttpRequestSeen&) {
    return http_response("200 OK", kPage,
                         "Last-Modified: Sat, 28 Nov 2026 06:00:00 GMT\r\n"
                         "Date: Sat, 28 Nov 2026 06:40:00 GMT\r\n");
  });
  expect_read_against_seven(
      run(server.url("/page.txt") + kNow + " --max-age 1h --no-audio --script -"),
      "HTTP Last-Modified header");
}

TEST_F(WebCli, AFilesLabelsAreReadAgainstItsModificationTime) {
  write("page.txt", kPage);
  ASSERT_EQ(test::run_shell(dir_, "touch -d 2026-11-28T06:00:00Z page.txt").exit_code, 0);
  expect_read_against_seven(run("page.txt" + kNow + " --max-age 1h --no-audio --script -"),
                            "file modification time");
}

TEST_F(WebCli, ScrapedAtWinsForEveryInput) {
  write("page.txt", kPage);  // modified now, a week after the air time
  LoopbackHttpServer server([](const HttpRequestSeen&) {
    return http_response("200 OK", kSecondPage, "Date: Sat, 28 Nov 2026 07:59:00 GMT\r\n");
  });
  const Result result =
      run("page.txt " + server.url("/b") + kNow +
          " --scraped-at 2026-11-28T07:00+01:00 --max-age 1h --no-audio --script -");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(count(result.err, "labels relative to 07:00:00 (--scraped-at)"), 2u) << result.err;
  EXPECT_NE(result.out.find("De treinen"), std::string::npos) << result.out;
  // 06:48 and 06:30 are more than an hour before the air time.
  EXPECT_NE(result.err.find("2 ticker item(s) older than 1h left out ('12 minuten geleden', "
                            "'30 minuten geleden')"),
            std::string::npos)
      << result.err;
}

TEST_F(WebCli, AScrapeTimeAfterTheAirTimeIsTheAirTime) {
  write("page.txt", kPage);  // modified now, after the air time
  const Result result = run("page.txt" + kNow + " --max-age 1h --no-audio --script -");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("warning: page.txt: scraped at "), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("after the air time 08:00:00"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("page.txt: labels relative to 08:00:00 (the air time"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.out.find("Groningen"), std::string::npos) << "12 minutes old: " << result.out;
}

TEST_F(WebCli, MergedPagesKeepEachTheirOwnScrapeTime) {
  // The first saved at 07:00 ("zojuist" = 07:00), the second at 07:50 ("30 minuten geleden"
  // = 07:20): Brussel is the newer item and is read first.
  write("eerste.txt", kPage);
  write("tweede.txt", kSecondPage);
  ASSERT_EQ(test::run_shell(dir_,
                            "touch -d 2026-11-28T06:00:00Z eerste.txt && "
                            "touch -d 2026-11-28T06:50:00Z tweede.txt")
                .exit_code,
            0);
  const Result result = run("eerste.txt tweede.txt" + kNow + " --no-audio --script -");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("eerste.txt: labels relative to 07:00:00"), std::string::npos);
  EXPECT_NE(result.err.find("tweede.txt: labels relative to 07:50:00"), std::string::npos);
  const auto brussel = result.out.find("Europese ministers");
  const auto utrecht = result.out.find("De treinen");
  ASSERT_NE(brussel, std::string::npos) << result.out;
  ASSERT_NE(utrecht, std::string::npos) << result.out;
  EXPECT_LT(brussel, utrecht) << result.out;
}

TEST_F(WebCli, StandardInputIsReadAgainstTheAirTime) {
  write("page.txt", kPage);
  const Result result = test::run_shell(
      dir_, "'" NIEUWSLEZER_BINARY "' - " + kNow + " --no-audio --script - < page.txt");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("standard input: labels relative to 08:00:00 (the air time"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace nieuwslezer
