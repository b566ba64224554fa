#include "script/script_writer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "page/page_parser.h"
#include "script/shorten.h"
#include "test_support.h"
#include "text/sentence_splitter.h"
#include "text/text_data.h"

namespace nieuwslezer {
namespace {

const Phrases& phrases() {
  static const Phrases shipped = load_phrases(NIEUWSLEZER_SOURCE_DIR "/data/phrases.nl.txt");
  return shipped;
}

const EditorialData& editorial() {
  static const EditorialData data = load_editorial_data(NIEUWSLEZER_SOURCE_DIR "/data");
  return data;
}

const TextData& text_data() {
  static const TextData shipped = load_text_data(NIEUWSLEZER_SOURCE_DIR "/data");
  return shipped;
}

Story story(const std::string& place, const std::string& agency,
            std::vector<std::string> paragraphs, const std::string& headline = "") {
  Story s;
  s.headline = headline;
  s.place = place;
  s.agency = agency;
  s.paragraphs = std::move(paragraphs);
  return s;
}

RunningOrder bulletin() {
  RunningOrder order;
  order.lead = story("DEN HAAG", "ANP/RTR", {"Het kabinet trekt geld uit.", "Gemeenten zijn blij."},
                     "Kabinet trekt geld uit voor bruggen");
  order.section = "Binnenland";
  order.ticker.push_back({story("UTRECHT", "ANP", {"De treinen rijden weer."}), std::nullopt});
  order.ticker.push_back({story("", "", {"Utrecht krijgt een nieuw station."}), std::nullopt});
  order.ticker.push_back({story("UTRECHT", "ANP", {"Heel Utrecht viert feest."}), std::nullopt});
  return order;
}

const CivilTime kEight{2026, 11, 28, 8, 0, 0, 6};

std::vector<std::string> texts(const Script& script) {
  std::vector<std::string> out;
  for (const auto& segment : script.segments) out.push_back(segment.spoken().plain());
  return out;
}

TEST(ScriptWriter, RadioBulletinInOrder) {
  const Script script = write_script(bulletin(), kEight, phrases(), text_data(), editorial());
  EXPECT_EQ(texts(script), (std::vector<std::string>{
                               "Goedemorgen. Het is acht uur. Hier is het nieuws.",
                               "Kabinet trekt geld uit voor bruggen.",
                               "Het kabinet trekt geld uit.",
                               "Gemeenten zijn blij.",
                               "Verder in het nieuws.",
                               "Dan naar Utrecht. De treinen rijden weer.",
                               "Utrecht krijgt een nieuw station.",
                               "Heel Utrecht viert feest.",
                               "Dat was het nieuws.",
                           }));
}

TEST(ScriptWriter, EachStoryIsTitledWithItsHeadlineOrFirstSentenceOfNews) {
  const Script script = write_script(bulletin(), kEight, phrases(), text_data(), editorial());
  std::vector<std::string> titles;
  for (const auto& segment : script.segments) titles.push_back(segment.title);
  EXPECT_EQ(titles, (std::vector<std::string>{
                        "",  // the frame has none
                        "Kabinet trekt geld uit voor bruggen",
                        "Kabinet trekt geld uit voor bruggen",
                        "Kabinet trekt geld uit voor bruggen",
                        "",
                        "De treinen rijden weer.",  // not the lead-in "Dan naar Utrecht."
                        "Utrecht krijgt een nieuw station.",
                        "Heel Utrecht viert feest.",
                        "",
                    }));
  // The headline titles the story even when its first sentence says the same and is read.
  RunningOrder order = bulletin();
  order.lead->headline = "Het kabinet trekt geld uit";
  const Script same = write_script(order, kEight, phrases(), text_data(), editorial());
  EXPECT_EQ(same.segments[1].title, "Het kabinet trekt geld uit");
  EXPECT_EQ(same.segments[1].written.front(), "Het kabinet trekt geld uit.");
}

TEST(ScriptWriter, ParagraphsAreSplitIntoSentences) {
  RunningOrder order = bulletin();
  order.ticker[0].story.paragraphs = {
      "Het regent o.a. in Zeist. Morgen wordt het 1,5 graad. Of niet?"};
  const Script script = write_script(order, kEight, phrases(), text_data(), editorial());
  const Segment& item = script.segments[5];
  ASSERT_EQ(item.sentences.size(), 4u);
  EXPECT_EQ(item.sentences[0].plain(), "Dan naar Utrecht.");
  EXPECT_EQ(item.sentences[1].plain(), "Het regent onder andere in Zeist.");
  EXPECT_EQ(item.sentences[3].plain(), "Of niet?");
  EXPECT_EQ(script.segments[0].sentences.size(), 3u) << "the opening has three sentences";
}

TEST(ScriptWriter, AParagraphWithoutAFullStopIsSaidAsASentence) {
  RunningOrder order = bulletin();
  order.ticker[0].story.paragraphs = {"Beurs opent hoger"};  // a title-only feed item
  order.ticker[1].story.paragraphs = {"Het wachten is op de uitslag\xE2\x80\xA6"};
  order.ticker[2].story.paragraphs = {"Wie wint er?"};
  const auto t = texts(write_script(order, kEight, phrases(), text_data(), editorial()));
  EXPECT_NE(std::find(t.begin(), t.end(), "Dan naar Utrecht. Beurs opent hoger."), t.end());
  // An ellipsis ends a sentence already: no full stop after it.
  const auto waiting = std::find_if(t.begin(), t.end(), [](const std::string& x) {
    return x.find("uitslag") != std::string::npos;
  });
  ASSERT_NE(waiting, t.end());
  EXPECT_TRUE(waiting->ends_with("uitslag.") || waiting->ends_with("uitslag\xE2\x80\xA6"))
      << *waiting;
  EXPECT_EQ(std::count_if(t.begin(), t.end(),
                          [](const std::string& x) { return x.ends_with("Wie wint er?"); }),
            1);
}

TEST(ScriptWriter, KindsStoriesAndPauses) {
  const Script script = write_script(bulletin(), kEight, phrases(), text_data(), editorial());
  ASSERT_EQ(script.segments.size(), 9u);
  const auto& s = script.segments;
  EXPECT_EQ(s[0].kind, SegmentKind::kOpening);
  EXPECT_EQ(s[0].pause_after, Pause::kSection);
  EXPECT_EQ(s[1].kind, SegmentKind::kHeadline);
  EXPECT_EQ(s[1].story, 0);
  EXPECT_EQ(s[1].pause_after, Pause::kParagraph);
  EXPECT_EQ(s[2].kind, SegmentKind::kParagraph);
  EXPECT_EQ(s[2].pause_after, Pause::kParagraph);
  EXPECT_EQ(s[3].pause_after, Pause::kStory) << "end of the lead";
  EXPECT_EQ(s[4].kind, SegmentKind::kTransition);
  EXPECT_EQ(s[5].kind, SegmentKind::kTickerItem);
  EXPECT_EQ(s[5].story, 1);
  EXPECT_EQ(s[5].pause_after, Pause::kStory);
  EXPECT_EQ(s[6].story, 2);
  EXPECT_EQ(s[7].story, 3);
  EXPECT_EQ(s[7].pause_after, Pause::kSection) << "last story before the closing";
  EXPECT_EQ(s[8].kind, SegmentKind::kClosing);
  EXPECT_EQ(s[8].pause_after, Pause::kNone);
}

TEST(ScriptWriter, CreditsAreNeverSpoken) {
  RunningOrder order = bulletin();
  order.ticker[0].story.paragraphs = {"Het ANP meldt (ANP/AFP) dat de treinen rijden."};
  const std::string text =
      script_text(write_script(order, kEight, phrases(), text_data(), editorial()));
  EXPECT_EQ(text.find("ANP/"), std::string::npos) << text;
  EXPECT_EQ(text.find("RTR"), std::string::npos) << text;
  EXPECT_EQ(text.find("(ANP"), std::string::npos) << text;
}

TEST(ScriptWriter, NoTransitionWithoutLeadOrWithoutTicker) {
  RunningOrder no_lead = bulletin();
  no_lead.lead.reset();
  const auto a = texts(write_script(no_lead, kEight, phrases(), text_data(), editorial()));
  EXPECT_EQ(std::count(a.begin(), a.end(), "Verder in het nieuws."), 0);
  EXPECT_EQ(a[1], "Dan naar Utrecht. De treinen rijden weer.");
  RunningOrder no_ticker = bulletin();
  no_ticker.ticker.clear();
  const auto b = texts(write_script(no_ticker, kEight, phrases(), text_data(), editorial()));
  EXPECT_EQ(std::count(b.begin(), b.end(), "Verder in het nieuws."), 0);
  EXPECT_EQ(b.back(), "Dat was het nieuws.");
}

TEST(ScriptWriter, GreetingAndHourFollowTheAirTime) {
  const CivilTime evening{2026, 11, 28, 20, 30, 0, 6};
  EXPECT_EQ(texts(write_script(bulletin(), evening, phrases(), text_data(), editorial())).front(),
            "Goedenavond. Het is half negen. Hier is het nieuws.");
}

TEST(ScriptWriter, EmptyParagraphsAndStoriesAreSkipped) {
  RunningOrder order = bulletin();
  order.ticker[1].story.paragraphs = {"", "   "};
  order.lead->headline = "";
  const auto t = texts(write_script(order, kEight, phrases(), text_data(), editorial()));
  for (const auto& line : t) EXPECT_FALSE(line.empty());
  EXPECT_EQ(t[1], "Het kabinet trekt geld uit.");
  EXPECT_EQ(t.size(), 7u);
}

TEST(ScriptWriter, EmptyDatelineTemplateDropsThePlace) {
  Phrases quiet = phrases();
  quiet.datelines.clear();
  const auto t = texts(write_script(bulletin(), kEight, quiet, text_data(), editorial()));
  EXPECT_EQ(t[5], "De treinen rijden weer.");
}

// The dateline place is never a sentence on its own: it is worked in with the phrasings
// ("Dan naar Utrecht."), taken in turn, left out where the story names the place, after an
// item from the same place, and for the lead (its headline opens it).
TEST(ScriptWriter, DatelinePlacesAreWorkedInOrLeftOut) {
  RunningOrder order = bulletin();
  order.ticker.clear();
  for (const auto& [place, text] : std::vector<std::pair<std::string, std::string>>{
           {"UTRECHT", "De treinen rijden weer."},
           {"UTRECHT", "Ook de bussen rijden weer."},
           {"ZWOLLE", "Het water stijgt."},
           {"GRONINGEN", "De universiteit viert feest."},
           {"ARNHEM", "De rechtbank in Arnhem doet uitspraak."},
           {"LEIDEN", "Het museum opent."}}) {
    order.ticker.push_back({story(place, "ANP", {text}), std::nullopt});
  }
  const auto t = texts(write_script(order, kEight, phrases(), text_data(), editorial()));
  EXPECT_EQ(t[2], "Het kabinet trekt geld uit.");
  EXPECT_EQ(t[5], "Dan naar Utrecht. De treinen rijden weer.");
  EXPECT_EQ(t[6], "Ook de bussen rijden weer.");
  EXPECT_EQ(t[7], "Nu naar Zwolle. Het water stijgt.");
  EXPECT_EQ(t[8], "En dan Groningen. De universiteit viert feest.");
  EXPECT_EQ(t[9], "De rechtbank in Arnhem doet uitspraak.");
  EXPECT_EQ(t[10], "Dan naar Leiden. Het museum opent.");
}

// A headline its first sentence repeats nearly word for word is read once: the sentence.
TEST(ScriptWriter, AHeadlineTheFirstSentenceRepeatsIsNotRead) {
  RunningOrder order = bulletin();
  order.lead->headline = "Kabinet trekt geld uit";
  auto t = texts(write_script(order, kEight, phrases(), text_data(), editorial()));
  EXPECT_EQ(t[1], "Het kabinet trekt geld uit.");
  order.lead->headline = "Minister: kabinet trekt 2 miljard uit voor defensie en zorg";
  order.lead->paragraphs = {
      "Het kabinet trekt 2 miljard euro uit voor defensie en zorg, zegt de minister."};
  t = texts(write_script(order, kEight, phrases(), text_data(), editorial()));
  EXPECT_NE(t[1].find("defensie en zorg, zegt"), std::string::npos) << t[1];
  order.lead->headline = "Gaat het kabinet geld uittrekken?";
  t = texts(write_script(order, kEight, phrases(), text_data(), editorial()));
  EXPECT_EQ(t[1], "Gaat het kabinet geld uittrekken?") << "a question is read as one";
}

TEST(ScriptWriter, APlaceEndingInAFullStopGetsNoSecondOne) {
  const Page page = parse_page(test::read(NIEUWSLEZER_SOURCE_DIR "/tests/pages/washington-dc.txt"));
  ASSERT_TRUE(page.has_lead);
  ASSERT_EQ(page.ticker.size(), 2u);
  RunningOrder order;
  order.lead = page.lead;
  for (const Story& item : page.ticker) order.ticker.push_back({item, std::nullopt});
  const Script script = write_script(order, kEight, phrases(), text_data(), editorial());
  const std::vector<std::string> t = texts(script);
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[2],
            "De Amerikaanse Senaat heeft ingestemd met de begroting. Het Huis van "
            "Afgevaardigden stemt volgende week.");
  EXPECT_EQ(t[4],
            "Dan naar Brussel. De Europese ministers overleggen volgende week in Washington D-C "
            "over de handel.");
  EXPECT_EQ(t[5], "Nu naar Washington D-C. De president reist volgende week naar Europa.");
  EXPECT_EQ(script.segments[5].written.front(), "Nu naar Washington D.C.");
  EXPECT_EQ(script_text(script).find(".."), std::string::npos) << script_text(script);
}

TEST(ScriptWriter, ScriptTextIsOneParagraphPerSegment) {
  const std::string text =
      script_text(write_script(bulletin(), kEight, phrases(), text_data(), editorial()));
  EXPECT_EQ(text.rfind("Goedemorgen. Het is acht uur. Hier is het nieuws.\n\nKabinet", 0), 0u)
      << text;
  const std::string ending = "\n\nDat was het nieuws.\n";
  ASSERT_GT(text.size(), ending.size());
  EXPECT_EQ(text.substr(text.size() - ending.size()), ending);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(ScriptWriter, TickerHeadlinesFromFeedsAreReadOnce) {
  RunningOrder order = bulletin();
  order.ticker[0].story.headline = "Spoorstaking voorbij";
  order.ticker[1].story.headline = "Nieuw station";
  order.ticker[1].story.paragraphs = {"Nieuw station"};  // a title-only feed item
  const Script script = write_script(order, kEight, phrases(), text_data(), editorial());
  const auto t = texts(script);
  EXPECT_EQ(std::count(t.begin(), t.end(), "Spoorstaking voorbij."), 1);
  EXPECT_EQ(std::count_if(
                t.begin(), t.end(),
                [](const std::string& x) { return x.find("Nieuw station") != std::string::npos; }),
            1);
  const auto at = std::find(t.begin(), t.end(), "Spoorstaking voorbij.");
  ASSERT_NE(at, t.end());
  EXPECT_EQ(*(at + 1), "Dan naar Utrecht. De treinen rijden weer.");
  EXPECT_EQ(script.segments[static_cast<std::size_t>(at - t.begin())].kind, SegmentKind::kHeadline);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(ScriptWriter, FrameTemplatesTakeStationAndDate) {
  Phrases own = phrases();
  own.opening = "{greeting}. Dit is {station} met het nieuws van {date}.";
  const auto t = texts(write_script(bulletin(), kEight, own, text_data(), editorial(),
                                    {{"station", "Radio Zuidwest"}, {"date", "28 november 2026"}}));
  EXPECT_EQ(t.front(), "Goedemorgen. Dit is Radio Zuidwest met het nieuws van 28 november 2026.");
}

TEST(ScriptWriter, AnOverlongStoryIsCutWithAWarning) {
  RunningOrder order = bulletin();
  std::string endless;
  for (int k = 0; k < 5000; ++k) endless += "en toen ";
  order.ticker[1].story.paragraphs = {"Het begon zo.", endless, "Een tweede alinea."};
  order.ticker[1].story.page_position = 7;
  const Script script = write_script(order, kEight, phrases(), text_data(), editorial());
  ASSERT_EQ(script.warnings.size(), 1u);
  EXPECT_EQ(script.warnings[0],
            "ticker item 7 has 10006 words; only its first 1983 are read (limit 2000)");
  std::size_t words = 0, sentences = 0;
  for (const Segment& segment : script.segments) {
    if (segment.story != 2) continue;
    for (const SpokenText& sentence : segment.sentences) {
      const std::string text = sentence.plain();
      const std::size_t n = static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
      EXPECT_LE(n, kMaxSentenceWords) << text;
      words += n;
      ++sentences;
    }
  }
  EXPECT_EQ(sentences, 34u) << "the first sentence, then 33 pieces of 60 words";
  EXPECT_LE(words, kMaxStoryWords);
  EXPECT_TRUE(
      write_script(bulletin(), kEight, phrases(), text_data(), editorial()).warnings.empty());
}
}  // namespace
}  // namespace nieuwslezer
