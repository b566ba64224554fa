#include "page/feed_parser.h"

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

sys_seconds utc(int y, unsigned mo, unsigned d, int h, int mi, int s = 0) {
  return sys_days(year(y) / month(mo) / day(d)) + hours(h) + minutes(mi) + seconds(s);
}

std::string input_error(std::string_view xml) {
  try {
    parse_feed(xml);
  } catch (const InputError& error) {
    return error.what();
  }
  return "(no error)";
}

std::string rss_with_description(std::string_view description) {
  return "<rss><channel><item><title>T</title><description>" + std::string(description) +
         "</description></item></channel></rss>";
}

std::vector<std::string> paragraphs_of(std::string_view description) {
  const Page page = parse_feed(rss_with_description(description));
  if (page.ticker.empty()) return {"(no item)"};
  return page.ticker.front().paragraphs;
}

TEST(FeedParser, Rss2) {
  const Page page = parse_feed(feed_fixture("rss2.xml"));
  EXPECT_FALSE(page.has_lead);
  EXPECT_EQ(page.section, "Economie");
  ASSERT_EQ(page.ticker.size(), 4u);
  EXPECT_TRUE(page.warnings.empty()) << page.warnings.front();

  const Story& first = page.ticker[0];
  EXPECT_EQ(first.headline, "Inflatie daalt voor de derde maand op rij");
  EXPECT_EQ(first.place, "DEN HAAG");
  EXPECT_EQ(first.agency, "ANP");
  EXPECT_EQ(first.page_position, 1u);
  ASSERT_EQ(first.paragraphs.size(), 2u);
  EXPECT_EQ(first.paragraphs[0],
            "De inflatie in Nederland is in november verder gedaald, naar 2,4 procent. Dat "
            "meldt het Centraal Bureau voor de Statistiek.");
  EXPECT_EQ(first.paragraphs[1],
            "Vooral energie werd goedkoper & ook de prijzen van voedsel stegen minder hard dan "
            "in oktober. Lees meer");
  EXPECT_EQ(first.published, utc(2026, 11, 28, 6, 45));

  const Story& second = page.ticker[1];
  EXPECT_EQ(second.headline, "Caf\xC3\xA9s klagen over hoge energierekening");
  EXPECT_EQ(second.place, "AMSTERDAM");
  ASSERT_EQ(second.paragraphs.size(), 2u);  // the description, not content:encoded
  EXPECT_EQ(second.paragraphs[1],
            "De brancheorganisatie vraagt het kabinet om steun voor caf\xC3\xA9s en restaurants.");
  EXPECT_EQ(second.published, utc(2026, 11, 28, 6, 30));

  const Story& third = page.ticker[2];
  EXPECT_EQ(third.place, "ROTTERDAM");     // a place in capitals needs no agency
  ASSERT_EQ(third.paragraphs.size(), 2u);  // split at the blank line
  EXPECT_EQ(third.published, utc(2026, 11, 27, 17, 0));

  const Story& fourth = page.ticker[3];
  EXPECT_EQ(fourth.paragraphs, std::vector<std::string>{"Beurs opent hoger"});
  EXPECT_EQ(fourth.published, utc(2026, 11, 28, 8, 5));  // dc:date
  EXPECT_EQ(fourth.page_position, 4u);
}

TEST(FeedParser, Atom) {
  const Page page = parse_feed(feed_fixture("atom.xml"));
  EXPECT_FALSE(page.has_lead);
  EXPECT_EQ(page.section, "Buitenland");
  ASSERT_EQ(page.ticker.size(), 3u);
  EXPECT_TRUE(page.warnings.empty()) << page.warnings.front();

  EXPECT_EQ(page.ticker[0].place, "BRUSSEL");
  EXPECT_EQ(page.ticker[0].agency, "ANP/RTR");
  EXPECT_EQ(page.ticker[0].paragraphs.size(), 2u);
  EXPECT_EQ(page.ticker[0].published, utc(2026, 11, 28, 6, 50));  // updated wins

  EXPECT_EQ(page.ticker[1].headline, "Verkiezingen in Portugal");  // type="html" title
  EXPECT_EQ(page.ticker[1].place, "LISSABON");
  EXPECT_EQ(page.ticker[1].agency, "AFP");
  ASSERT_EQ(page.ticker[1].paragraphs.size(), 2u);  // xhtml content
  EXPECT_EQ(page.ticker[1].paragraphs[1],
            "De regering viel vorige week over de begroting & de pensioenen.");
  EXPECT_EQ(page.ticker[1].published, utc(2026, 11, 27, 21, 15));  // published, no updated

  EXPECT_EQ(page.ticker[2].place, "TOKIO");
  EXPECT_EQ(page.ticker[2].published, utc(2026, 11, 27, 20, 30));
}

TEST(FeedParser, Rdf) {
  const Page page = parse_feed(feed_fixture("rdf.xml"));
  EXPECT_FALSE(page.has_lead);
  EXPECT_EQ(page.section, "Regio");
  ASSERT_EQ(page.ticker.size(), 2u);
  EXPECT_TRUE(page.warnings.empty()) << page.warnings.front();
  EXPECT_EQ(page.ticker[0].headline, "Nieuwe brug over de IJssel open");
  EXPECT_EQ(page.ticker[0].place, "ZUTPHEN");
  EXPECT_EQ(page.ticker[0].published, utc(2026, 11, 28, 9, 0));
  EXPECT_EQ(page.ticker[1].place, "");
  EXPECT_EQ(page.ticker[1].published, utc(2026, 11, 27, 16, 20));
}

TEST(FeedParser, TruncatedXmlIsAnInputError) {
  const std::string message = input_error(feed_fixture("truncated.xml"));
  EXPECT_TRUE(message.starts_with("is not well-formed XML: ")) << message;
  EXPECT_NE(message.find(" at byte "), std::string::npos) << message;
}

TEST(FeedParser, MalformedXmlIsAnInputError) {
  EXPECT_TRUE(input_error("<rss><channel></rss>").starts_with("is not well-formed XML"));
  EXPECT_TRUE(input_error("<").starts_with("is not well-formed XML"));
  EXPECT_TRUE(input_error("<rss><item><title>a</item></rss>").starts_with("is not well-formed"));
}

TEST(FeedParser, OtherXmlIsAnInputError) {
  EXPECT_EQ(input_error(feed_fixture("not-a-feed.xml")),
            "is XML but not an RSS, Atom or RDF feed (the root element is <catalogus>)");
  EXPECT_EQ(input_error("<!DOCTYPE html><html><body><p>Hallo<br></body></html>"),
            "is an HTML page, not a news page text or feed");
  EXPECT_EQ(input_error("<html xmlns=\"x\"><body/></html>"),
            "is an HTML page, not a news page text or feed");
}

TEST(FeedParser, BadDatesAreWarnings) {
  const Page page = parse_feed(feed_fixture("bad-dates.xml"));
  ASSERT_EQ(page.ticker.size(), 4u);
  EXPECT_FALSE(page.ticker[0].published);
  EXPECT_FALSE(page.ticker[1].published);
  EXPECT_FALSE(page.ticker[2].published);
  EXPECT_EQ(page.ticker[3].published, utc(2026, 11, 28, 7, 15));  // ISO in pubDate is fine
  EXPECT_TRUE(has_warning(page, {"item 1", "Storing bij NS", "'gisteren'", "kept without time"}));
  EXPECT_TRUE(has_warning(page, {"item 2", "'Tue, 31 Feb 2026 10:00:00 +0100'"}));
  EXPECT_TRUE(has_warning(page, {"item 3", "'2026-11-28'"}));
  EXPECT_EQ(page.warnings.size(), 3u);
}

TEST(FeedParser, MissingFields) {
  const Page page = parse_feed(feed_fixture("missing-fields.xml"));
  ASSERT_EQ(page.ticker.size(), 2u);
  EXPECT_EQ(page.ticker[0].headline, "Ajax wint van Feyenoord");
  EXPECT_EQ(page.ticker[0].paragraphs, std::vector<std::string>{"Ajax wint van Feyenoord"});
  EXPECT_EQ(page.ticker[0].page_position, 1u);
  EXPECT_EQ(page.ticker[1].headline, "");
  EXPECT_EQ(page.ticker[1].place, "HEERENVEEN");
  EXPECT_EQ(page.ticker[1].page_position, 2u);
  EXPECT_TRUE(has_warning(page, {"item 1 has no title and no text and was left out"}));
  EXPECT_TRUE(has_warning(page, {"item 4 has no title and no text and was left out"}));
  EXPECT_TRUE(has_warning(page, {"1 item(s) have no date"}));
}

TEST(FeedParser, EmptyFeedIsAWarning) {
  const Page page =
      parse_feed("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Leeg</title></feed>");
  EXPECT_TRUE(page.ticker.empty());
  EXPECT_FALSE(page.has_lead);
  EXPECT_TRUE(has_warning(page, {"the feed has no entries"}));
}

TEST(FeedParser, HtmlIsStrippedAndEntitiesDecoded) {
  EXPECT_EQ(paragraphs_of("Caf&amp;eacute; &amp;amp; bar"),
            std::vector<std::string>{"Caf\xC3\xA9 & bar"});
  EXPECT_EQ(
      paragraphs_of("&#233;&#xE9;&#150;&euro;&hellip;&onbekend;"),
      std::vector<std::string>{"\xC3\xA9\xC3\xA9\xE2\x80\x93\xE2\x82\xAC\xE2\x80\xA6&onbekend;"});
  EXPECT_EQ(paragraphs_of("<![CDATA[<p>een</p> <P CLASS='x'>twee<BR>drie</P>]]>"),
            (std::vector<std::string>{"een", "twee", "drie"}));
  EXPECT_EQ(
      paragraphs_of("<![CDATA[<b>vet</b>tekst <!-- commentaar --> <script>x<y</script>klaar]]>"),
      std::vector<std::string>{"vettekst klaar"});
  EXPECT_EQ(paragraphs_of("<![CDATA[5 < 6 en <a href=\"a>b\">link</a>]]>"),
            std::vector<std::string>{"5 < 6 en link"});
  EXPECT_EQ(paragraphs_of("<![CDATA[tekst <img src=\"x.jpg\" alt=\"]]>"),
            std::vector<std::string>{"tekst"});  // a tag cut off at the end
  EXPECT_EQ(paragraphs_of("  veel    ruimte\n  hier&nbsp;en daar "),
            std::vector<std::string>{"veel ruimte hier en daar"});
}

TEST(FeedParser, XmlCharacterReferencesToSurrogatesGiveValidUtf8) {
  // Found by fuzz/feed_parser_fuzz: the XML parser writes "&#xD800;" as the bytes ED A0 80.
  const std::string replacement3 = "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD";
  EXPECT_EQ(paragraphs_of("a&#xD800;b"), std::vector<std::string>{"a" + replacement3 + "b"});
  const Page page = parse_feed(
      "<rss><channel><title>&#xDFFF;</title><item><title>x&#xDC00;</title>"
      "<pubDate>&#xD83D;</pubDate></item></channel></rss>");
  EXPECT_EQ(page.section, replacement3);
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.ticker[0].headline, "x" + replacement3);
  EXPECT_TRUE(has_warning(page, {"date '" + replacement3 + "' is not understood"}));
}

TEST(FeedParser, ManyBadItemsGiveABoundedWarningList) {
  std::string xml = "<rss><channel>";
  for (int k = 0; k < 100; ++k) xml += "<item><title>T</title><pubDate>nooit</pubDate></item>";
  xml += "</channel></rss>";
  const Page page = parse_feed(xml);
  EXPECT_EQ(page.ticker.size(), 100u);
  ASSERT_EQ(page.warnings.size(), 21u);
  EXPECT_EQ(page.warnings.back(), "80 more warning(s) left out");
}

TEST(FeedParser, NeverCrashesOnCutOffFeeds) {
  // Every prefix of a real feed: an InputError or a page, nothing else.
  for (const char* name : {"atom.xml", "rss2.xml", "rdf.xml"}) {
    const std::string xml = feed_fixture(name);
    std::size_t errors = 0;
    for (std::size_t length = 1; length < xml.size(); length += 3) {
      try {
        parse_feed(std::string_view(xml).substr(0, length));
      } catch (const InputError&) {
        ++errors;
      }
    }
    EXPECT_GT(errors, 0u) << name;
  }
}

}  // namespace
}  // namespace nieuwslezer
