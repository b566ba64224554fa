#include "order/ordering.h"

#include <gtest/gtest.h>

#include "page/merge.h"

namespace nieuwslezer {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

Instant at(int y, unsigned m, unsigned d, int h, int min = 0) {
  return Instant(std::chrono::sys_days(std::chrono::year(y) / std::chrono::month(m) /
                                       std::chrono::day(d))) +
         hours(h) + minutes(min);
}

// 2026-11-28 08:00 in Amsterdam.
const Instant kNow = at(2026, 11, 28, 7);

Page page_with_labels(std::initializer_list<const char*> labels) {
  Page page;
  page.has_lead = true;
  page.lead.headline = "Kop";
  page.lead.paragraphs = {"Tekst."};
  std::size_t position = 1;
  for (const char* label : labels) {
    Story item;
    item.paragraphs = {"Item " + std::to_string(position) + "."};
    item.time_label = label;
    item.age = parse_time_label(label);
    item.page_position = position++;
    page.ticker.push_back(item);
  }
  return page;
}

std::vector<std::size_t> positions(const RunningOrder& order) {
  std::vector<std::size_t> out;
  for (const auto& item : order.ticker) out.push_back(item.story.page_position);
  return out;
}

TEST(Ordering, PublicationTimeOfEachLabelForm) {
  const TimeZone zone = TimeZone::named("Europe/Amsterdam");
  EXPECT_EQ(publication_time(parse_time_label("zojuist"), kNow, zone), kNow);
  EXPECT_EQ(publication_time(parse_time_label("net"), kNow, zone), kNow);
  EXPECT_EQ(publication_time(parse_time_label("1 minuut geleden"), kNow, zone), kNow - minutes(1));
  EXPECT_EQ(publication_time(parse_time_label("12 minuten geleden"), kNow, zone),
            kNow - minutes(12));
  EXPECT_EQ(publication_time(parse_time_label("1 uur geleden"), kNow, zone), kNow - hours(1));
  EXPECT_EQ(publication_time(parse_time_label("10 uur geleden"), kNow, zone), kNow - hours(10));
  EXPECT_EQ(publication_time(parse_time_label("gisteren"), kNow, zone), kNow - hours(24));
  EXPECT_EQ(publication_time(parse_time_label("1 dag geleden"), kNow, zone), kNow - hours(24));
  EXPECT_EQ(publication_time(parse_time_label("3 dagen geleden"), kNow, zone), kNow - hours(72));
  EXPECT_EQ(publication_time(parse_time_label("07:15"), kNow, zone), at(2026, 11, 28, 6, 15));
  EXPECT_EQ(publication_time(parse_time_label("27-11-2026 21:40"), kNow, zone),
            at(2026, 11, 27, 20, 40));
  EXPECT_EQ(publication_time(parse_time_label("vorige week"), kNow, zone), std::nullopt);
  EXPECT_EQ(publication_time(parse_time_label(""), kNow, zone), std::nullopt);
}

TEST(Ordering, ClockTimeLaterThanNowMeansYesterday) {
  const TimeZone zone = TimeZone::named("Europe/Amsterdam");
  EXPECT_EQ(publication_time(parse_time_label("23:50"), kNow, zone), at(2026, 11, 27, 22, 50));
  // A few minutes ahead is clock skew, not yesterday.
  EXPECT_EQ(publication_time(parse_time_label("08:03"), kNow, zone), at(2026, 11, 28, 7, 3));
}

TEST(Ordering, NewestFirstEqualTimesKeepPageOrderUnknownLast) {
  const Page page = page_with_labels(
      {"2 uur geleden", "vorige week", "12 minuten geleden", "07:15", "2 uur geleden", "zojuist"});
  const RunningOrder order =
      order_stories(page, kNow, TimeZone::named("Europe/Amsterdam"), OrderingRules{});
  ASSERT_TRUE(order.lead.has_value());
  EXPECT_EQ(order.lead->headline, "Kop");
  EXPECT_EQ(positions(order), (std::vector<std::size_t>{6, 3, 4, 1, 5, 2}));
  EXPECT_FALSE(order.ticker.back().published.has_value());
}

TEST(Ordering, MaxAgeDropsOldAndUndatedItemsWithAWarning) {
  const Page page = page_with_labels(
      {"5 uur geleden", "vorige week", "1 uur geleden", "6 uur geleden", "7 uur geleden"});
  OrderingRules rules;
  rules.max_age = hours(6);
  const RunningOrder order = order_stories(page, kNow, TimeZone::named("UTC"), rules);
  EXPECT_EQ(positions(order), (std::vector<std::size_t>{3, 1, 4}));
  EXPECT_EQ(order.warnings.size(), 2u);
  EXPECT_TRUE(order.lead.has_value()) << "the lead is never dropped";
}

TEST(Ordering, MaxItemsKeepsTheNewest) {
  const Page page = page_with_labels({"3 uur geleden", "1 uur geleden", "2 uur geleden"});
  OrderingRules rules;
  rules.max_items = 2;
  const RunningOrder order = order_stories(page, kNow, TimeZone::named("UTC"), rules);
  EXPECT_EQ(positions(order), (std::vector<std::size_t>{2, 3}));
  EXPECT_EQ(order.warnings.size(), 1u);
  rules.max_items = 0;
  EXPECT_TRUE(order_stories(page, kNow, TimeZone::named("UTC"), rules).ticker.empty());
}

TEST(Ordering, NoItemDroppedByDefault) {
  const Page page = page_with_labels({"30 dagen geleden", "1-1-2020 10:00", ""});
  const RunningOrder order = order_stories(page, kNow, TimeZone::named("UTC"), OrderingRules{});
  EXPECT_EQ(order.ticker.size(), 3u);
  EXPECT_TRUE(order.warnings.empty());
}

TEST(Ordering, PageWithoutLead) {
  Page page = page_with_labels({"1 uur geleden"});
  page.has_lead = false;
  const RunningOrder order = order_stories(page, kNow, TimeZone::named("UTC"), OrderingRules{});
  EXPECT_FALSE(order.lead.has_value());
  EXPECT_EQ(order.ticker.size(), 1u);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(Ordering, AbsolutePublishedTimeWinsOverTheLabel) {
  Page page = page_with_labels({"1 uur geleden", "zojuist"});
  page.ticker[0].published = kNow - std::chrono::minutes(1);
  page.ticker[1].published = kNow - std::chrono::hours(3);
  const RunningOrder order = order_stories(page, kNow, TimeZone::named("UTC"), OrderingRules{});
  EXPECT_EQ(positions(order), (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(order.ticker[0].published, kNow - std::chrono::minutes(1));
}

// A page saved at 07:00 and aired at 08:00: its labels say how old the items were at 07:00.
TEST(Ordering, LabelsAreReadAgainstTheScrapeTimeNotTheAirTime) {
  Page page = page_with_labels({"12 minuten geleden", "zojuist"});
  for (Story& item : page.ticker) item.scraped_at = kNow - hours(1);
  const RunningOrder order =
      order_stories(page, kNow, TimeZone::named("Europe/Amsterdam"), OrderingRules{});
  ASSERT_EQ(order.ticker.size(), 2u);
  EXPECT_EQ(order.ticker[0].published, at(2026, 11, 28, 6));      // zojuist: 07:00 Amsterdam
  EXPECT_EQ(order.ticker[1].published, at(2026, 11, 28, 5, 48));  // 06:48 Amsterdam
}

// "07:30" on a page saved at 23:30 the evening before is that evening's day, not the air day.
TEST(Ordering, ClockTimeIsOnTheDayOfTheScrape) {
  const TimeZone zone = TimeZone::named("Europe/Amsterdam");
  const Instant scraped = at(2026, 11, 27, 22, 30);  // 23:30 Amsterdam
  EXPECT_EQ(publication_time(parse_time_label("07:30"), scraped, zone), at(2026, 11, 27, 6, 30));
  Page page = page_with_labels({"07:30"});
  page.ticker[0].scraped_at = scraped;
  EXPECT_EQ(order_stories(page, kNow, zone, OrderingRules{}).ticker[0].published,
            at(2026, 11, 27, 6, 30));
  page.ticker[0].scraped_at.reset();  // against the air time, 08:00: today's 07:30
  EXPECT_EQ(order_stories(page, kNow, zone, OrderingRules{}).ticker[0].published,
            at(2026, 11, 28, 6, 30));
}

// --max-age is measured from the air time: "zojuist" on a page three hours old is three hours
// old.
TEST(Ordering, MaxAgeIsMeasuredFromTheAirTimeNotTheScrape) {
  Page page = page_with_labels({"zojuist", "10 minuten geleden"});
  page.ticker[0].scraped_at = kNow - hours(3);
  OrderingRules rules;
  rules.max_age = hours(2);
  const RunningOrder order = order_stories(page, kNow, TimeZone::named("UTC"), rules);
  EXPECT_EQ(positions(order), (std::vector<std::size_t>{2}));
  ASSERT_EQ(order.warnings.size(), 1u);
  EXPECT_NE(order.warnings[0].find("'zojuist'"), std::string::npos) << order.warnings[0];
}

// Two pages saved at different times, merged: each item is dated against its own page's time.
TEST(Ordering, MergedPagesKeepEachTheirOwnScrapeTime) {
  Page early = page_with_labels({"zojuist"});            // saved 07:00 (UTC zone here)
  Page late = page_with_labels({"30 minuten geleden"});  // saved 07:50: 07:20
  late.has_lead = false;
  early.ticker[0].paragraphs = {"De treinen rijden weer tussen Utrecht en Amersfoort."};
  late.ticker[0].paragraphs = {"Het KNMI waarschuwt voor gladheid in het noorden."};
  for (Story& item : early.ticker) item.scraped_at = kNow - hours(1);
  for (Story& item : late.ticker) item.scraped_at = kNow - minutes(10);
  std::vector<Page> pages;
  pages.push_back(early);
  pages.push_back(late);
  const RunningOrder order =
      order_stories(merge_pages(std::move(pages)), kNow, TimeZone::named("UTC"), OrderingRules{});
  ASSERT_EQ(order.ticker.size(), 2u);
  EXPECT_EQ(order.ticker[0].story.time_label, "30 minuten geleden");
  EXPECT_EQ(order.ticker[0].published, kNow - minutes(40));
  EXPECT_EQ(order.ticker[1].story.time_label, "zojuist");
  EXPECT_EQ(order.ticker[1].published, kNow - hours(1));
}

}  // namespace
}  // namespace nieuwslezer
