#include "output/podcast_feed.h"

#include <gtest/gtest.h>

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
  const std::string feed = add_podcast_episode("", episode(8), PodcastChannel{}, 10);
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
    feed = add_podcast_episode(feed, episode(hour), PodcastChannel{}, 3);
  EXPECT_EQ(count(feed, "<item>"), 3u) << feed;
  EXPECT_EQ(feed.find("nieuwslezer-6<"), std::string::npos) << "the oldest is dropped";
  EXPECT_LT(feed.find("nieuwslezer-9<"), feed.find("nieuwslezer-8<"));
  EXPECT_LT(feed.find("nieuwslezer-8<"), feed.find("nieuwslezer-7<"));
  EXPECT_NE(feed.find("length=\"1007\""), std::string::npos) << "earlier items intact";
  EXPECT_EQ(count(feed, "<lastBuildDate>"), 1u);
}

TEST(PodcastFeed, SameGuidReplacesTheEpisode) {
  std::string feed = add_podcast_episode("", episode(8), PodcastChannel{}, 10);
  PodcastEpisode again = episode(8);
  again.bytes = 5555;
  feed = add_podcast_episode(feed, again, PodcastChannel{}, 10);
  EXPECT_EQ(count(feed, "<item>"), 1u);
  EXPECT_NE(feed.find("length=\"5555\""), std::string::npos);
}

TEST(PodcastFeed, ABrokenFeedIsNeverOverwritten) {
  EXPECT_THROW(add_podcast_episode("<rss><channel><item>", episode(8), PodcastChannel{}, 10),
               InputError);
  EXPECT_THROW(add_podcast_episode("<feed/>", episode(8), PodcastChannel{}, 10), InputError);
}

}  // namespace
}  // namespace nieuwslezer
