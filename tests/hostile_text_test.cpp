// Hostile text, as a table: inputs built to make a scanner restart at every position
// ("<a" 200,000 times, "&" 2,000,000 times, a comment or CDATA section that never ends,
// deep nesting). Each parser must return (or refuse the input with an InputError), and its
// time must grow linearly: four times the input may take no more than eight times as long
// (a quadratic scan takes sixteen), with a quarter second to spare for a busy machine.

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "errors.h"
#include "page/feed_parser.h"
#include "page/json_page.h"
#include "page/page_parser.h"
#include "text/typography.h"

namespace nieuwslezer {
namespace {

using Clock = std::chrono::steady_clock;

std::string repeated(std::string_view unit, std::size_t times) {
  std::string text;
  text.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) text += unit;
  return text;
}

// Where the hostile text goes: the whole input, or inside a field of a feed or JSON page.
std::string as_feed(const std::string& body) {
  return "<rss><channel><item><title>Kop</title><description><![CDATA[Tekst " + body +
         "]]></description></item></channel></rss>";
}
std::string as_json(const std::string& body) {
  std::string escaped;
  for (const char c : body) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return R"([{"headline": "Kop", "text": "Tekst )" + escaped + "\"}]";
}

struct Parser {
  const char* name;
  std::function<void(const std::string&)> parse;  // may throw InputError
  std::function<std::string(const std::string&)> wrap;
};

const std::vector<Parser>& parsers() {
  static const std::vector<Parser> list = {
      {"page", [](const std::string& t) { parse_page(t); }, [](const std::string& b) { return b; }},
      {"feed", [](const std::string& t) { parse_feed(t); }, as_feed},
      {"json", [](const std::string& t) { parse_json_page(t); }, as_json},
      {"typography", [](const std::string& t) { clean_typography(t); },
       [](const std::string& b) { return b; }},
  };
  return list;
}

struct Hostile {
  const char* name;
  std::function<std::string(std::size_t n)> build;  // n: the input's scale
  std::size_t n;
};

const std::vector<Hostile>& inputs() {
  static const std::vector<Hostile> list = {
      {"UnclosedTags", [](std::size_t n) { return repeated("<a", n); }, 200'000},
      {"Ampersands", [](std::size_t n) { return repeated("&", n); }, 2'000'000},
      {"AmpersandsBeforeASemicolon", [](std::size_t n) { return repeated("&a", n) + ";"; },
       500'000},
      {"AnUnendedComment", [](std::size_t n) { return "<!--" + repeated("<!-- x ", n); }, 100'000},
      {"AnUnendedCdata", [](std::size_t n) { return repeated("<![CDATA[ x ", n); }, 100'000},
      {"UnclosedScripts", [](std::size_t n) { return repeated("<script>", n); }, 100'000},
      {"DeepNesting",
       [](std::size_t n) { return repeated("<div>", n) + "tekst" + repeated("</div>", n); },
       100'000},
      {"OpenQuotesInATag", [](std::size_t n) { return repeated("<a \"", n); }, 100'000},
      {"ManyParentheses", [](std::size_t n) { return repeated("BRUSSEL (", n); }, 50'000},
  };
  return list;
}

// Seconds `parse` takes on `text`; an InputError is a fine answer to hostile input.
double seconds_for(const Parser& parser, const std::string& text) {
  const Clock::time_point start = Clock::now();
  try {
    parser.parse(text);
  } catch (const InputError&) {
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
}

TEST(HostileText, EveryParserReturnsInLinearTime) {
  for (const Hostile& input : inputs()) {
    const std::string small = input.build(input.n / 4);
    const std::string large = input.build(input.n);
    for (const Parser& parser : parsers()) {
      const double small_seconds = seconds_for(parser, parser.wrap(small));
      const double large_seconds = seconds_for(parser, parser.wrap(large));
      EXPECT_LT(large_seconds, 8 * small_seconds + 0.25)
          << parser.name << " on " << input.name << ": " << small_seconds << " s for "
          << input.n / 4 << ", " << large_seconds << " s for " << input.n;
    }
  }
}

// Deep JSON and XML documents are refused or read, never a stack overflow (which would end
// the test program).
TEST(HostileText, DeepDocumentsAreNoCrash) {
  const std::string json = repeated("[", 100'000) + repeated("]", 100'000);
  EXPECT_LT(seconds_for(parsers()[2], json), 60.0);
  const std::string xml = "<rss><channel><item><title>Kop</title><description>" +
                          repeated("<b>", 100'000) + "tekst" + repeated("</b>", 100'000) +
                          "</description></item></channel></rss>";
  EXPECT_LT(seconds_for(parsers()[1], xml), 60.0);
}

}  // namespace
}  // namespace nieuwslezer
