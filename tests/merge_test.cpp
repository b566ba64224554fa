#include "page/merge.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "test_support.h"

namespace nieuwslezer {
namespace {

using test::has_warning;

using namespace std::chrono;

sys_seconds at_hour(int hour) { return sys_days(year(2026) / 11 / 28) + hours(hour); }

Story story(std::string text, std::string headline = "", std::string place = "") {
  Story result;
  result.headline = std::move(headline);
  result.place = std::move(place);
  result.paragraphs.push_back(std::move(text));
  return result;
}

Story dated(Story s, int hour) {
  s.published = at_hour(hour);
  return s;
}

Page page_of(std::vector<Story> ticker, std::string section = "") {
  Page page;
  page.section = std::move(section);
  for (Story& item : ticker) {
    item.page_position = page.ticker.size() + 1;
    page.ticker.push_back(std::move(item));
  }
  return page;
}

Page with_lead(Page page, Story lead) {
  page.has_lead = true;
  page.lead = std::move(lead);
  return page;
}

std::vector<std::string> first_paragraphs(const Page& page) {
  std::vector<std::string> texts;
  for (const Story& item : page.ticker) texts.push_back(item.paragraphs.front());
  return texts;
}

const std::string kMinimumloon =
    "De Tweede Kamer heeft dinsdag ingestemd met het wetsvoorstel over de verhoging van het "
    "minimumloon. Het loon gaat volgend jaar met drie procent omhoog.";
const std::string kBtw =
    "De Tweede Kamer heeft dinsdag een motie verworpen over de afschaffing van de btw op "
    "groente en fruit. De indiener wil het voorstel na de zomer opnieuw indienen.";
const std::string kCafes =
    "Horecaondernemers in Amsterdam luiden de noodklok over hun energierekening. De "
    "brancheorganisatie vraagt het kabinet om steun voor caf\xC3\xA9s en restaurants.";

TEST(Merge, LeadTickerSectionsAndWarnings) {
  Page first = with_lead(page_of({story("Een."), story("Twee.")}, "Binnenland"),
                         story("Het kabinet is gevallen.", "Kabinet valt", "DEN HAAG"));
  first.warnings = {"a warning of the first page"};
  Page second = page_of({story("Drie.")}, "Buitenland");
  second.warnings = {"a warning of the second page"};
  Page third = with_lead(page_of({story("Vijf.")}, "Binnenland"), story("Vier.", "Tweede lead"));

  const Page merged = merge_pages({first, second, third});
  ASSERT_TRUE(merged.has_lead);
  EXPECT_EQ(merged.lead.headline, "Kabinet valt");
  EXPECT_EQ(merged.lead.page_position, 0u);
  EXPECT_EQ(first_paragraphs(merged),
            (std::vector<std::string>{"Een.", "Twee.", "Drie.", "Vier.", "Vijf."}));
  for (std::size_t k = 0; k < merged.ticker.size(); ++k) {
    EXPECT_EQ(merged.ticker[k].page_position, k + 1);
  }
  EXPECT_EQ(merged.section, "Binnenland, Buitenland");
  ASSERT_EQ(merged.warnings.size(), 3u);
  EXPECT_EQ(merged.warnings[0], "a warning of the first page");
  EXPECT_EQ(merged.warnings[1], "a warning of the second page");
  EXPECT_EQ(merged.warnings[2],
            "input 3: its lead 'Tweede lead' is read as a ticker item; the lead comes from "
            "input 1");
}

TEST(Merge, LeadFromALaterPageWhenTheFirstHasNone) {
  const Page feed = page_of({dated(story("Een."), 8)}, "Economie");
  const Page json = with_lead(page_of({story("Drie.")}), story("Twee.", "Lead"));
  const Page merged = merge_pages({feed, json});
  ASSERT_TRUE(merged.has_lead);
  EXPECT_EQ(merged.lead.headline, "Lead");
  EXPECT_EQ(first_paragraphs(merged), (std::vector<std::string>{"Een.", "Drie."}));
  EXPECT_EQ(merged.ticker[0].published, at_hour(8));
  EXPECT_TRUE(merged.warnings.empty());
  EXPECT_EQ(merged.section, "Economie");
}

TEST(Merge, NoPages) {
  const Page merged = merge_pages({});
  EXPECT_FALSE(merged.has_lead);
  EXPECT_TRUE(merged.ticker.empty());
  EXPECT_TRUE(merged.warnings.empty());
}

TEST(MergeDuplicates, SameStoryWrittenDifferentlyIsReadOnce) {
  // Case, punctuation, accents and spacing differ; the words are the same.
  const std::string shouted =
      "HORECAONDERNEMERS in Amsterdam luiden de noodklok   over hun energierekening! De "
      "brancheorganisatie vraagt het kabinet om steun voor cafes en restaurants";
  const Page merged = merge_pages({page_of({story(kCafes, "", "AMSTERDAM")}),
                                   page_of({story(shouted, "Caf\xC3\xA9s in nood")})});
  ASSERT_EQ(merged.ticker.size(), 1u);
  EXPECT_EQ(merged.ticker[0].place, "AMSTERDAM");
  EXPECT_TRUE(has_warning(merged, {"left out a duplicate: ticker item 'Caf\xC3\xA9s in nood' "
                                   "repeats ticker item 'AMSTERDAM - Horecaondernemers"}));
}

TEST(MergeDuplicates, LeadWinsOverItsTickerCopy) {
  // The scraped page's ticker repeats the lead's first paragraph.
  Story lead = story(kCafes, "Horeca luidt noodklok", "AMSTERDAM");
  lead.paragraphs.push_back(
      "Volgens de organisatie dreigen honderden zaken de winter niet te overleven. Het kabinet "
      "laat weten de vraag te bestuderen en komt voor de kerst met een antwoord.");
  lead.paragraphs.push_back("Ook in Rotterdam en Utrecht klagen ondernemers over de kosten.");
  const Page page =
      with_lead(page_of({story(kMinimumloon), dated(story(kCafes, "", "AMSTERDAM"), 9)}), lead);
  const Page merged = merge_pages({page});
  ASSERT_TRUE(merged.has_lead);
  EXPECT_EQ(merged.lead.headline, "Horeca luidt noodklok");
  EXPECT_EQ(first_paragraphs(merged), std::vector<std::string>{kMinimumloon});
  EXPECT_EQ(merged.ticker[0].page_position, 1u);
  EXPECT_TRUE(has_warning(merged, {"ticker item 'AMSTERDAM - Horecaondernemers",
                                   "repeats the lead 'Horeca luidt noodklok'"}));
}

TEST(MergeDuplicates, EditedCopyIsADuplicate) {
  const std::string edited = kMinimumloon + " Dat meldt de NOS.";
  const Page merged = merge_pages({page_of({story(kMinimumloon)}), page_of({story(edited)})});
  EXPECT_EQ(merged.ticker.size(), 1u);
}

TEST(MergeDuplicates, FeedItemWithTitleMatchesPageItemWithout) {
  const Page scraped = page_of({story(kCafes, "", "AMSTERDAM")});
  const Page feed = page_of({dated(story(kCafes, "Horeca in de hoofdstad slaat alarm"), 8)});
  const Page merged = merge_pages({scraped, feed});
  ASSERT_EQ(merged.ticker.size(), 1u);
  // The copy with a known time stays.
  EXPECT_EQ(merged.ticker[0].headline, "Horeca in de hoofdstad slaat alarm");
  EXPECT_EQ(merged.ticker[0].page_position, 1u);
}

TEST(MergeDuplicates, DifferentStoriesOnOneTopicStay) {
  const Page merged = merge_pages(
      {page_of({story(kMinimumloon), story(kBtw), story("Ajax wint van PSV."),
                story("PSV wint van Ajax."), story("De Tweede Kamer heeft dinsdag ingestemd.")})});
  EXPECT_EQ(merged.ticker.size(), 5u);
  EXPECT_TRUE(merged.warnings.empty()) << merged.warnings.front();
}

TEST(MergeDuplicates, ShortIdenticalItemsAreDuplicates) {
  const Page merged =
      merge_pages({page_of({story("Ajax wint van PSV."), story("ajax wint van psv")})});
  EXPECT_EQ(merged.ticker.size(), 1u);
}

TEST(MergeDuplicates, NewestKnownTimeStaysInItsPlace) {
  const Page merged = merge_pages({page_of({story(kCafes), story(kBtw), dated(story(kCafes), 8),
                                            dated(story(kCafes), 9), story(kMinimumloon)})});
  ASSERT_EQ(merged.ticker.size(), 3u);
  EXPECT_EQ(first_paragraphs(merged), (std::vector<std::string>{kBtw, kCafes, kMinimumloon}));
  EXPECT_EQ(merged.ticker[1].published, at_hour(9));
  EXPECT_EQ(merged.ticker[2].page_position, 3u);
  EXPECT_EQ(merged.warnings.size(), 2u);
}

TEST(MergeDuplicates, RemoveDuplicatesOnItsOwn) {
  Page page = page_of({story(kBtw), story(kBtw)});
  remove_duplicates(page);
  EXPECT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.warnings.size(), 1u);
  Page empty;
  remove_duplicates(empty);
  EXPECT_TRUE(empty.ticker.empty());
}

TEST(MergeDuplicates, ThousandsOfItemsAreFast) {
  // 6000 distinct items from a 3000-word vocabulary, each with common phrases, and 2000
  // copies of some of them.
  std::mt19937 random(42);
  std::vector<std::string> vocabulary;
  for (int k = 0; k < 3000; ++k) vocabulary.push_back("woord" + std::to_string(k));
  std::uniform_int_distribution<std::size_t> pick(0, vocabulary.size() - 1);
  std::vector<Story> items;
  for (int k = 0; k < 6000; ++k) {
    std::string text = "Dat meldt het ANP.";
    for (int w = 0; w < 40; ++w)
      text += " " + vocabulary[pick(random)] + (w % 8 == 0 ? " van de" : "");
    items.push_back(story(text));
  }
  for (int k = 0; k < 2000; ++k) items.push_back(items[static_cast<std::size_t>(k) * 3]);
  Page page = page_of(items);
  const auto start = steady_clock::now();
  remove_duplicates(page);
  const double seconds = duration<double>(steady_clock::now() - start).count();
  EXPECT_EQ(page.ticker.size(), 6000u);
  EXPECT_LT(seconds, 10.0);
  std::printf("remove_duplicates on 8000 items: %.3f s\n", seconds);
}

TEST(MergeDuplicates, AHundredThousandItemsWithStockPhrasesStayLinear) {
  // Every item shares stock phrases with every other, the case that made the index
  // quadratic; 1000 of them come twice.
  std::mt19937 random(7);
  std::uniform_int_distribution<int> pick(0, 4999);
  std::vector<Story> items;
  for (int k = 0; k < 100000; ++k) {
    std::string text = "De politie in de regio meldt dat het onderzoek nog loopt.";
    for (int w = 0; w < 12; ++w) text += " w" + std::to_string(pick(random));
    items.push_back(story(text + " Zaak " + std::to_string(k) + "."));
  }
  for (int k = 0; k < 1000; ++k) items.push_back(items[static_cast<std::size_t>(k) * 50]);
  Page page = page_of(items);
  const auto start = steady_clock::now();
  remove_duplicates(page);
  const double seconds = duration<double>(steady_clock::now() - start).count();
  EXPECT_EQ(page.ticker.size(), 100000u);
  EXPECT_LT(seconds, 20.0);
  std::printf("remove_duplicates on 101000 items: %.3f s\n", seconds);
}

TEST(MergeDuplicates, StockPhrasesStillCountOnceTheyAreTooCommonToLookUp) {
  // 100 distinct items share a stock sentence: its bigrams are then too common to find
  // candidates with. A copy that differs in half of its own words shares few rare bigrams
  // with its original, but with the stock ones it is clearly the same story.
  const std::string stock = "Dat meldt het ANP na onderzoek door de politie in de regio";
  std::vector<Story> items;
  for (int k = 0; k < 100; ++k) {
    std::string text = stock;
    for (int w = 0; w < 7; ++w) text += " item" + std::to_string(k) + "woord" + std::to_string(w);
    items.push_back(story(text));
  }
  items.push_back(story(stock + " alpha bravo charlie delta echo foxtrot golf"));
  items.push_back(story(stock + " alpha bravo charlie delta xray yankee zulu"));
  Page page = page_of(items);
  remove_duplicates(page);
  ASSERT_EQ(page.ticker.size(), 101u);
  EXPECT_NE(page.ticker.back().paragraphs.front().find("golf"), std::string::npos);
  EXPECT_TRUE(has_warning(page, {"left out a duplicate"}));
}
}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

const std::string kShared = "Lees het hele verhaal op onze site.";

TEST(SharedSentences, ASentenceEveryItemSharesIsNeitherReadNorADuplicate) {
  std::vector<Story> items;
  for (const std::string& text :
       {std::string("De brug bij Zwolle gaat dicht."), std::string("Treinen rijden weer."),
        std::string("Het kabinet valt niet."), std::string("Ajax wint van PSV.")}) {
    items.push_back(story(text + " " + kShared));
  }
  items.push_back(story(kShared));  // an item of nothing else goes
  const Page merged = merge_pages({page_of(items)});
  ASSERT_EQ(merged.ticker.size(), 4u) << "not duplicates of each other";
  for (const Story& item : merged.ticker) {
    ASSERT_EQ(item.paragraphs.size(), 1u);
    EXPECT_EQ(item.paragraphs.front().find("Lees het"), std::string::npos);
  }
  EXPECT_EQ(merged.ticker[1].paragraphs.front(), "Treinen rijden weer.");
  EXPECT_EQ(merged.ticker[3].page_position, 4u);
  ASSERT_EQ(merged.warnings.size(), 1u);
  EXPECT_NE(merged.warnings.front().find("5 of 5 stories share"), std::string::npos);
}

TEST(SharedSentences, ASentenceAFewStoriesShareStays) {
  const std::string said = "Dat meldt de politie.";
  const Page merged = merge_pages(
      {page_of({story("Een inbraak in Zwolle. " + said), story("Een brand in Deventer. " + said),
                story("De trein rijdt weer."), story("Ajax wint."), story("Het regent."),
                story("Het kabinet valt.")})});
  ASSERT_EQ(merged.ticker.size(), 6u);
  EXPECT_EQ(merged.ticker[0].paragraphs.front(), "Een inbraak in Zwolle. " + said);
  EXPECT_TRUE(merged.warnings.empty());
}

TEST(SharedSentences, ManyDuplicatesAreSummarizedInOneLine) {
  std::vector<Story> items(5000, story(kBtw));
  const Page merged = merge_pages({page_of(items)});
  ASSERT_EQ(merged.ticker.size(), 1u);
  ASSERT_LE(merged.warnings.size(), 11u);
  EXPECT_NE(merged.warnings.back().find("left out 4989 more duplicate(s)"), std::string::npos)
      << merged.warnings.back();
}

}  // namespace
}  // namespace nieuwslezer
