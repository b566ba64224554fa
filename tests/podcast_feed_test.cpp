#include "output/podcast_feed.h"

#include <gtest/gtest.h>

#include <ctime>
#include <pugixml.hpp>
#include <regex>
#include <set>

#include "base/utf8.h"
#include "errors.h"
#include "page/feed_parser.h"

namespace nieuwslezer {
namespace {

PodcastEpisode episode(int hour) {
  PodcastEpisode e;
  e.title = "Nieuws van " + std::to_string(hour) + " uur";
  e.url = "https://example.org/nieuws-" + std::to_string(hour) + ".mp3";
  e.mime_type = "audio/mpeg";
  e.bytes = 1000u + static_cast<unsigned>(hour);
  e.seconds = 125.4;
  e.guid = "nieuwslezer-" + std::to_string(hour);
  e.pub_date = rfc822_time(1795849200LL + hour * 3600LL);
  e.description = "Kop & staart";
  return e;
}

// A channel as a run without --station makes it: only what the phrases give.
PodcastChannel channel() {
  PodcastChannel channel;
  channel.title = "Nieuws";
  channel.description = "Het nieuws, voorgelezen";
  return channel;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(PodcastFeed, Formats) {
  EXPECT_EQ(rfc822_time(0), "Thu, 01 Jan 1970 00:00:00 GMT");
  EXPECT_EQ(rfc822_time(1795849200), "Sat, 28 Nov 2026 07:00:00 GMT");
  EXPECT_EQ(itunes_duration(3723.4), "01:02:03");
  EXPECT_EQ(itunes_duration(59.6), "00:01:00");
}

TEST(PodcastFeed, CreatesAValidFeedWithAnEpisode) {
  const std::string feed = add_podcast_episode("", episode(8), channel(), 10);
  EXPECT_NE(feed.find("<rss version=\"2.0\" xmlns:itunes="), std::string::npos) << feed;
  EXPECT_NE(feed.find("<enclosure url=\"https://example.org/nieuws-8.mp3\" length=\"1008\" "
                      "type=\"audio/mpeg\""),
            std::string::npos)
      << feed;
  EXPECT_NE(feed.find("<guid isPermaLink=\"false\">nieuwslezer-8</guid>"), std::string::npos);
  EXPECT_NE(feed.find("<itunes:duration>00:02:05</itunes:duration>"), std::string::npos);
  EXPECT_NE(feed.find("<description>Kop &amp; staart</description>"), std::string::npos);
  // Our own RSS reader (pugixml) reads it back as a feed with one dated item.
  const Page page = parse_feed(feed);
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.ticker[0].headline, "Nieuws van 8 uur");
  EXPECT_TRUE(page.ticker[0].published.has_value());
}

TEST(PodcastFeed, NewestFirstEarlierEpisodesKeptOldestDropped) {
  std::string feed;
  for (int hour = 6; hour <= 9; ++hour)
    feed = add_podcast_episode(feed, episode(hour), channel(), 3);
  EXPECT_EQ(count(feed, "<item>"), 3u) << feed;
  EXPECT_EQ(feed.find("nieuwslezer-6<"), std::string::npos) << "the oldest is dropped";
  EXPECT_LT(feed.find("nieuwslezer-9<"), feed.find("nieuwslezer-8<"));
  EXPECT_LT(feed.find("nieuwslezer-8<"), feed.find("nieuwslezer-7<"));
  EXPECT_NE(feed.find("length=\"1007\""), std::string::npos) << "earlier items intact";
  EXPECT_EQ(count(feed, "<lastBuildDate>"), 1u);
}

TEST(PodcastFeed, SameGuidReplacesTheEpisode) {
  std::string feed = add_podcast_episode("", episode(8), channel(), 10);
  PodcastEpisode again = episode(8);
  again.bytes = 5555;
  feed = add_podcast_episode(feed, again, channel(), 10);
  EXPECT_EQ(count(feed, "<item>"), 1u);
  EXPECT_NE(feed.find("length=\"5555\""), std::string::npos);
}

TEST(PodcastFeed, ARetryThatReplacedTheFileReplacesItsEpisode) {
  std::string feed = add_podcast_episode("", episode(7), channel(), 10);
  feed = add_podcast_episode(feed, episode(8), channel(), 10);
  PodcastEpisode retry = episode(8);  // the same file, made again three minutes later
  retry.guid = "nieuwslezer-8-retry";
  retry.bytes = 4444;
  feed = add_podcast_episode(feed, retry, channel(), 10);
  EXPECT_EQ(count(feed, "<item>"), 2u);
  EXPECT_EQ(count(feed, "nieuws-8.mp3"), 1u);
  EXPECT_NE(feed.find("length=\"4444\""), std::string::npos);
  EXPECT_NE(feed.find("nieuws-7.mp3"), std::string::npos) << "another file's episode stays";
}

TEST(PodcastFeed, ABrokenFeedIsNeverOverwritten) {
  EXPECT_THROW(add_podcast_episode("<rss><channel><item>", episode(8), channel(), 10), InputError);
  EXPECT_THROW(add_podcast_episode("<feed/>", episode(8), channel(), 10), InputError);
}

// A channel with every element the podcast apps ask for.
PodcastChannel full_channel() {
  PodcastChannel channel = nieuwslezer::channel();
  channel.title = "Nieuws van Radio Zuid";
  channel.link = "https://example.org/nieuws";
  channel.self_url = "https://example.org/nieuws/feed.xml";
  channel.author = "Radio Zuid";
  channel.owner_name = "Redactie Radio Zuid";
  channel.owner_email = "redactie@example.org";
  channel.image = "https://example.org/nieuws/cover.jpg";
  channel.category = "News";
  channel.subcategory = "Daily News";
  return channel;
}

// The XML 1.0 Char production: what a validating reader accepts, raw or as a reference.
bool allowed_char(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

// What a feed validator says of the characters of `feed`: "" when XML 1.0 allows all.
std::string character_problem(const std::string& feed) {
  for (std::size_t pos = 0; pos < feed.size();) {
    if (utf8::valid_length(feed, pos) == 0) return "invalid UTF-8 at byte " + std::to_string(pos);
    const utf8::CodePoint cp = utf8::decode(feed, pos);
    if (!allowed_char(cp.value)) return "character " + std::to_string(cp.value);
    pos += cp.length;
  }
  static const std::regex reference("&#(x?)([0-9a-fA-F]+);");
  for (std::sregex_iterator it(feed.begin(), feed.end(), reference), end; it != end; ++it) {
    const auto cp = static_cast<char32_t>(std::stoul((*it)[2], nullptr, (*it)[1] == "x" ? 16 : 10));
    if (!allowed_char(cp)) return "reference " + it->str();
  }
  return "";
}

// The prefix `rss` binds to namespace `uri` ("itunes"), or "" when it binds none.
std::string prefix_of(pugi::xml_node rss, const std::string& uri) {
  for (pugi::xml_attribute attribute : rss.attributes()) {
    const std::string name = attribute.name();
    if (name.rfind("xmlns:", 0) == 0 && attribute.value() == uri) return name.substr(6);
  }
  return "";
}

// An RFC 822 date as the validator reads it (with a four-digit year, as RFC 1123 has it).
std::optional<long long> rfc822_seconds(const std::string& text) {
  static const std::regex form(
      R"((Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT)");
  if (!std::regex_match(text, form)) return std::nullopt;
  std::tm fields{};
  if (!strptime(text.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &fields)) return std::nullopt;
  return static_cast<long long>(timegm(&fields));
}

std::size_t children_named(pugi::xml_node node, const std::string& name) {
  std::size_t n = 0;
  for (pugi::xml_node child : node.children(name.c_str())) n += child ? 1 : 0;
  return n;
}

// Every problem the podcast directories and a W3C-style feed validator would find; empty
// when there is none.
std::vector<std::string> feed_problems(const std::string& feed) {
  std::vector<std::string> problems;
  const auto require = [&](bool ok, const std::string& what) {
    if (!ok) problems.push_back(what);
  };
  if (const std::string bad = character_problem(feed); !bad.empty()) problems.push_back(bad);
  pugi::xml_document document;
  if (!document.load_string(feed.c_str())) return {"not XML"};
  const pugi::xml_node rss = document.child("rss");
  require(std::string(rss.attribute("version").value()) == "2.0", "rss version 2.0");
  const std::string itunes = prefix_of(rss, "http://www.itunes.com/dtds/podcast-1.0.dtd");
  const std::string podcast = prefix_of(rss, "https://podcastindex.org/namespace/1.0");
  const std::string atom = prefix_of(rss, "http://www.w3.org/2005/Atom");
  require(!itunes.empty() && !podcast.empty() && !atom.empty(), "the three namespaces");
  const pugi::xml_node channel = rss.child("channel");
  for (const std::string& name : std::vector<std::string>{
           "title", "link", "description", "language", "lastBuildDate", itunes + ":author",
           itunes + ":image", itunes + ":explicit", itunes + ":owner"}) {
    require(children_named(channel, name) == 1, "one channel " + name);
  }
  for (const char* name : {"title", "link", "description", "language"}) {
    require(*channel.child_value(name) != '\0', std::string("channel ") + name + " has text");
  }
  require(std::regex_match(channel.child_value("language"), std::regex("[a-z]{2}(-[a-zA-Z]{2})?")),
          "an RSS language code");
  require(rfc822_seconds(channel.child_value("lastBuildDate")).has_value(), "lastBuildDate");
  const pugi::xml_node self =
      channel.find_child_by_attribute((atom + ":link").c_str(), "rel", "self");
  require(std::string(self.attribute("href").value()).rfind("https://", 0) == 0 &&
              std::string(self.attribute("type").value()) == "application/rss+xml",
          "atom:link rel=self with href and type");
  const pugi::xml_node owner = channel.child((itunes + ":owner").c_str());
  require(*owner.child_value((itunes + ":name").c_str()) != '\0', "owner name");
  require(std::regex_match(owner.child_value((itunes + ":email").c_str()),
                           std::regex("[^@ ]+@[^@ ]+\\.[a-z]+")),
          "owner e-mail");
  require(std::regex_match(channel.child((itunes + ":image").c_str()).attribute("href").value(),
                           std::regex("https?://\\S+\\.(jpg|png)")),
          "itunes:image href to a JPEG or PNG");
  const pugi::xml_node category = channel.child((itunes + ":category").c_str());
  require(*category.attribute("text").value() != '\0', "itunes:category text");
  const std::string explicit_value = channel.child_value((itunes + ":explicit").c_str());
  require(explicit_value == "true" || explicit_value == "false", "itunes:explicit true/false");
  std::set<std::string> guids;
  for (pugi::xml_node item : channel.children("item")) {
    const std::string guid = item.child_value("guid");
    require(!guid.empty() && guids.insert(guid).second, "a unique guid: " + guid);
    require(*item.child_value("title") != '\0', "item title");
    require(rfc822_seconds(item.child_value("pubDate")).has_value(), "item pubDate RFC 822");
    const pugi::xml_node enclosure = item.child("enclosure");
    require(std::regex_match(enclosure.attribute("url").value(),
                             std::regex("https?://[A-Za-z0-9._~%/:-]+")),
            std::string("an encoded enclosure URL: ") + enclosure.attribute("url").value());
    require(std::regex_match(enclosure.attribute("length").value(), std::regex("[1-9][0-9]*")),
            "enclosure length in bytes");
    require(std::string(enclosure.attribute("type").value()).rfind("audio/", 0) == 0,
            "enclosure type");
    require(std::regex_match(item.child_value((itunes + ":duration").c_str()),
                             std::regex("\\d\\d:[0-5]\\d:[0-5]\\d")),
            "itunes:duration HH:MM:SS");
    for (pugi::xml_node link : item.children()) {
      const std::string name = link.name();
      if (name != podcast + ":transcript" && name != podcast + ":chapters") continue;
      require(*link.attribute("url").value() != '\0' && *link.attribute("type").value() != '\0',
              name + " with url and type");
    }
  }
  return problems;
}

TEST(PodcastFeed, MeetsWhatAppleSpotifyAndPodcastingTwoAppsAskFor) {
  PodcastEpisode first = episode(8);
  first.transcript_url = "https://example.org/nieuws/nieuws-8.vtt";
  first.chapters_url = "https://example.org/nieuws/nieuws-8.chapters.json";
  std::string feed = add_podcast_episode("", first, full_channel(), 10);
  feed = add_podcast_episode(feed, episode(9), full_channel(), 10);
  EXPECT_EQ(feed_problems(feed), std::vector<std::string>{}) << feed;
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string(feed.c_str()));
  const pugi::xml_node channel = document.child("rss").child("channel");
  EXPECT_STREQ(channel.child("atom:link").attribute("href").value(),
               "https://example.org/nieuws/feed.xml");
  EXPECT_STREQ(channel.child("itunes:owner").child_value("itunes:email"), "redactie@example.org");
  EXPECT_STREQ(channel.child("itunes:category").attribute("text").value(), "News");
  EXPECT_STREQ(channel.child("itunes:category").child("itunes:category").attribute("text").value(),
               "Daily News");
  EXPECT_STREQ(channel.child_value("itunes:explicit"), "false");
  const pugi::xml_node item = channel.child("item").next_sibling("item");  // hour 8
  EXPECT_STREQ(item.child_value("guid"), "nieuwslezer-8");
  EXPECT_EQ(*rfc822_seconds(item.child_value("pubDate")), 1795849200LL + 8 * 3600LL);
  EXPECT_STREQ(item.child("podcast:transcript").attribute("type").value(), "text/vtt");
  EXPECT_STREQ(item.child("podcast:transcript").attribute("url").value(),
               first.transcript_url.c_str());
  EXPECT_STREQ(item.child("podcast:chapters").attribute("type").value(),
               "application/json+chapters");
  EXPECT_FALSE(channel.child("item").child("podcast:chapters")) << "only when written";
}

TEST(PodcastFeed, TheValidatorInThisTestFindsWhatIsMissing) {
  // A feed of the old writer: no owner, image, category or self link.
  const std::string old = add_podcast_episode("", episode(8), channel(), 10);
  const std::vector<std::string> problems = feed_problems(old);
  EXPECT_NE(std::find(problems.begin(), problems.end(), "owner e-mail"), problems.end());
  EXPECT_NE(std::find(problems.begin(), problems.end(), "atom:link rel=self with href and type"),
            problems.end());
  PodcastEpisode spaced = episode(9);
  spaced.url = "https://example.org/nieuws 9.mp3";
  const std::vector<std::string> bad_url =
      feed_problems(add_podcast_episode("", spaced, full_channel(), 10));
  ASSERT_EQ(bad_url.size(), 1u);
  EXPECT_NE(bad_url[0].find("an encoded enclosure URL"), std::string::npos);
  EXPECT_EQ(character_problem("a&#27;b"), "reference &#27;");
  EXPECT_EQ(character_problem("a\x1b"
                              "b"),
            "character 27");
}

TEST(PodcastFeed, AnOlderFeedGetsTheChannelElementsOnceAndTheOptionsWin) {
  std::string feed = add_podcast_episode("", episode(7), channel(), 10);
  feed = add_podcast_episode(feed, episode(8), full_channel(), 10);
  PodcastChannel changed = full_channel();
  changed.owner_email = "nieuws@example.org";
  changed.subcategory = "";
  changed.explicit_content = true;
  feed = add_podcast_episode(feed, episode(9), changed, 10);
  EXPECT_EQ(feed_problems(feed), std::vector<std::string>{}) << feed;
  EXPECT_EQ(count(feed, "<itunes:owner>"), 1u);
  EXPECT_EQ(count(feed, "<itunes:category "), 1u) << feed;
  EXPECT_EQ(count(feed, "nieuws@example.org"), 1u);
  EXPECT_EQ(count(feed, "redactie@example.org"), 0u);
  EXPECT_NE(feed.find("<itunes:explicit>true</itunes:explicit>"), std::string::npos);
  EXPECT_EQ(count(feed, "<item>"), 3u);
  EXPECT_EQ(count(feed, "<title>Nieuws</title>"), 1u) << "the feed keeps its own title";
  EXPECT_LT(feed.find("<itunes:owner>"), feed.find("<item>")) << "channel elements come first";
}

TEST(PodcastFeed, NoCharacterXmlForbidsIsWrittenNotEvenFromAnEarlierItem) {
  EXPECT_EQ(xml_text("a\x1b[1mb\fc"), "a[1mb c");
  EXPECT_EQ(xml_text("bel\a, \xEF\xBF\xBE, \xEF\xBF\xBF, \xC2\x85!"), "bel, , , !");
  EXPECT_EQ(xml_text("tab\tnl\ncr\r é €"), "tab\tnl\ncr\r é €");
  EXPECT_EQ(xml_text("kapot \xFF"), "kapot \xEF\xBF\xBD");
  // An earlier item written by another tool with a character reference XML 1.0 forbids.
  const std::string earlier =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>l</link>"
      "<description>d</description><item><title>oud&#27;[31m&#x7;</title><guid>x</guid></item>"
      "</channel></rss>";
  PodcastEpisode dirty = episode(8);
  dirty.title =
      "Nieuws\x1b[1m\a\f van \xEF\xBF\xBE"
      "8 uur";
  dirty.description = "Kop\x0c staart\x01";
  const std::string feed = add_podcast_episode(earlier, dirty, full_channel(), 10);
  EXPECT_EQ(character_problem(feed), "") << feed;
  EXPECT_NE(feed.find("<title>Nieuws[1m  van 8 uur</title>"), std::string::npos) << feed;
  EXPECT_NE(feed.find("<title>oud[31m</title>"), std::string::npos) << feed;
  EXPECT_NE(feed.find("<description>Kop  staart</description>"), std::string::npos) << feed;
}

TEST(PodcastFeed, FileNamesArePercentEncodedForUrls) {
  EXPECT_EQ(percent_encode("nieuws 08 \xC3\xA9.mp3"), "nieuws%2008%20%C3%A9.mp3");
  EXPECT_EQ(percent_encode("a-b_c.d~e"), "a-b_c.d~e");
  EXPECT_EQ(percent_encode("50%&x#?.mp3"), "50%25%26x%23%3F.mp3");
}

TEST(PodcastFeed, AnEmptyOrBrokenExistingFeedIsRefused) {
  EXPECT_NO_THROW(check_podcast_feed(add_podcast_episode("", episode(8), channel(), 10)));
  for (const std::string bad : {"", " \n", "<rss/>", "<rss><channel>"}) {
    EXPECT_THROW(check_podcast_feed(bad), InputError) << "'" << bad << "'";
  }
  try {
    check_podcast_feed("");
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "is empty, not an RSS 2.0 feed (its episodes would be lost)");
  }
}

}  // namespace
}  // namespace nieuwslezer
