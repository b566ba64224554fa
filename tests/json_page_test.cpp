#include "page/json_page.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "errors.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

using test::feed_fixture;
using test::has_warning;

using namespace std::chrono;

sys_seconds utc(int y, unsigned mo, unsigned d, int h, int mi) {
  return sys_days(year(y) / month(mo) / day(d)) + hours(h) + minutes(mi);
}

std::string input_error(std::string_view json) {
  try {
    parse_json_page(json);
  } catch (const InputError& error) {
    return error.what();
  }
  return "(no error)";
}

TEST(JsonPage, Stories) {
  const Page page = parse_json_page(feed_fixture("stories.json"));
  EXPECT_TRUE(page.warnings.empty()) << page.warnings.front();
  EXPECT_EQ(page.section, "Binnenland");
  ASSERT_TRUE(page.has_lead);
  EXPECT_EQ(page.lead.headline, "Kabinet trekt extra geld uit voor jeugdzorg");
  EXPECT_EQ(page.lead.place, "DEN HAAG");
  EXPECT_EQ(page.lead.agency, "ANP");
  EXPECT_EQ(page.lead.paragraphs,
            (std::vector<std::string>{
                "Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor de jeugdzorg.",
                "Gemeenten hadden al lange tijd om meer geld gevraagd."}));
  EXPECT_EQ(page.lead.published, utc(2026, 11, 28, 6, 45));
  EXPECT_EQ(page.lead.page_position, 0u);

  ASSERT_EQ(page.ticker.size(), 3u);
  EXPECT_EQ(page.ticker[0].place, "AMSTERDAM");  // given, not taken from the text
  EXPECT_EQ(page.ticker[0].agency, "ANP");
  EXPECT_EQ(page.ticker[0].time_label, "12 minuten geleden");
  ASSERT_TRUE(page.ticker[0].age);
  EXPECT_EQ(page.ticker[0].age->seconds_ago, 720);
  EXPECT_FALSE(page.ticker[0].published);
  EXPECT_EQ(page.ticker[0].page_position, 1u);
  EXPECT_EQ(page.ticker[1].place, "ARNHEM");
  EXPECT_EQ(page.ticker[1].paragraphs.size(), 2u);  // split at the line end
  EXPECT_EQ(page.ticker[1].published, utc(2026, 11, 28, 6, 30));
  EXPECT_EQ(page.ticker[2].place, "ZWOLLE");
  EXPECT_EQ(page.ticker[2].time_label, "2 uur geleden");
  EXPECT_EQ(page.ticker[2].page_position, 3u);
}

TEST(JsonPage, BareArray) {
  const Page page = parse_json_page(
      R"([{"text": "UTRECHT (ANP) - Een tekst."}, {"text": ["Een", "Twee"], "lead": false}])");
  EXPECT_FALSE(page.has_lead);
  EXPECT_EQ(page.section, "");
  ASSERT_EQ(page.ticker.size(), 2u);
  EXPECT_EQ(page.ticker[0].place, "UTRECHT");
  EXPECT_EQ(page.ticker[1].paragraphs, (std::vector<std::string>{"Een", "Twee"}));
  EXPECT_TRUE(page.warnings.empty());
}

TEST(JsonPage, SecondLeadIsATickerItem) {
  const Page page = parse_json_page(
      R"([{"text": "Eerste.", "lead": true}, {"headline": "Nog een", "text": "Tweede.", "lead": true}])");
  ASSERT_TRUE(page.has_lead);
  EXPECT_EQ(page.lead.paragraphs, std::vector<std::string>{"Eerste."});
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.ticker[0].headline, "Nog een");
  EXPECT_EQ(page.ticker[0].page_position, 1u);
  EXPECT_TRUE(has_warning(page, {"story 2 ('Nog een') is a second lead story"}));
}

TEST(JsonPage, WrongTypesAndMissingTextSkipTheStory) {
  const Page page = parse_json_page(R"({"stories": [
      {"headline": 5, "text": "a"},
      {"headline": "Zonder tekst"},
      {"text": ["goed", 3]},
      {"text": {"alinea": "x"}},
      "gewoon een tekst",
      {"text": "Blijft.", "lead": "ja"},
      {"text": "   "},
      {"text": "Wel goed.", "place": null}
  ]})");
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.ticker[0].paragraphs, std::vector<std::string>{"Wel goed."});
  EXPECT_EQ(page.ticker[0].page_position, 1u);
  EXPECT_TRUE(
      has_warning(page, {"story 1: 'headline' is a number, not a string; the story was left out"}));
  EXPECT_TRUE(has_warning(page, {"story 2 ('Zonder tekst') has no text and was left out"}));
  EXPECT_TRUE(has_warning(page, {"story 3: 'text' holds number values"}));
  EXPECT_TRUE(has_warning(page, {"story 4: 'text' is an object, not a string or an array"}));
  EXPECT_TRUE(has_warning(page, {"story 5 is a string, not an object"}));
  EXPECT_TRUE(has_warning(page, {"story 6: 'lead' is a string, not true or false"}));
  EXPECT_TRUE(has_warning(page, {"story 7 has no text"}));
  EXPECT_EQ(page.warnings.size(), 7u);
}

TEST(JsonPage, BadPublishedTimeIsAWarning) {
  const Page page = parse_json_page(R"([
      {"text": "Een.", "published": "gisteren"},
      {"text": "Twee.", "published": "2026-11-28T07:45:00"},
      {"text": "Drie.", "published": "Sat, 28 Nov 2026 07:45:00 +0100"}])");
  ASSERT_EQ(page.ticker.size(), 3u);
  EXPECT_FALSE(page.ticker[0].published);
  EXPECT_FALSE(page.ticker[1].published);
  EXPECT_EQ(page.ticker[2].published, utc(2026, 11, 28, 6, 45));
  EXPECT_TRUE(has_warning(
      page, {"story 1: 'published' 'gisteren' is not an ISO 8601 time", "kept without time"}));
  EXPECT_TRUE(has_warning(page, {"story 2: 'published' '2026-11-28T07:45:00'"}));
  EXPECT_EQ(page.warnings.size(), 2u);
}

TEST(JsonPage, UnknownKeysAreWarnings) {
  const Page page = parse_json_page(
      R"({"sectie": "x", "section": 3, "stories": [{"text": "Een.", "publshed": "2026"}]})");
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.section, "");
  EXPECT_TRUE(has_warning(page, {"unknown key 'sectie' ignored"}));
  EXPECT_TRUE(has_warning(page, {"story 1: unknown key 'publshed' ignored"}));
  EXPECT_TRUE(has_warning(page, {"'section' is a number, not a string; ignored"}));
}

TEST(JsonPage, InvalidJsonIsAnInputError) {
  const std::string message = input_error(feed_fixture("broken.json"));
  EXPECT_TRUE(message.starts_with("is not valid JSON: parse error at line ")) << message;
  EXPECT_EQ(message.find("[json.exception"), std::string::npos) << message;
  EXPECT_TRUE(input_error("{\"stories\": [}").starts_with("is not valid JSON: "));
  EXPECT_TRUE(input_error("[1, 2] extra").starts_with("is not valid JSON: "));
}

TEST(JsonPage, ANumberTooLargeIsAnInputError) {
  // Found by fuzz/page_parser_fuzz: nlohmann's out_of_range escaped as an unexpected error.
  EXPECT_EQ(input_error(R"({"":3e333})"), "is not valid JSON: number overflow parsing '3e333'");
  EXPECT_EQ(input_error(R"([{"text": "x", "lead": 1e400}])"),
            "is not valid JSON: number overflow parsing '1e400'");
}

TEST(JsonPage, OtherJsonIsAnInputError) {
  const std::string expected =
      "is JSON but not a list of stories (expected an array, or an object with \"stories\": "
      "[...])";
  EXPECT_EQ(input_error(R"({"verhalen": []})"), expected);
  EXPECT_EQ(input_error(R"({"stories": {"text": "x"}})"), expected);
  EXPECT_EQ(input_error("42"), expected);
  EXPECT_EQ(input_error("\"tekst\""), expected);
}

TEST(JsonPage, EmptyListIsAWarning) {
  const Page page = parse_json_page("[]");
  EXPECT_FALSE(page.has_lead);
  EXPECT_TRUE(page.ticker.empty());
  EXPECT_TRUE(has_warning(page, {"the document has no stories"}));
}

}  // namespace
}  // namespace nieuwslezer
