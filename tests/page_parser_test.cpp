#include "page/page_parser.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "input/read_input.h"
#include "input/text_decoding.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

using test::has_warning;

// The labels of the ticker items, in page order.
std::vector<std::string> labels_of(const Page& page) {
  std::vector<std::string> labels;
  for (const Story& story : page.ticker) labels.push_back(story.time_label);
  return labels;
}

std::vector<std::string> places_of(const Page& page) {
  std::vector<std::string> places;
  for (const Story& story : page.ticker) places.push_back(story.place);
  return places;
}

// A file as the program reads it: bytes -> decoded text -> page.
Page parse_file(const std::filesystem::path& path) {
  return parse_page(decode_page_text(read_input_file(path)).text);
}

// Expectations for pages shaped like the ANP "Buitenland" page: lead with a subheading, then
// seven ticker items with these labels.
void expect_buitenland_shape(const Page& page) {
  EXPECT_TRUE(page.has_lead);
  EXPECT_EQ(page.lead.place, "MOSKOU");
  EXPECT_EQ(page.lead.agency, "ANP/RTR/DPA");
  EXPECT_EQ(page.lead.page_position, 0u);
  EXPECT_EQ(page.lead.subheadings, std::vector<std::string>{"Bondgenoot"});
  for (const std::string& paragraph : page.lead.paragraphs) {
    EXPECT_NE(paragraph, "Bondgenoot");
    EXPECT_EQ(paragraph.find("(ANP"), std::string::npos) << paragraph;
  }
  EXPECT_EQ(page.section, "Buitenland");
  EXPECT_EQ(labels_of(page),
            (std::vector<std::string>{"12 minuten geleden", "1 uur geleden", "2 uur geleden",
                                      "6 uur geleden", "10 uur geleden", "10 uur geleden",
                                      "10 uur geleden"}));
  EXPECT_EQ(places_of(page), (std::vector<std::string>{"BRUSSEL", "BRUSSEL", "BRUSSEL", "DOHA",
                                                       "WASHINGTON", "PARIJS", "WASHINGTON"}));
  for (std::size_t i = 0; i < page.ticker.size(); ++i) {
    const Story& item = page.ticker[i];
    EXPECT_EQ(item.page_position, i + 1);
    EXPECT_EQ(item.agency, "ANP");
    EXPECT_TRUE(item.headline.empty());
    ASSERT_EQ(item.paragraphs.size(), 1u);
    EXPECT_EQ(item.paragraphs[0].find("geleden"), std::string::npos) << item.paragraphs[0];
    EXPECT_EQ(item.paragraphs[0].find("(ANP)"), std::string::npos) << item.paragraphs[0];
  }
  EXPECT_TRUE(page.warnings.empty());
}

// Same shape as the shared ANP page, with text of our own, so coverage does not depend on
// ../shared being there.
constexpr std::string_view kBuitenlandLikePage =
    "Minister Lavrov: focus van Rusland op relatie met China\n"
    "MOSKOU (ANP/RTR/DPA) - Rusland wil volgens de minister vooral samenwerken met China.\n"
    "\"We kijken naar het oosten\", zei hij maandag.\n"
    "Bondgenoot\n"
    "China en Rusland werken al jaren samen. Beide landen stemden eerder tegen een resolutie.\n"
    "Meer uit Buitenland\n"
    "BRUSSEL (ANP) - De EU-landen praten donderdag over een nieuw steunpakket.\n"
    "12 minuten geledenBRUSSEL (ANP) - Hongarije blokkeert opnieuw een besluit over de lening.\n"
    "1 uur geledenBRUSSEL (ANP) - De Belgische premier nuanceert zijn uitspraken over gas.\n"
    "2 uur geledenDOHA (ANP) - Een gasinstallatie in Qatar is opnieuw beschoten.\n"
    "6 uur geledenWASHINGTON (ANP) - De Verenigde Staten sturen mogelijk extra militairen.\n"
    "10 uur geledenPARIJS (ANP) - De Franse president roept op de aanvallen te staken.\n"
    "10 uur geledenWASHINGTON (ANP) - Het Pentagon vraagt om een noodbudget.\n"
    "10 uur geleden\n";

TEST(PageParserTest, ParsesAPageShapedLikeTheAnpPage) {
  const Page page = parse_page(kBuitenlandLikePage);
  EXPECT_EQ(page.lead.headline, "Minister Lavrov: focus van Rusland op relatie met China");
  EXPECT_EQ(page.lead.paragraphs,
            (std::vector<std::string>{
                "Rusland wil volgens de minister vooral samenwerken met China.",
                "\"We kijken naar het oosten\", zei hij maandag.",
                "China en Rusland werken al jaren samen. Beide landen stemden eerder tegen een "
                "resolutie."}));
  expect_buitenland_shape(page);
  EXPECT_EQ(page.ticker[0].paragraphs[0],
            "De EU-landen praten donderdag over een nieuw steunpakket.");
  EXPECT_EQ(page.ticker[6].paragraphs[0], "Het Pentagon vraagt om een noodbudget.");
}

TEST(PageParserTest, ParsesTheSharedAnpPageWhenPresent) {
  const std::filesystem::path path = NIEUWSLEZER_SHARED_PAGES "/anp-buitenland.txt";
  // ../shared is not part of every checkout; ParsesAPageShapedLikeTheAnpPage covers the same.
  if (std::filesystem::exists(path)) {
    const Page page = parse_file(path);
    EXPECT_EQ(page.lead.headline, "Minister Lavrov: focus van Rusland op relatie met China");
    expect_buitenland_shape(page);
    EXPECT_EQ(page.lead.paragraphs.size(), 6u);
    EXPECT_TRUE(page.lead.paragraphs[0].starts_with("Moskou is bereid"));
    EXPECT_TRUE(page.ticker[1].paragraphs[0].starts_with("De Hongaarse premier"));
  }
}

TEST(PageParserTest, ParsesTheBinnenlandExample) {
  const Page page = parse_file(NIEUWSLEZER_SOURCE_DIR "/tests/pages/binnenland.txt");
  EXPECT_TRUE(page.has_lead);
  EXPECT_EQ(page.lead.headline,
            "Kabinet trekt extra geld uit voor onderhoud van bruggen en sluizen");
  EXPECT_EQ(page.lead.place, "DEN HAAG");
  EXPECT_EQ(page.lead.agency, "ANP");
  EXPECT_EQ(page.lead.paragraphs.size(), 3u);
  EXPECT_EQ(page.lead.subheadings, std::vector<std::string>{"Achterstand"});
  EXPECT_EQ(page.section, "Binnenland");
  EXPECT_EQ(labels_of(page),
            (std::vector<std::string>{"zojuist", "5 minuten geleden", "1 uur geleden", "14:05",
                                      "gisteren", "2 dagen geleden"}));
  EXPECT_EQ(places_of(page),
            (std::vector<std::string>{"UTRECHT", "AMSTERDAM", "", "'S-HERTOGENBOSCH", "GRONINGEN",
                                      "MAASTRICHT"}));
  EXPECT_TRUE(page.ticker[2].paragraphs.at(0).starts_with("Het KNMI heeft"));
  EXPECT_EQ(page.ticker[5].agency, "ANP/BELGA");
  EXPECT_TRUE(page.warnings.empty());
}

TEST(PageParserTest, ParsesTheEdgeCasesExample) {
  const auto path = std::filesystem::path(NIEUWSLEZER_SOURCE_DIR "/tests/pages/edge-cases.txt");
  const std::string bytes = read_input_file(path);
  ASSERT_TRUE(bytes.starts_with("\xEF\xBB\xBF"));  // the example must keep its BOM and CRLF
  ASSERT_NE(bytes.find("\r\n"), std::string::npos);
  const DecodedText decoded = decode_page_text(bytes);
  EXPECT_TRUE(decoded.warnings.empty());
  const Page page = parse_page(decoded.text);
  EXPECT_EQ(page.lead.headline, "Storm zorgt voor vertraging op het spoor");
  EXPECT_EQ(page.lead.place, "ROTTERDAM");
  EXPECT_EQ(page.lead.paragraphs.size(), 2u);
  EXPECT_EQ(page.section, "Binnenland");
  EXPECT_EQ(labels_of(page),
            (std::vector<std::string>{"net", "vorige week", "8 minuten geleden", "1 dag geleden"}));
  EXPECT_EQ(places_of(page), (std::vector<std::string>{"LEEUWARDEN", "ZWOLLE", "ARNHEM", "DELFT"}));
  EXPECT_EQ(page.ticker[2].paragraphs.size(), 3u);  // the multi-line item
  for (const Story& item : page.ticker) {
    for (const std::string& paragraph : item.paragraphs) {
      EXPECT_EQ(paragraph.find('\r'), std::string::npos);
      EXPECT_NE(paragraph.back(), ' ');
    }
  }
  ASSERT_EQ(page.warnings.size(), 1u);
  EXPECT_EQ(page.warnings[0],
            "unknown time label 'vorige week' on ticker item 2 (ZWOLLE), kept as written");
}

// ---- The lead ----------------------------------------------------------------------------

TEST(PageParserTest, LeadWithoutHeadlineStartsWithItsDateline) {
  const Page page = parse_page("DEN HAAG (ANP) - De Kamer stemt vandaag.\nDat is laat.\n");
  EXPECT_TRUE(page.has_lead);
  EXPECT_EQ(page.lead.headline, "");
  EXPECT_EQ(page.lead.place, "DEN HAAG");
  EXPECT_EQ(page.lead.paragraphs,
            (std::vector<std::string>{"De Kamer stemt vandaag.", "Dat is laat."}));
  EXPECT_TRUE(page.ticker.empty());
  EXPECT_EQ(page.section, "");
}

TEST(PageParserTest, ABreadcrumbTrailAboveTheHeadlineIsNotTheHeadline) {
  for (const std::string trail : {"Nieuws | Binnenland", "Home > Nieuws > Buitenland",
                                  "Sport \xE2\x80\xBA Voetbal", "Economie / Bedrijven"}) {
    SCOPED_TRACE(trail);
    const Page page = parse_page(trail + "\nKabinet valt over asiel\nDEN HAAG (ANP) - Tekst.\n");
    EXPECT_EQ(page.lead.headline, "Kabinet valt over asiel");
    EXPECT_EQ(page.lead.paragraphs, std::vector<std::string>{"Tekst."});
    EXPECT_TRUE(page.lead.subheadings.empty());
    EXPECT_TRUE(has_warning(page, {"breadcrumb", trail}));
  }
  // A headline with a separator stays the headline when the story follows it.
  const Page live = parse_page("Live | Oorlog in Oekraine\nKYIV (ANP) - Tekst.\n");
  EXPECT_EQ(live.lead.headline, "Live | Oorlog in Oekraine");
  // So does one whose parts are longer than a trail's, with a subheading below it.
  const Page sub =
      parse_page("Live | Oorlog in Oekraine\nDe laatste ontwikkelingen\nKYIV (ANP) - Tekst.\n");
  EXPECT_EQ(sub.lead.headline, "Live | Oorlog in Oekraine");
  EXPECT_FALSE(has_warning(sub, {"breadcrumb"}));
}

TEST(PageParserTest, LeadWithoutDatelineKeepsAllParagraphs) {
  const Page page = parse_page("Kop\nHet kabinet is gevallen.\nDe premier biedt ontslag aan.\n");
  EXPECT_EQ(page.lead.headline, "Kop");
  EXPECT_EQ(page.lead.place, "");
  EXPECT_EQ(page.lead.agency, "");
  EXPECT_EQ(page.lead.paragraphs.size(), 2u);
}

struct DatelineCase {
  std::string line;
  std::string place, agency, text;
};

TEST(PageParserTest, TakesDatelinesApart) {
  const std::vector<DatelineCase> cases = {
      {"BRUSSEL (ANP) - Tekst.", "BRUSSEL", "ANP", "Tekst."},
      {"DEN HAAG (ANP) - Tekst.", "DEN HAAG", "ANP", "Tekst."},
      {"'S-HERTOGENBOSCH (ANP) - Tekst.", "'S-HERTOGENBOSCH", "ANP", "Tekst."},
      {"\xE2\x80\x99S-GRAVENHAGE (ANP) - Tekst.", "\xE2\x80\x99S-GRAVENHAGE", "ANP", "Tekst."},
      {"S\xC3\x83O PAULO (ANP/RTR) - Tekst.", "S\xC3\x83O PAULO", "ANP/RTR", "Tekst."},
      {"\xC5\x81\xC3\x93"
       "D\xC5\xB9 (PAP) - Tekst.",
       "\xC5\x81\xC3\x93"
       "D\xC5\xB9",
       "PAP", "Tekst."},
      {"ST. PETERSBURG (ANP/RTR/DPA) - Tekst.", "ST. PETERSBURG", "ANP/RTR/DPA", "Tekst."},
      {"MOSKOU (ANP/RTR/DPA) \xE2\x80\x93 Tekst.", "MOSKOU", "ANP/RTR/DPA", "Tekst."},
      {"MOSKOU (ANP) \xE2\x80\x94 Tekst.", "MOSKOU", "ANP", "Tekst."},
      {"MOSKOU(ANP)-Tekst.", "MOSKOU", "ANP", "Tekst."},
      {"MOSKOU  ( ANP / AFP )  -  Tekst.", "MOSKOU", "ANP / AFP", "Tekst."},
      {"NEW YORK (Reuters) - Tekst.", "NEW YORK", "Reuters", "Tekst."},
      {"KYIV\xC2\xA0(ANP)\xC2\xA0- Tekst.", "KYIV", "ANP", "Tekst."},
      {"RIO DE JANEIRO (ANP/REUTERS) - Tekst.", "RIO DE JANEIRO", "ANP/REUTERS", "Tekst."},
      {"WASHINGTON D.C. (ANP) - Tekst.", "WASHINGTON D.C.", "ANP", "Tekst."},
      {"IJMUIDEN (ANP) - Tekst.", "IJMUIDEN", "ANP", "Tekst."},
      {"PORT-AU-PRINCE (ANP) - Tekst.", "PORT-AU-PRINCE", "ANP", "Tekst."},
      // A place in capitals needs no credit before a spaced dash.
      {"ALPHEN AAN DEN RIJN - Tekst.", "ALPHEN AAN DEN RIJN", "", "Tekst."},
      {"ROTTERDAM \xE2\x80\x93 Tekst.", "ROTTERDAM", "", "Tekst."},
      // In normal case, as many sites write them.
      {"Utrecht (ANP) - Tekst.", "Utrecht", "ANP", "Tekst."},
      {"Den Haag (ANP/Reuters) \xE2\x80\x94 Tekst.", "Den Haag", "ANP/Reuters", "Tekst."},
      {"'s-Hertogenbosch (ANP) - Tekst.", "'s-Hertogenbosch", "ANP", "Tekst."},
      {"Alphen aan den Rijn (ANP) - Tekst.", "Alphen aan den Rijn", "ANP", "Tekst."},
      {"Aix-en-Provence (AFP) - Tekst.", "Aix-en-Provence", "AFP", "Tekst."},
      {"Cortina d'Ampezzo (ANP) - Tekst.", "Cortina d'Ampezzo", "ANP", "Tekst."},
      {"S\xC3\xA3o Paulo (Reuters) - Tekst.", "S\xC3\xA3o Paulo", "Reuters", "Tekst."},
      {"Washington D.C. (AP) - Tekst.", "Washington D.C.", "AP", "Tekst."},
  };
  for (const DatelineCase& c : cases) {
    SCOPED_TRACE(c.line);
    const Page page = parse_page("Kop\n" + c.line + "\n");
    EXPECT_EQ(page.lead.place, c.place);
    EXPECT_EQ(page.lead.agency, c.agency);
    EXPECT_EQ(page.lead.paragraphs, std::vector<std::string>{c.text});
  }
}

TEST(PageParserTest, LeavesLinesThatOnlyLookLikeDatelines) {
  for (const std::string& line : std::vector<std::string>{
           "de premier (ANP) - een zin in kleine letters.",
           "Hoekstra zei (ANP) - een naam en een werkwoord.",
           "Het kabinet van premier (ANP) - een zin.",
           "NovUtrecht (ANP) - een hoofdletter na een kleine letter.",
           "Utrecht - zonder bron is een plaats in kleine letters geen dateline.",
           "EU - twee letters zijn te weinig zonder bron.",
           "NAVO-top - een woord in kleine letters, zonder bron.",
           "BRUSSEL -geen spatie na het streepje.",
           "NAVO-top (foto: ANP) - Tekst over de top.",
           "De NAVO (Noord-Atlantische Verdragsorganisatie) - een bondgenootschap.",
           "BRUSSEL (ANP) zonder streepje, dus geen dateline.",
           "BRUSSEL (anp) - kleine letters in de bron.",
           "B (ANP) - een letter is geen plaats.",
           "-BRUSSEL (ANP) - begint met een streepje.",
           "BRUSSEL (" + std::string(100, 'A') + ") - te lange bron.",
       }) {
    SCOPED_TRACE(line);
    const Page page = parse_page("Kop\n" + line + "\n");
    EXPECT_EQ(page.lead.place, "");
    EXPECT_EQ(page.lead.agency, "");
    EXPECT_EQ(page.lead.paragraphs, std::vector<std::string>{line});
  }
}

TEST(PageParserTest, DropsSubheadingsFromTheLead) {
  const Page page = parse_page(
      "Kop\n"
      "BRUSSEL (ANP) - Eerste alinea.\n"
      "Bondgenoot\n"
      "Tweede alinea.\n"
      "Europese Unie wil meer controle\n"
      "Derde alinea, met een komma.\n"
      "Lees ook\n");
  EXPECT_EQ(page.lead.paragraphs, (std::vector<std::string>{"Eerste alinea.", "Tweede alinea.",
                                                            "Derde alinea, met een komma."}));
  EXPECT_EQ(
      page.lead.subheadings,
      (std::vector<std::string>{"Bondgenoot", "Europese Unie wil meer controle", "Lees ook"}));
}

TEST(PageParserTest, ShortSentencesAreNotSubheadings) {
  for (const std::string line :
       {"Dat meldt Reuters.", "Waarom?", "Nee!", "Hij zei:", "\"Nee\", zei hij",
        "\xE2\x80\x9CNee\xE2\x80\x9D, zei hij", "Het ging om (veel) geld)", "Tot slot\xE2\x80\xA6",
        "Een lange regel zonder punt aan het einde die toch echt een gewone zin is en geen "
        "tussenkop "
        "omdat hij zo lang is"}) {
    SCOPED_TRACE(line);
    const Page page = parse_page("Kop\nBRUSSEL (ANP) - Tekst.\n" + line + "\n");
    EXPECT_EQ(page.lead.paragraphs, (std::vector<std::string>{"Tekst.", line}));
    EXPECT_TRUE(page.lead.subheadings.empty());
  }
}

TEST(PageParserTest, LeadWithOnlyAHeadlineIsNoLead) {
  const Page page =
      parse_page("Alleen een kop\nMeer uit Binnenland\nUTRECHT (ANP) - Tekst.\nzojuist\n");
  EXPECT_FALSE(page.has_lead);
  EXPECT_EQ(page.lead.headline, "Alleen een kop");
  EXPECT_TRUE(has_warning(page, {"no lead story", "'Alleen een kop'"}));
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.ticker[0].time_label, "zojuist");
  ASSERT_TRUE(page.ticker[0].age);  // the label is read once, here, and kept as data
  EXPECT_EQ(page.ticker[0].age->kind, TimeLabel::Kind::kAgo);
  EXPECT_EQ(page.ticker[0].age->seconds_ago, 0);
}

TEST(PageParserTest, TheAgeOfEachLabelIsKeptAndAnUnknownLabelHasNone) {
  const Page page = parse_page(
      "Kop\nBRUSSEL (ANP) - Tekst.\nMeer uit Binnenland\nUTRECHT (ANP) - Een.\n07:15\n"
      "ZWOLLE (ANP) - Twee.\n2 uur geledenAMSTERDAM (ANP) - Drie.\nvorige week\n");
  ASSERT_EQ(page.ticker.size(), 3u);
  ASSERT_TRUE(page.ticker[0].age);
  EXPECT_EQ(page.ticker[0].age->kind, TimeLabel::Kind::kClockToday);
  EXPECT_EQ(page.ticker[0].age->hour, 7);
  EXPECT_EQ(page.ticker[0].age->minute, 15);
  ASSERT_TRUE(page.ticker[1].age);  // the label glued to the next item's dateline
  EXPECT_EQ(page.ticker[1].age->seconds_ago, 7200);
  EXPECT_EQ(page.ticker[2].time_label, "vorige week");
  EXPECT_FALSE(page.ticker[2].age);
}

TEST(PageParserTest, LeadsTimeLabelMayBeGluedToItsDateline) {
  for (const std::string dateline : {"DEN HAAG (ANP) - ", "Den Haag (ANP) - "}) {
    const Page page = parse_page("Kop\n5 minuten geleden" + dateline + "Tekst.\nMeer uit\n");
    EXPECT_EQ(page.lead.time_label, "5 minuten geleden");
    ASSERT_TRUE(page.lead.age);
    EXPECT_EQ(page.lead.age->seconds_ago, 300);
    EXPECT_EQ(page.lead.place, dateline.substr(0, 8));
    EXPECT_EQ(page.lead.paragraphs, std::vector<std::string>{"Tekst."});
  }
}

TEST(PageParserTest, LeadsDatelineMayFollowASubheading) {
  const Page page = parse_page("Kop\nOndertitel\nDen Haag (ANP) - Tekst.\nMeer.\nMeer uit\n");
  EXPECT_EQ(page.lead.place, "Den Haag");
  EXPECT_EQ(page.lead.subheadings, std::vector<std::string>{"Ondertitel"});
  EXPECT_EQ(page.lead.paragraphs, (std::vector<std::string>{"Tekst.", "Meer."}));
}

TEST(PageParserTest, TickerDatelinesInNormalCaseAfterAGluedLabel) {
  const Page page = parse_page(
      "Kop\nUTRECHT (ANP) - De lead.\nMeer uit Binnenland\n"
      "Zwolle (ANP) - Het eerste bericht.\n"
      "12 minuten geledenDen Haag (ANP) - Het tweede bericht.\n"
      "vorige weekBergen op Zoom (ANP) - Het derde bericht.\n1 uur geleden\n");
  EXPECT_EQ(places_of(page), (std::vector<std::string>{"Zwolle", "Den Haag", "Bergen op Zoom"}));
  EXPECT_EQ(labels_of(page),
            (std::vector<std::string>{"12 minuten geleden", "vorige week", "1 uur geleden"}));
  EXPECT_EQ(page.ticker[1].paragraphs, std::vector<std::string>{"Het tweede bericht."});
}

TEST(PageParserTest, LeadMayCarryItsOwnTimeLabel) {
  const Page page = parse_page("Kop\n12 minuten geleden\nBRUSSEL (ANP) - Tekst.\n");
  EXPECT_EQ(page.lead.time_label, "12 minuten geleden");
  ASSERT_TRUE(page.lead.age);
  EXPECT_EQ(page.lead.age->seconds_ago, 720);
  EXPECT_EQ(page.lead.place, "BRUSSEL");
  EXPECT_EQ(page.lead.paragraphs, std::vector<std::string>{"Tekst."});
}

// ---- Page shapes -------------------------------------------------------------------------

TEST(PageParserTest, PageWithoutTicker) {
  const Page page = parse_page("Kop\nBRUSSEL (ANP) - Tekst.\n");
  EXPECT_TRUE(page.has_lead);
  EXPECT_EQ(page.section, "");
  EXPECT_TRUE(page.ticker.empty());
  EXPECT_TRUE(page.warnings.empty());
}

TEST(PageParserTest, WithoutAHeadingTheTickerStartsAtTheNextStorysDateline) {
  const Page page = parse_page(
      "Kop\n"
      "UTRECHT (ANP) - De lead.\n"
      "Nog een alinea van de lead.\n"
      "5 minuten geledenDEN HAAG (ANP) - Een.\n"
      "18 minuten geledenEINDHOVEN (ANP) - Twee.\n"
      "ROTTERDAM (ANP) - Drie.\n"
      "1 uur geleden\n");
  EXPECT_TRUE(page.has_lead);
  EXPECT_EQ(page.lead.headline, "Kop");
  EXPECT_EQ(page.lead.place, "UTRECHT");
  EXPECT_EQ(page.lead.paragraphs,
            (std::vector<std::string>{"De lead.", "Nog een alinea van de lead."}));
  EXPECT_EQ(page.lead.time_label, "5 minuten geleden") << "the label after the lead is its own";
  EXPECT_EQ(places_of(page), (std::vector<std::string>{"DEN HAAG", "EINDHOVEN", "ROTTERDAM"}));
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"18 minuten geleden", "", "1 uur geleden"}));
  EXPECT_EQ(page.ticker[0].paragraphs, std::vector<std::string>{"Een."});
  EXPECT_TRUE(has_warning(page, {"no 'Meer uit ...' heading"})) << "the guess is logged";
}

TEST(PageParserTest, WithoutAHeadingALeadThatOnlyStartsWithADatelineStaysOneStory) {
  for (const char* text : {"Kop\n12 minuten geleden\nBRUSSEL (ANP) - Tekst.\nMeer tekst.\n",
                           "BRUSSEL (ANP) - Tekst.\nMeer tekst.\n", "Kop\nTekst.\nMeer.\n"}) {
    const Page page = parse_page(text);
    EXPECT_TRUE(page.ticker.empty()) << text;
    EXPECT_TRUE(page.warnings.empty()) << text;
  }
}

TEST(PageParserTest, PageWithoutLead) {
  const Page page = parse_page(
      "Meer uit Economie\n"
      "AMSTERDAM (ANP) - De beurs opende hoger.\n"
      "zojuistFRANKFURT (DPA) - De ECB houdt de rente gelijk.\n"
      "1 uur geleden\n");
  EXPECT_FALSE(page.has_lead);
  EXPECT_TRUE(page.lead.paragraphs.empty());
  EXPECT_EQ(page.section, "Economie");
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"zojuist", "1 uur geleden"}));
  EXPECT_EQ(page.ticker[0].page_position, 1u);
  EXPECT_EQ(page.ticker[1].page_position, 2u);
  EXPECT_TRUE(page.warnings.empty());
}

TEST(PageParserTest, SectionHeadingWithNothingAfterIt) {
  const Page page = parse_page("Kop\nBRUSSEL (ANP) - Tekst.\nMeer uit Buitenland\n");
  EXPECT_TRUE(page.has_lead);
  EXPECT_EQ(page.section, "Buitenland");
  EXPECT_TRUE(page.ticker.empty());
  EXPECT_TRUE(page.warnings.empty());
}

TEST(PageParserTest, SectionHeadingWithoutName) {
  const Page page = parse_page("Kop\nBRUSSEL (ANP) - Tekst.\nMeer uit\nDOHA (ANP) - Tekst.\nnet\n");
  EXPECT_EQ(page.section, "");
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.ticker[0].place, "DOHA");
  EXPECT_EQ(page.lead.paragraphs, std::vector<std::string>{"Tekst."});
}

TEST(PageParserTest, SentencesStartingWithMeerUitStayInTheLead) {
  const Page page = parse_page(
      "Kop\nBRUSSEL (ANP) - Tekst.\nMeer uit de regio kwamen klachten.\nMeer uitleg volgt.\n");
  EXPECT_EQ(page.section, "");
  EXPECT_EQ(page.lead.paragraphs.size(), 3u);
}

TEST(PageParserTest, EmptyAndBlankPagesHaveNoStories) {
  for (const std::string text : {"", "\n", "   \n\n\t\n", "\xC2\xA0\n"}) {
    const Page page = parse_page(text);
    EXPECT_FALSE(page.has_lead);
    EXPECT_TRUE(page.ticker.empty());
    EXPECT_EQ(page.section, "");
  }
}

TEST(PageParserTest, BlankLinesAndOuterSpacesAnywhereAreIgnored) {
  const Page page = parse_page(
      "\n\n   Kop   \n\n"
      "\t BRUSSEL (ANP) - Tekst.  \n\n\n"
      "  Meer uit Buitenland  \n\n"
      "  DOHA (ANP) - Een.  \n\n"
      "  2 uur geledenPARIJS (ANP) - Twee.  \n\n"
      "  6 uur geleden  \n\n\n");
  EXPECT_EQ(page.lead.headline, "Kop");
  EXPECT_EQ(page.lead.paragraphs, std::vector<std::string>{"Tekst."});
  EXPECT_EQ(page.section, "Buitenland");
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"2 uur geleden", "6 uur geleden"}));
  EXPECT_EQ(page.ticker[1].paragraphs, std::vector<std::string>{"Twee."});
  EXPECT_TRUE(page.warnings.empty());
}

TEST(PageParserTest, AcceptsCrLfThatWasNotDecoded) {
  const Page page =
      parse_page("Kop\r\nBRUSSEL (ANP) - Tekst.\r\nMeer uit X\r\nDOHA (ANP) - Een.\r\nnet\r\n");
  EXPECT_EQ(page.lead.headline, "Kop");
  EXPECT_EQ(labels_of(page), std::vector<std::string>{"net"});
}

// ---- Ticker items and labels -------------------------------------------------------------

constexpr std::string_view kLead = "Kop\nBRUSSEL (ANP) - Tekst.\nMeer uit Buitenland\n";

Page parse_ticker(std::string_view ticker) {
  return parse_page(std::string(kLead) + std::string(ticker));
}

TEST(PageParserTest, GluedLabelsBelongToThePreviousItem) {
  const Page page = parse_ticker(
      "BRUSSEL (ANP) - Een.\n"
      "12 minuten geledenDOHA (ANP) - Twee.\n"
      "14:05PARIJS (ANP) - Drie.\n"
      "3-11-2026 9:30BERLIJN (DPA) - Vier.\n"
      "gisteren\n");
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"12 minuten geleden", "14:05",
                                                       "3-11-2026 9:30", "gisteren"}));
  EXPECT_EQ(places_of(page), (std::vector<std::string>{"BRUSSEL", "DOHA", "PARIJS", "BERLIJN"}));
  EXPECT_EQ(page.ticker[3].paragraphs, std::vector<std::string>{"Vier."});
  EXPECT_TRUE(page.warnings.empty());
}

TEST(PageParserTest, EveryKnownLabelFormSplitsALine) {
  for (const std::string label :
       {"zojuist", "net", "gisteren", "1 minuut geleden", "7 minuten geleden", "1 uur geleden",
        "3 uur geleden", "1 dag geleden", "2 dagen geleden", "14:05", "9:30", "14.05",
        "3-11-2026 14:05", "03-11-2026 09:30"}) {
    SCOPED_TRACE(label);
    const Page page = parse_ticker("BRUSSEL (ANP) - Een.\n" + label + "DOHA (ANP) - Twee.\nnet\n");
    EXPECT_EQ(labels_of(page), (std::vector<std::string>{label, "net"}));
    EXPECT_EQ(places_of(page), (std::vector<std::string>{"BRUSSEL", "DOHA"}));
  }
}

TEST(PageParserTest, LabelFollowedByASpaceAlsoSplits) {
  const Page page = parse_ticker("BRUSSEL (ANP) - Een.\n1 uur geleden DOHA (ANP) - Twee.\nnet\n");
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"1 uur geleden", "net"}));
}

TEST(PageParserTest, GluedLabelBeforeAnItemWithoutDateline) {
  const Page page = parse_ticker(
      "BRUSSEL (ANP) - Een.\n"
      "5 minuten geledenDe premier zegt dat het kabinet doorgaat.\n"
      "1 uur geleden\"Nee\", zei de minister.\n"
      "2 uur geleden\n");
  EXPECT_EQ(labels_of(page),
            (std::vector<std::string>{"5 minuten geleden", "1 uur geleden", "2 uur geleden"}));
  EXPECT_EQ(page.ticker[1].place, "");
  EXPECT_EQ(page.ticker[1].paragraphs,
            std::vector<std::string>{"De premier zegt dat het kabinet doorgaat."});
  EXPECT_EQ(page.ticker[2].paragraphs, std::vector<std::string>{"\"Nee\", zei de minister."});
  EXPECT_TRUE(page.warnings.empty());
}

TEST(PageParserTest, FirstItemWithoutDateline) {
  const Page page =
      parse_ticker("De beurs in Amsterdam opende hoger.\nzojuistDOHA (ANP) - Twee.\nnet\n");
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"zojuist", "net"}));
  EXPECT_EQ(page.ticker[0].place, "");
  EXPECT_EQ(page.ticker[0].paragraphs,
            std::vector<std::string>{"De beurs in Amsterdam opende hoger."});
}

TEST(PageParserTest, ItemsMaySpanSeveralLines) {
  const Page page = parse_ticker(
      "BRUSSEL (ANP) - Eerste alinea.\n"
      "Tweede alinea.\n"
      "\n"
      "Net als vorig jaar komt er een derde alinea.\n"
      "net als toen, met een kleine letter.\n"
      "10 uur geledenDOHA (ANP) - Een.\n"
      "Nog een alinea.\n"
      "12 uur geleden\n");
  ASSERT_EQ(page.ticker.size(), 2u);
  EXPECT_EQ(page.ticker[0].paragraphs,
            (std::vector<std::string>{"Eerste alinea.", "Tweede alinea.",
                                      "Net als vorig jaar komt er een derde alinea.",
                                      "net als toen, met een kleine letter."}));
  EXPECT_EQ(page.ticker[0].time_label, "10 uur geleden");
  EXPECT_EQ(page.ticker[1].paragraphs, (std::vector<std::string>{"Een.", "Nog een alinea."}));
  EXPECT_EQ(page.ticker[1].time_label, "12 uur geleden");
  EXPECT_TRUE(page.warnings.empty());
}

TEST(PageParserTest, DatelineOnItsOwnLineThenText) {
  const Page page = parse_ticker("BRUSSEL (ANP) -\nDe tekst staat op de volgende regel.\nnet\n");
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.ticker[0].place, "BRUSSEL");
  EXPECT_EQ(page.ticker[0].paragraphs,
            std::vector<std::string>{"De tekst staat op de volgende regel."});
}

TEST(PageParserTest, SubheadingInsideATickerItem) {
  const Page page = parse_ticker("BRUSSEL (ANP) - Een.\nAchtergrond\nMeer tekst.\nnet\n");
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.ticker[0].paragraphs, (std::vector<std::string>{"Een.", "Meer tekst."}));
  EXPECT_EQ(page.ticker[0].subheadings, std::vector<std::string>{"Achtergrond"});
  EXPECT_EQ(page.ticker[0].time_label, "net");
}

TEST(PageParserTest, UnknownGluedLabelIsKeptWithAWarning) {
  const Page page = parse_ticker(
      "BRUSSEL (ANP) - Een.\n"
      "vorige weekDOHA (ANP) - Twee.\n"
      "ma 3 nov 14:05 PARIJS (ANP) - Drie.\n"
      "1 uur geleden\n");
  EXPECT_EQ(labels_of(page),
            (std::vector<std::string>{"vorige week", "ma 3 nov 14:05", "1 uur geleden"}));
  EXPECT_EQ(places_of(page), (std::vector<std::string>{"BRUSSEL", "DOHA", "PARIJS"}));
  EXPECT_EQ(page.warnings,
            (std::vector<std::string>{
                "unknown time label 'vorige week' on ticker item 1 (BRUSSEL), kept as written",
                "unknown time label 'ma 3 nov 14:05' on ticker item 2 (DOHA), kept as written"}));
}

TEST(PageParserTest, UnknownLastLabelIsKeptWithAWarning) {
  const Page page = parse_ticker("BRUSSEL (ANP) - Een.\nzojuistDOHA (ANP) - Twee.\nvorige week\n");
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"zojuist", "vorige week"}));
  EXPECT_EQ(page.warnings,
            std::vector<std::string>{
                "unknown time label 'vorige week' on ticker item 2 (DOHA), kept as written"});
}

TEST(PageParserTest, UnknownLabelOnItsOwnLineBetweenItems) {
  const Page page = parse_ticker("BRUSSEL (ANP) - Een.\nvorige maand\nDOHA (ANP) - Twee.\nnet\n");
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"vorige maand", "net"}));
  EXPECT_TRUE(has_warning(page, {"unknown time label 'vorige maand'", "ticker item 1 (BRUSSEL)"}));
}

TEST(PageParserTest, KnownLabelInAnyCaseOnItsOwnLine) {
  const Page page = parse_ticker("BRUSSEL (ANP) - Een.\n  Gisteren  \n");
  EXPECT_EQ(labels_of(page), std::vector<std::string>{"Gisteren"});
  EXPECT_TRUE(page.warnings.empty());
}

TEST(PageParserTest, ItemWithoutLabelAtTheEnd) {
  const Page page = parse_ticker("BRUSSEL (ANP) - Een.\nzojuistDOHA (ANP) - Twee, en dan niets.\n");
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"zojuist", ""}));
  EXPECT_EQ(page.warnings, std::vector<std::string>{"ticker item 2 (DOHA) has no time label"});
}

TEST(PageParserTest, ItemWithoutLabelBeforeTheNextDateline) {
  const Page page = parse_ticker("BRUSSEL (ANP) - Een.\nDOHA (ANP) - Twee.\nnet\n");
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"", "net"}));
  EXPECT_EQ(page.warnings, std::vector<std::string>{"ticker item 1 (BRUSSEL) has no time label"});
}

TEST(PageParserTest, LabelBeforeTheFirstItemIsIgnored) {
  const Page page = parse_ticker("5 minuten geleden\nBRUSSEL (ANP) - Een.\nnet\n");
  EXPECT_EQ(labels_of(page), std::vector<std::string>{"net"});
  EXPECT_TRUE(has_warning(page, {"'5 minuten geleden'", "before the first ticker item"}));
}

TEST(PageParserTest, SecondLabelIsIgnored) {
  const Page page = parse_ticker("BRUSSEL (ANP) - Een.\nnet\n1 uur geleden\n");
  EXPECT_EQ(labels_of(page), std::vector<std::string>{"net"});
  EXPECT_TRUE(has_warning(page, {"ticker item 1 (BRUSSEL)", "second time label '1 uur geleden'"}));
}

TEST(PageParserTest, LinesThatAreNoStoryAreIgnored) {
  const Page page = parse_ticker("Alle artikelen\nBRUSSEL (ANP) - Een.\nnet\nLees meer\n");
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.ticker[0].paragraphs, std::vector<std::string>{"Een."});
  EXPECT_TRUE(has_warning(page, {"'Alle artikelen'", "not a story"}));
  EXPECT_TRUE(has_warning(page, {"'Lees meer'", "not a story"}));
}

TEST(PageParserTest, ItemWithoutTextIsLeftOut) {
  const Page page = parse_ticker("BRUSSEL (ANP) -\nnetDOHA (ANP) - Twee.\nnet\n");
  ASSERT_EQ(page.ticker.size(), 1u);
  EXPECT_EQ(page.ticker[0].place, "DOHA");
  EXPECT_EQ(page.ticker[0].page_position, 1u);
  EXPECT_TRUE(has_warning(page, {"ticker item 1 (BRUSSEL) has no text"}));
}

TEST(PageParserTest, SecondSectionHeadingIsIgnored) {
  const Page page = parse_ticker(
      "BRUSSEL (ANP) - Een.\n1 uur geleden\nMeer uit Economie\nAMSTERDAM (ANP) - Twee.\nnet\n");
  EXPECT_EQ(page.section, "Buitenland");
  EXPECT_EQ(labels_of(page), (std::vector<std::string>{"1 uur geleden", "net"}));
  EXPECT_TRUE(has_warning(page, {"second section heading 'Meer uit Economie'"}));
}

TEST(PageParserTest, PagePositionsFollowThePage) {
  const Page page = parse_page(kBuitenlandLikePage);
  EXPECT_EQ(page.lead.page_position, 0u);
  for (std::size_t i = 0; i < page.ticker.size(); ++i)
    EXPECT_EQ(page.ticker[i].page_position, i + 1);
}

TEST(PageParserTest, LongLinesAreCutInWarnings) {
  const std::string headline(500, 'K');
  const Page page = parse_page(headline + "\nMeer uit X\n");
  ASSERT_EQ(page.warnings.size(), 1u);
  EXPECT_EQ(page.warnings[0], "no lead story: the page starts with '" + std::string(40, 'K') +
                                  "\xE2\x80\xA6' but has no story text before the ticker");
}

TEST(PageParserTest, WarningsAreCapped) {
  std::string ticker;
  for (int i = 0; i < 100; ++i) ticker += "BRUSSEL (ANP) - Item " + std::to_string(i) + ".\n";
  const Page page = parse_ticker(ticker);
  EXPECT_EQ(page.ticker.size(), 100u);
  ASSERT_EQ(page.warnings.size(), 21u);
  EXPECT_EQ(page.warnings.back(), "80 more warning(s) left out");
}

// ---- Robustness and speed ----------------------------------------------------------------

// Runs `parse` and returns how long it took.
template <typename Parse>
std::chrono::milliseconds time_of(Parse parse) {
  const auto start = std::chrono::steady_clock::now();
  parse();
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               start);
}

// Generous bound: the parser is linear and takes a few milliseconds for these pages; a
// quadratic scan would take minutes.
constexpr std::chrono::milliseconds kFast{3000};

TEST(PageParserTest, HandlesAOneMegabyteLine) {
  const std::string sentence = "De Europese bondgenoten praten (opnieuw) over OEKRAINE (ANP). ";
  std::string line;
  while (line.size() < 1'000'000) line += sentence;
  Page page;
  EXPECT_LT(time_of([&] {
              page =
                  parse_page("Kop\nBRUSSEL (ANP) - " + line + "\nMeer uit X\n" + "DOHA (ANP) - " +
                             line + "\n" + line + "\n" + "1 uur geleden" + line + "\nnet\n");
            }),
            kFast);
  EXPECT_EQ(page.lead.paragraphs.size(), 1u);
  ASSERT_EQ(page.ticker.size(), 2u);
  EXPECT_EQ(page.ticker[0].paragraphs.size(), 2u);
  EXPECT_EQ(page.ticker[0].time_label, "1 uur geleden");
  EXPECT_EQ(page.ticker[1].time_label, "net");
}

TEST(PageParserTest, HandlesPathologicalOneMegabyteLines) {
  for (const std::string unit : {"A (", "AB (ANP", "12 minuten geleden", "(", "A", " ",
                                 "vorige week ", "Meer uit ", "\xC3\x89", "\xE2\x80\x99"}) {
    std::string line;
    while (line.size() < 1'000'000) line += unit;
    SCOPED_TRACE(unit);
    EXPECT_LT(time_of([&] {
                parse_page(line);
                parse_page("Meer uit X\n" + line + "\n" + line);
              }),
              kFast);
  }
}

TEST(PageParserTest, HandlesOneHundredThousandItems) {
  std::string text = "Kop\nBRUSSEL (ANP) - Tekst.\nMeer uit Buitenland\n";
  text += "BRUSSEL (ANP) - Item 0.\n";
  for (int i = 1; i < 100'000; ++i) {
    text += std::to_string(i % 59 + 1) + " minuten geledenDOHA (ANP) - Item " + std::to_string(i) +
            ".\n";
  }
  text += "10 uur geleden\n";
  Page page;
  EXPECT_LT(time_of([&] { page = parse_page(text); }), kFast);
  ASSERT_EQ(page.ticker.size(), 100'000u);
  EXPECT_EQ(page.ticker.back().page_position, 100'000u);
  EXPECT_EQ(page.ticker.back().paragraphs, std::vector<std::string>{"Item 99999."});
  EXPECT_EQ(page.ticker.back().time_label, "10 uur geleden");
  EXPECT_TRUE(page.warnings.empty());
}

TEST(PageParserTest, NeverCrashesOnMixedUpPages) {
  // Pages glued together from the pieces that matter, in random order, plus random bytes
  // (parse_page must survive even text that was never decoded).
  const std::vector<std::string> pieces = {"Kop",
                                           "BRUSSEL (ANP) - Tekst.",
                                           "Meer uit X",
                                           "Meer uit",
                                           "12 minuten geleden",
                                           "zojuist",
                                           "vorige week",
                                           "Bondgenoot",
                                           "\n",
                                           "\n\n",
                                           " ",
                                           "(",
                                           ")",
                                           " - ",
                                           "\xE2\x80\x93",
                                           "\xC3",
                                           "\xE2\x80",
                                           "'S-",
                                           "net",
                                           "14:05",
                                           "3-11-2026 ",
                                           "Dat is een zin.",
                                           "\"Nee\", zei hij",
                                           "\xC2\xA0",
                                           "\xEF\xBB\xBF"};
  std::mt19937 random(20261128);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 30);
    for (int i = 0; i < count; ++i) {
      if (random() % 8 == 0) {
        text += static_cast<char>(random() % 256);
      } else {
        text += pieces[random() % pieces.size()];
      }
    }
    const Page page = parse_page(text);
    for (std::size_t i = 0; i < page.ticker.size(); ++i) {
      ASSERT_EQ(page.ticker[i].page_position, i + 1) << text;
      ASSERT_FALSE(page.ticker[i].paragraphs.empty()) << text;
    }
    ASSERT_LE(page.warnings.size(), 21u);
  }
}

}  // namespace
}  // namespace nieuwslezer
