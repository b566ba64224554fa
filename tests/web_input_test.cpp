// Inputs from the web, on servers the tests start on 127.0.0.1: http_get's limits and
// errors, and the cache's conditional GET.

#include "input/web_input.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "errors.h"
#include "input/http_fetch.h"
#include "input/web_cache.h"
#include "loopback_http_server.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;
using test::http_response;
using test::HttpRequestSeen;
using test::LoopbackHttpServer;

// The message `fetch` throws as InputError, or "" when it does not throw.
template <typename Fetch>
std::string input_error(Fetch fetch) {
  try {
    fetch();
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

TEST(WebInput, TellsUrlsFromFiles) {
  EXPECT_TRUE(is_web_url("https://example.org/rss.xml"));
  EXPECT_TRUE(is_web_url("http://example.org/"));
  EXPECT_TRUE(is_web_url("HTTPS://example.org/"));
  EXPECT_FALSE(is_web_url("ftp://example.org/rss.xml"));
  EXPECT_FALSE(is_web_url("page.txt"));
  EXPECT_FALSE(is_web_url("http.txt"));
  EXPECT_FALSE(is_web_url("-"));
}

TEST(WebInput, GetsTheBodyAndTheDateHeader) {
  LoopbackHttpServer server([](const HttpRequestSeen&) {
    return http_response("200 OK", "Kop\nUTRECHT (ANP) - Tekst.\n",
                         "Date: Sat, 28 Nov 2026 06:00:12 GMT\r\n");
  });
  const WebInput input = fetch_web_input(server.url("/page.txt"), WebSettings{});
  EXPECT_EQ(input.bytes, "Kop\nUTRECHT (ANP) - Tekst.\n");
  EXPECT_EQ(input.sent_at, std::chrono::sys_days(std::chrono::November / 28 / 2026) +
                               std::chrono::hours(6) + std::chrono::seconds(12));
  EXPECT_EQ(input.sent_at_source, "HTTP Date header");
  ASSERT_EQ(input.notes.size(), 1u);
  EXPECT_NE(input.notes[0].find("fetched: HTTP 200, 27 bytes"), std::string::npos)
      << input.notes[0];
}

TEST(WebInput, ALastModifiedHeaderIsWhenTheBodyWasMadeUnlessItIsLaterThanTheResponse) {
  const auto at = [](int hour) {
    return std::chrono::sys_days(std::chrono::November / 28 / 2026) + std::chrono::hours(hour);
  };
  LoopbackHttpServer server([](const HttpRequestSeen& request) {
    const std::string modified = request.path() == "/scrape.txt" ? "05" : "09";
    return http_response("200 OK", "x",
                         "Last-Modified: Sat, 28 Nov 2026 " + modified +
                             ":00:00 GMT\r\n"
                             "Date: Sat, 28 Nov 2026 06:00:00 GMT\r\n");
  });
  const WebInput scrape = fetch_web_input(server.url("/scrape.txt"), WebSettings{});
  EXPECT_EQ(scrape.sent_at, at(5));
  EXPECT_EQ(scrape.sent_at_source, "HTTP Last-Modified header");
  const WebInput future = fetch_web_input(server.url("/future.txt"), WebSettings{});
  EXPECT_EQ(future.sent_at, at(6));
  EXPECT_EQ(future.sent_at_source, "HTTP Date header");
}

TEST(WebInput, WithoutADateHeaderTheTimeOfFetch) {
  LoopbackHttpServer server([](const HttpRequestSeen&) { return http_response("200 OK", "x"); });
  const auto before = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const WebInput input = fetch_web_input(server.url("/"), WebSettings{});
  EXPECT_EQ(input.sent_at_source, "time of fetch");
  EXPECT_GE(input.sent_at, before);
  EXPECT_LE(input.sent_at, before + std::chrono::seconds(5));
}

TEST(WebInput, AnHttpErrorNamesTheUrlAndTheStatus) {
  LoopbackHttpServer server(
      [](const HttpRequestSeen&) { return http_response("404 Not Found", "<h1>weg</h1>"); });
  const std::string url = server.url("/rss.xml");
  EXPECT_EQ(input_error([&] { fetch_web_input(url, WebSettings{}); }),
            url + ": HTTP 404 Not Found");
}

TEST(WebInput, FollowsRedirectsButOnlyToHttp) {
  LoopbackHttpServer server([](const HttpRequestSeen& request) -> std::optional<std::string> {
    if (request.path() == "/old") return http_response("301 Moved", "", "Location: /new\r\n");
    if (request.path() == "/file") {
      return http_response("302 Found", "", "Location: file:///etc/passwd\r\n");
    }
    if (request.path() == "/loop") return http_response("302 Found", "", "Location: /loop\r\n");
    return http_response("200 OK", "nieuw");
  });
  EXPECT_EQ(fetch_web_input(server.url("/old"), WebSettings{}).bytes, "nieuw");
  const std::string file = input_error([&] { fetch_web_input(server.url("/file"), {}); });
  EXPECT_TRUE(file.starts_with(server.url("/file") + ": ")) << file;
  EXPECT_NE(file.find("file"), std::string::npos) << file;
  const std::string loop = input_error([&] { fetch_web_input(server.url("/loop"), {}); });
  EXPECT_NE(loop.find("redirect"), std::string::npos) << loop;
  EXPECT_LE(server.requests().size(), 2u + 1u + kMaxRedirects + 1u);
}

TEST(WebInput, AServerThatNeverAnswersTimesOut) {
  LoopbackHttpServer server([](const HttpRequestSeen&) { return std::nullopt; });
  WebSettings settings;
  settings.timeout = std::chrono::seconds(1);
  const auto start = std::chrono::steady_clock::now();
  const std::string error = input_error([&] { fetch_web_input(server.url("/"), settings); });
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_TRUE(error.starts_with(server.url("/") + ": ")) << error;
  EXPECT_NE(error.find("timed out"), std::string::npos) << error;
  EXPECT_NE(error.find("--timeout 1"), std::string::npos) << error;
}

TEST(WebInput, AConnectionRefusedNamesTheUrl) {
  std::string url;
  {
    LoopbackHttpServer server([](const HttpRequestSeen&) { return std::nullopt; });
    url = server.url("/");
  }  // closed: nothing listens there now
  const std::string error = input_error([&] { fetch_web_input(url, WebSettings{}); });
  EXPECT_TRUE(error.starts_with(url + ": ")) << error;
  EXPECT_NE(error.find("onnect"), std::string::npos) << error;
}

TEST(WebInput, ABodyOverTheLimitIsRefusedNamingIt) {
  HttpRequest request;
  request.max_bytes = 1000;
  {  // announced by Content-Length: refused before the body is read
    LoopbackHttpServer server(
        [](const HttpRequestSeen&) { return http_response("200 OK", std::string(1001, 'a')); });
    request.url = server.url("/big");
    EXPECT_EQ(input_error([&] { http_get(request); }),
              request.url + ": is larger than 1000 bytes (limit)");
  }
  {  // not announced (HTTP/1.0, to the end of the connection): cut off at the limit
    LoopbackHttpServer server(
        [](const HttpRequestSeen&) { return "HTTP/1.0 200 OK\r\n\r\n" + std::string(5000, 'a'); });
    request.url = server.url("/big");
    EXPECT_EQ(input_error([&] { http_get(request); }),
              request.url + ": is larger than 1000 bytes (limit)");
    request.max_bytes = 5000;
    EXPECT_EQ(http_get(request).body.size(), 5000u);
  }
}

class WebCache : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_directory("web-cache"); }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

// The server of a page that has not changed: a 200 with an ETag, then 304 to If-None-Match.
std::optional<std::string> unchanged_page(const HttpRequestSeen& request) {
  if (request.header("If-None-Match") == "\"v1\"") {
    return http_response("304 Not Modified", "", "Date: Sat, 28 Nov 2026 07:00:00 GMT\r\n");
  }
  return http_response("200 OK", "de pagina",
                       "ETag: \"v1\"\r\nLast-Modified: Sat, 28 Nov 2026 05:00:00 GMT\r\n"
                       "Date: Sat, 28 Nov 2026 06:00:00 GMT\r\n");
}

TEST_F(WebCache, ASecondRunAsksConditionallyAndA304GivesTheCachedBody) {
  LoopbackHttpServer server(unchanged_page);
  WebSettings settings;
  settings.cache = dir_ / "cache";
  const WebInput first = fetch_web_input(server.url("/p"), settings);
  ASSERT_TRUE(fs::exists(cache_file(dir_ / "cache", server.url("/p"))));
  const WebInput second = fetch_web_input(server.url("/p"), settings);
  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_EQ(requests[0].header("If-None-Match"), std::nullopt);
  EXPECT_EQ(requests[1].header("If-None-Match"), "\"v1\"");
  EXPECT_EQ(requests[1].header("If-Modified-Since"), "Sat, 28 Nov 2026 05:00:00 GMT");
  EXPECT_EQ(second.bytes, "de pagina");
  ASSERT_EQ(second.notes.size(), 1u);
  EXPECT_NE(second.notes[0].find("not changed (304), from the cache"), std::string::npos);
  // The body is unchanged: it is as old as the first response said (its Last-Modified), not
  // the 304's Date.
  EXPECT_EQ(first.sent_at_source, "HTTP Last-Modified header");
  EXPECT_EQ(second.sent_at, first.sent_at);
  EXPECT_EQ(second.sent_at_source, first.sent_at_source);
}

TEST_F(WebCache, A304WithoutLastModifiedKeepsTheTimeOfTheFirstResponse) {
  LoopbackHttpServer server([](const HttpRequestSeen& request) {
    if (request.header("If-None-Match") == "\"v1\"") {
      return http_response("304 Not Modified", "", "Date: Sat, 28 Nov 2026 07:00:00 GMT\r\n");
    }
    return http_response("200 OK", "de pagina",
                         "ETag: \"v1\"\r\nDate: Sat, 28 Nov 2026 06:00:00 GMT\r\n");
  });
  WebSettings settings;
  settings.cache = dir_;
  const WebInput first = fetch_web_input(server.url("/p"), settings);
  const WebInput second = fetch_web_input(server.url("/p"), settings);
  EXPECT_EQ(server.requests().size(), 2u);
  EXPECT_EQ(second.bytes, "de pagina");
  EXPECT_EQ(first.sent_at_source, "HTTP Date header");
  EXPECT_EQ(second.sent_at, first.sent_at) << "the 304's Date is not when the body was made";
  EXPECT_EQ(second.sent_at_source, "HTTP Date header");
}

TEST_F(WebCache, ABrokenEntryIsIgnoredWithAWarningAndFetchedWhole) {
  LoopbackHttpServer server(unchanged_page);
  WebSettings settings;
  settings.cache = dir_;
  ASSERT_EQ(fetch_web_input(server.url("/p"), settings).bytes, "de pagina");
  const fs::path file = cache_file(dir_, server.url("/p"));
  const std::string whole = test::read(file);
  test::write_file(file, whole.substr(0, whole.size() - 3));  // cut short
  const WebInput again = fetch_web_input(server.url("/p"), settings);
  EXPECT_EQ(again.bytes, "de pagina");
  ASSERT_EQ(again.warnings.size(), 1u);
  EXPECT_NE(again.warnings[0].find("cache entry ignored"), std::string::npos) << again.warnings[0];
  EXPECT_EQ(server.requests().back().header("If-None-Match"), std::nullopt);
  EXPECT_EQ(test::read(file), whole) << "the entry is written anew";
  test::write_file(file, "rommel");
  EXPECT_EQ(read_cache_entry(dir_, server.url("/p")).problem,
            file.string() + ": is not a nieuwslezer cache entry");
}

TEST_F(WebCache, EachUrlHasItsOwnFileAndNoCacheWritesNothing) {
  EXPECT_NE(cache_file(dir_, "https://a.example/rss"), cache_file(dir_, "https://b.example/rss"));
  EXPECT_EQ(cache_file(dir_, "https://a.example/rss").parent_path(), dir_);
  LoopbackHttpServer server(unchanged_page);
  fetch_web_input(server.url("/p"), WebSettings{});
  fetch_web_input(server.url("/p"), WebSettings{});
  EXPECT_TRUE(fs::is_empty(dir_));
  EXPECT_EQ(server.requests().back().header("If-None-Match"), std::nullopt);
}

}  // namespace
}  // namespace nieuwslezer
