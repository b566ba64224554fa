#include "script/brackets.h"

#include <gtest/gtest.h>

#include <string>

#include "errors.h"
#include "script/quotes.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

const BracketData& shipped() {
  static const BracketData data = load_bracket_data(NIEUWSLEZER_SOURCE_DIR "/data");
  return data;
}

std::string aloud(std::string_view paragraph) {
  return resolve_brackets(paragraph, shipped(), test::bundled_data());
}

// The shipped data without its age_after form: ages go before the noun ("een 45-jarige man").
std::string aloud_before(std::string_view paragraph) {
  static const BracketData data = [] {
    BracketData before = shipped();
    before.age_after_form.clear();
    return before;
  }();
  return resolve_brackets(paragraph, data, test::bundled_data());
}

bool has_bracket(const std::string& text) {
  return text.find_first_of("()[]") != std::string::npos;
}

// --- acronyms ------------------------------------------------------------------------------

TEST(Brackets, AcronymAfterItsExpansionIsDropped) {
  EXPECT_EQ(aloud("De Europese Centrale Bank (ECB) verhoogt de rente."),
            "De Europese Centrale Bank verhoogt de rente.");
  EXPECT_EQ(aloud("Dat meldt het Centraal Bureau voor de Statistiek (CBS)."),
            "Dat meldt het Centraal Bureau voor de Statistiek.");
  EXPECT_EQ(aloud("De Partij van de Arbeid (PvdA) is tegen."), "De Partij van de Arbeid is tegen.");
  EXPECT_EQ(aloud("De Partij voor de Vrijheid (PVV) is voor."),
            "De Partij voor de Vrijheid is voor.");
  EXPECT_EQ(aloud("Het Openbaar Ministerie (OM) eist een celstraf."),
            "Het Openbaar Ministerie eist een celstraf.");
  EXPECT_EQ(aloud("De Noord-Atlantische Verdragsorganisatie (NAVO) vergadert."),
            "De Noord-Atlantische Verdragsorganisatie vergadert.");
  // Not spelled by the name, but standing for it.
  EXPECT_EQ(aloud("De Wereldgezondheidsorganisatie (WHO) waarschuwt."),
            "De Wereldgezondheidsorganisatie waarschuwt.");
}

// The name is said once, as it was first written (the reading corpus's convention).
TEST(Brackets, ExpansionAfterItsAcronymIsDropped) {
  EXPECT_EQ(aloud("De ECB (Europese Centrale Bank) verhoogt de rente."),
            "De ECB verhoogt de rente.");
  EXPECT_EQ(aloud("Volgens het CBS (Centraal Bureau voor de Statistiek) daalt de werkloosheid."),
            "Volgens het CBS daalt de werkloosheid.");
  EXPECT_EQ(aloud("Volgens de NAVO (Noord-Atlantische Verdragsorganisatie) is de dreiging groot."),
            "Volgens de NAVO is de dreiging groot.");
  EXPECT_EQ(aloud("De WHO (Wereldgezondheidsorganisatie) waarschuwt."), "De WHO waarschuwt.");
  EXPECT_EQ(aloud("De VS (Verenigde Staten) dreigen met heffingen."),
            "De VS dreigen met heffingen.");
}

TEST(Brackets, AcronymAfterADescriptionIsWorkedIn) {
  EXPECT_EQ(aloud("De Amerikaanse ruimtevaartorganisatie (NASA) lanceert een raket."),
            "De Amerikaanse ruimtevaartorganisatie NASA lanceert een raket.");
}

// --- credits and residue -------------------------------------------------------------------

TEST(Brackets, CreditsAndPageResidueAreDropped) {
  EXPECT_EQ(aloud("AMSTERDAM (ANP) - De treinen rijden weer."),
            "AMSTERDAM - De treinen rijden weer.");
  EXPECT_EQ(aloud("De premier (ANP/AFP) vertrekt."), "De premier vertrekt.");
  EXPECT_EQ(aloud("De premier vertrekt (ANP)\nDe Kamer blijft."),
            "De premier vertrekt\nDe Kamer blijft.");
  EXPECT_EQ(aloud("De brand is geblust (Foto: ANP)."), "De brand is geblust.");
  EXPECT_EQ(aloud("De dijk houdt het (Beeld: Reuters)."), "De dijk houdt het.");
  EXPECT_EQ(aloud("De dijk houdt het (foto Jan Jansen)."), "De dijk houdt het.");
  EXPECT_EQ(aloud("Kijk hoe de dijk doorbreekt (video)."), "Kijk hoe de dijk doorbreekt.");
  EXPECT_EQ(aloud("(+) Zo gaat het kabinet verder"), "Zo gaat het kabinet verder");
  EXPECT_EQ(aloud("(update) De weg is weer open."), "De weg is weer open.");
  EXPECT_EQ(aloud("Het aantal slachtoffers stijgt (zie kader)."),
            "Het aantal slachtoffers stijgt.");
  EXPECT_EQ(aloud("[advertentie]"), "");
  EXPECT_EQ(aloud("Hij zei dat het [...] niet kon."), "Hij zei dat het niet kon.");
  EXPECT_EQ(aloud("Het was een 'onzalig plan' (sic)."), "Het was een 'onzalig plan'.");
}

// --- ages ----------------------------------------------------------------------------------

// The shipped convention, as radio news says it: the age where the bracket stood.
TEST(Brackets, AgeIsSaidWithVanWhereItStood) {
  EXPECT_EQ(aloud("Een man (45) uit Utrecht is aangehouden."),
            "Een man van 45 uit Utrecht is aangehouden.");
  EXPECT_EQ(aloud("Jan de Vries (45) werd gehoord."), "Jan de Vries van 45 werd gehoord.");
  EXPECT_EQ(aloud("De man (45 jaar) zweeg."), "De man van 45 zweeg.");
  EXPECT_EQ(aloud("(45) Hij zweeg."), "Hij zweeg.");
}

TEST(Brackets, AgeGoesBeforeTheNoun) {
  EXPECT_EQ(aloud_before("Een man (45) uit Utrecht is aangehouden."),
            "Een 45-jarige man uit Utrecht is aangehouden.");
  EXPECT_EQ(aloud_before("De politie heeft een vrouw (31) aangehouden."),
            "De politie heeft een 31-jarige vrouw aangehouden.");
  EXPECT_EQ(aloud_before("Een jonge man (23) raakte gewond."),
            "Een 23-jarige jonge man raakte gewond.");
  EXPECT_EQ(aloud_before("Een Amsterdamse vrouw (31) is opgepakt."),
            "Een 31-jarige Amsterdamse vrouw is opgepakt.");
  EXPECT_EQ(aloud_before("De man (45 jaar) zweeg."), "De 45-jarige man zweeg.");
}

TEST(Brackets, NeuterNounAfterEenTakesTheShortForm) {
  EXPECT_EQ(aloud_before("Een meisje (3) is gewond geraakt."),
            "Een 3-jarig meisje is gewond geraakt.");
  EXPECT_EQ(aloud_before("Het meisje (3) ligt in het ziekenhuis."),
            "Het 3-jarige meisje ligt in het ziekenhuis.");
  EXPECT_EQ(aloud_before("Er is een kind (8) vermist."), "Er is een 8-jarig kind vermist.");
  EXPECT_EQ(aloud_before("Zijn zoontje (2) was thuis."), "Zijn 2-jarige zoontje was thuis.");
}

TEST(Brackets, AgeOfANamedPersonGoesBeforeTheName) {
  EXPECT_EQ(aloud_before("Jan de Vries (45) werd vrijdag veroordeeld."),
            "De 45-jarige Jan de Vries werd vrijdag veroordeeld.");
  EXPECT_EQ(aloud_before("De politie hield Jan de Vries (45) aan."),
            "De politie hield de 45-jarige Jan de Vries aan.");
  EXPECT_EQ(aloud_before("Dat zei Koeman (62) na afloop."),
            "Dat zei de 62-jarige Koeman na afloop.");
  EXPECT_EQ(aloud_before("Volgens De Vries (45) klopt het niet."),
            "Volgens de 45-jarige De Vries klopt het niet.");
  EXPECT_EQ(aloud_before("Koeman (62) blijft bondscoach."),
            "De 62-jarige Koeman blijft bondscoach.");
  EXPECT_EQ(aloud_before("Volgens Koeman (62) klopt het niet."),
            "Volgens de 62-jarige Koeman klopt het niet.");
  EXPECT_EQ(aloud_before("De Amsterdammer (31) is opgepakt."),
            "De 31-jarige Amsterdammer is opgepakt.");
}

TEST(Brackets, AgeOfATitledPersonGoesBeforeTheTitle) {
  EXPECT_EQ(aloud_before("Premier Mark Rutte (57) zei dat."),
            "De 57-jarige premier Mark Rutte zei dat.");
  EXPECT_EQ(aloud_before("Dat zei premier Mark Rutte (57)."),
            "Dat zei de 57-jarige premier Mark Rutte.");
  EXPECT_EQ(aloud_before("De verdachte Jan de V. (45) zweeg."),
            "De 45-jarige verdachte Jan de V. zweeg.");
  EXPECT_EQ(aloud_before("Volgens dr. Jansen (62) is het risico klein."),
            "Volgens de 62-jarige dr. Jansen is het risico klein.");
  EXPECT_EQ(aloud_before("Een Kamerlid (45) stapt op."), "Een 45-jarig Kamerlid stapt op.");
}

TEST(Brackets, SeveralAgesFollowThePeople) {
  EXPECT_EQ(aloud("Twee mannen (19 en 21) zijn opgepakt."),
            "Twee mannen van 19 en 21 zijn opgepakt.");
  EXPECT_EQ(aloud("Drie jongens (15, 16 en 17) zijn opgepakt."),
            "Drie jongens van 15, 16 en 17 zijn opgepakt.");
}

TEST(Brackets, AgeWithNobodyBeforeItIsDropped) {
  EXPECT_EQ(aloud("(45) Een man is aangehouden."), "Een man is aangehouden.");
}

// --- parties and places --------------------------------------------------------------------

TEST(Brackets, PartyAfterAPoliticianIsSaidWithVan) {
  EXPECT_EQ(aloud("Kamerlid Jan Paternotte (D66) wil opheldering."),
            "Kamerlid Jan Paternotte van D66 wil opheldering.");
  EXPECT_EQ(aloud("Minister Hoekstra (CDA) reageert niet."),
            "Minister Hoekstra van het CDA reageert niet.");
  EXPECT_EQ(aloud("Dat zegt Kamerlid Ruben Brekelmans (VVD)."),
            "Dat zegt Kamerlid Ruben Brekelmans van de VVD.");
  EXPECT_EQ(aloud("Frans Timmermans (GL-PvdA) is kritisch."),
            "Frans Timmermans van GroenLinks-PvdA is kritisch.");
  EXPECT_EQ(aloud("Bart De Wever (N-VA) wordt premier."),
            "Bart De Wever van de N-VA wordt premier.");
}

TEST(Brackets, CountryOrRegionAfterAPlaceIsSaidWithIn) {
  EXPECT_EQ(aloud("Het ongeluk gebeurde in Hasselt (België)."),
            "Het ongeluk gebeurde in Hasselt in België.");
  EXPECT_EQ(aloud("De brand woedde in Portland (VS)."), "De brand woedde in Portland in de VS.");
  EXPECT_EQ(aloud("Hij woont in Zeist (Utrecht)."), "Hij woont in Zeist in Utrecht.");
}

// --- figures -------------------------------------------------------------------------------

TEST(Brackets, FiguresAreDroppedAndScoresWorkedIn) {
  EXPECT_EQ(aloud("Het bedrijf verdiende 1 miljard dollar (930 miljoen euro)."),
            "Het bedrijf verdiende 1 miljard dollar.");
  EXPECT_EQ(aloud("De AEX steeg (+1,2 procent) fors."), "De AEX steeg fors.");
  EXPECT_EQ(aloud("Het rapport (2019) is achterhaald."), "Het rapport is achterhaald.");
  EXPECT_EQ(aloud("PSV won van Ajax (2-1)."), "PSV won van Ajax, 2-1.");
}

// --- other content -------------------------------------------------------------------------

TEST(Brackets, SentenceInBracketsFollowsTheSentenceItStoodIn) {
  EXPECT_EQ(aloud("Het kabinet wil de belasting verhogen (de Tweede Kamer stemt daar volgende "
                  "week over). Dat kost geld."),
            "Het kabinet wil de belasting verhogen. De Tweede Kamer stemt daar volgende week "
            "over. Dat kost geld.");
  EXPECT_EQ(aloud("Het rapport (De Kamer krijgt het later.) is klaar."),
            "Het rapport is klaar. De Kamer krijgt het later.");
  EXPECT_EQ(aloud("Het rapport is klaar (de Kamer krijgt het pas na de zomer te zien)"),
            "Het rapport is klaar. De Kamer krijgt het pas na de zomer te zien.");
  EXPECT_EQ(aloud("Het rapport is klaar (de Kamer krijgt het pas na de zomer te zien)\nDaarna "
                  "volgt het debat."),
            "Het rapport is klaar. De Kamer krijgt het pas na de zomer te zien.\nDaarna volgt "
            "het debat.");
  EXPECT_EQ(aloud("Hij noemde dr. Jansen (de viroloog was er zelf niet bij aanwezig) als bron. "
                  "Daarna ging hij weg."),
            "Hij noemde dr. Jansen als bron. De viroloog was er zelf niet bij aanwezig. Daarna "
            "ging hij weg.");
}

TEST(Brackets, LongClauseIsSaidInPlaceBetweenCommas) {
  EXPECT_EQ(aloud("Het plan (dat de Kamer vorig jaar met grote meerderheid heeft aangenomen) "
                  "gaat in januari in."),
            "Het plan, dat de Kamer vorig jaar met grote meerderheid heeft aangenomen, gaat in "
            "januari in.");
  EXPECT_EQ(aloud("Hij stopt (omdat hij na twintig jaar in de politiek iets anders wil)."),
            "Hij stopt, omdat hij na twintig jaar in de politiek iets anders wil.");
}

TEST(Brackets, LongContentThatOnlyRepeatsIsDropped) {
  EXPECT_EQ(aloud("Het kabinet wil de belasting op benzine en diesel verhogen (verhogen van de "
                  "belasting op benzine en diesel)."),
            "Het kabinet wil de belasting op benzine en diesel verhogen.");
}

TEST(Brackets, ShortContentIsWorkedIn) {
  EXPECT_EQ(aloud("De Rada (het Oekraïense parlement) stemt vandaag."),
            "De Rada, het Oekraïense parlement, stemt vandaag.");
  EXPECT_EQ(aloud("Het is (nog) niet duidelijk."), "Het is nog niet duidelijk.");
  EXPECT_EQ(aloud("Het is nu X (voorheen Twitter)."), "Het is nu X, voorheen Twitter.");
  EXPECT_EQ(aloud("Het is koud. (Volgens de politie) is er niemand gewond."),
            "Het is koud. Volgens de politie is er niemand gewond.");
  EXPECT_EQ(aloud("Het plan (met steun van (bijna) alle partijen) gaat door."),
            "Het plan, met steun van bijna alle partijen, gaat door.");
}

TEST(Brackets, FragmentsGluedToAWordJoinIt) {
  EXPECT_EQ(aloud("Alle medewerker(s) zijn welkom."), "Alle medewerkers zijn welkom.");
  EXPECT_EQ(aloud("Zijn (ex-)partner is aangehouden."), "Zijn ex-partner is aangehouden.");
  EXPECT_EQ(aloud("De collega('s) van de agent."), "De collega's van de agent.");
}

TEST(Brackets, SquareBracketsAreReadLikeRoundOnes) {
  EXPECT_EQ(aloud("De Europese Centrale Bank [ECB] verhoogt de rente."),
            "De Europese Centrale Bank verhoogt de rente.");
  EXPECT_EQ(aloud("Hij [de minister] wil dat niet."), "Hij, de minister, wil dat niet.");
}

TEST(Brackets, UnbalancedAndNestedBracketsLeaveNoBracket) {
  EXPECT_EQ(aloud("Het plan (met steun gaat door."), "Het plan met steun gaat door.");
  EXPECT_EQ(aloud("Het plan gaat door) vandaag."), "Het plan gaat door vandaag.");
  EXPECT_FALSE(has_bracket(aloud("Het plan [gaat) door].")));
  EXPECT_EQ(aloud("Het aantal stijgt (zie (ook) kader)."), "Het aantal stijgt.");
  EXPECT_EQ(aloud("((((Nee))))"), "Nee");
  EXPECT_EQ(aloud(")))((("), "");
  EXPECT_EQ(aloud(""), "");
}

TEST(Brackets, TextWithoutBracketsIsUnchanged) {
  for (const char* text :
       {"Het kabinet is gevallen. De oppositie juicht.",
        "De auto's van CDA'ers staan 's avonds buiten.", "'We gaan door', zei Koeman."}) {
    EXPECT_EQ(aloud(text), text);
  }
}

TEST(Brackets, NoBracketIsLeftInRealisticParagraphs) {
  for (const char* paragraph :
       {"DEN HAAG (ANP) - Het kabinet trekt 1,2 miljard euro (ruim 1,3 miljard dollar) uit "
        "voor bruggen (zie kaart). Minister Madlener (PVV) zegt dat.",
        "Een man (45) en een vrouw (43) uit Hasselt (België) zijn aangehouden (foto).",
        "Het CBS (Centraal Bureau voor de Statistiek [CBS]) meldt dat (voor het eerst "
        "sinds 2019) de groei stokt.",
        "Dit is (onbalans. En (dit ook)) raar) einde. ]["}) {
    const std::string out = aloud(paragraph);
    EXPECT_FALSE(has_bracket(out)) << paragraph << " -> " << out;
  }
}

TEST(Brackets, BracketsThenQuotes) {
  // The order the script writer uses: brackets first, so the speaker is one name.
  static const QuoteData quotes = load_quote_data(NIEUWSLEZER_SOURCE_DIR "/data");
  const std::string text =
      "'Dit kabinet doet veel te weinig voor de mensen in de regio en op het platteland', zei "
      "Kamerlid Jan Paternotte (D66) dinsdag.";
  EXPECT_EQ(attribute_quotes(aloud(text), quotes, test::bundled_data()),
            "Kamerlid Jan Paternotte van D66 zei dinsdag: Dit kabinet doet veel te weinig voor "
            "de mensen in de regio en op het platteland.");
}

// --- size and speed ------------------------------------------------------------------------

TEST(Brackets, MegabyteOfBracketsFinishesWithBoundedOutput) {
  const std::size_t size = 1 << 20;
  for (const std::string unit :
       {"(", ")", "()", "[(", "((((((((((a))))))))))", "man (45) ", "(ECB) ", "x (a b) (c d) ",
        "Europese Centrale Bank (ECB) ", "(dit is een hele lange zin in haakjes met woorden) "}) {
    std::string text;
    while (text.size() < size) text += unit;
    const std::string out = aloud(text);
    // Ages grow most: "man (45) " -> "45-jarige man ".
    EXPECT_LE(out.size(), 2 * text.size()) << unit;
    EXPECT_FALSE(has_bracket(out)) << unit;
  }
  // A long word before many ages: each looks back a bounded distance only.
  std::string text(size, 'a');
  for (int i = 0; i < 50000; ++i) text += " (45)";
  const std::string out = aloud(text);
  EXPECT_LE(out.size(), 2 * text.size());
  EXPECT_FALSE(has_bracket(out));
}

TEST(Brackets, RandomMixesOfBracketsAndWordsNeverLeaveABracket) {
  const std::vector<std::string> pieces = {
      "(", ")", "[",   "]",        " ",    " ",   "man", "45", "Jan", "de",    "Vries", "ECB",
      ".", ",", "ANP", "Europese", "Bank", "D66", "een", "\n", "zie", "kader", "2-1",   "Het"};
  std::uint32_t seed = 54321;
  const auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(next() % 40);
    for (int i = 0; i < length; ++i) text += pieces[next() % pieces.size()];
    const std::string out = aloud(text);
    EXPECT_FALSE(has_bracket(out)) << text << " -> " << out;
    EXPECT_LE(out.size(), 3 * text.size() + 40) << text;
  }
}

// --- the data ------------------------------------------------------------------------------

class BracketDataFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::fresh_test_directory("brackets");
    test::write_file(dir_ / "name_particles.tsv", "van\nde\n");
  }

  static std::string forms() {
    return "form\tage\t{age}-jarige\nform\tage_neuter\t{age}-jarig\nform\tperson\tde "
           "{age}-jarige\nform\tperson_neuter\thet {age}-jarige\nform\tages\tvan {ages} "
           "jaar\nform\tparty\tvan {party}\nform\tplace\tin {place}\n";
  }

  std::string error_for(const std::string& brackets) {
    test::write_file(dir_ / "brackets.tsv", brackets);
    try {
      load_bracket_data(dir_);
    } catch (const DataError& error) {
      return error.what();
    }
    return "";
  }

  fs::path dir_;
};

TEST_F(BracketDataFiles, ShippedDataHasTheDocumentedChoices) {
  EXPECT_EQ(shipped().parties.at("CDA"), "het CDA");
  EXPECT_EQ(shipped().places.at("VS"), "de VS");
  EXPECT_EQ(shipped().party_form, "van {party}");
  EXPECT_EQ(shipped().short_words, 6u);
  EXPECT_TRUE(shipped().determiners.at("een"));
  EXPECT_FALSE(shipped().determiners.at("de"));
}

TEST_F(BracketDataFiles, ReadsAMinimalFile) {
  test::write_file(dir_ / "brackets.tsv",
                   forms() + "residue\tzie *\nparty\tD66\tD66\nsetting\tshort_words\t2\n");
  const BracketData data = load_bracket_data(dir_);
  EXPECT_EQ(data.residue_prefixes, std::vector<std::string>{"zie "});
  EXPECT_EQ(resolve_brackets("Hij (D66) zegt het (zie foto).", data, test::bundled_data()),
            "Hij van D66 zegt het.");
  // Three words are more than short_words here: a sentence of its own.
  EXPECT_EQ(resolve_brackets("Hij zegt het (met veel nadruk).", data, test::bundled_data()),
            "Hij zegt het. Met veel nadruk.");
}

TEST_F(BracketDataFiles, MalformedLinesNameFileAndLine) {
  const std::string file = (dir_ / "brackets.tsv").string();
  EXPECT_EQ(error_for(forms() + "leeftijd\t45\n"),
            file +
                ":8: unknown kind 'leeftijd' (residue, credit, party, place, determiner, "
                "title, neuter, minor, clause, function, form or setting)");
  EXPECT_EQ(
      error_for("form\tleeftijd\t{age}\n"),
      file +
          ":1: unknown form 'leeftijd' (age, age_after, age_neuter, person, person_neuter, ages, "
          "party, place)");
  EXPECT_EQ(error_for("form\tparty\tvan de partij\n"), file + ":1: form 'party' must hold {party}");
  EXPECT_EQ(error_for("party\tD66\n"),
            file + ":1: expected 'party<TAB>written<TAB>spoken' (tab-separated), got 2 field(s)");
  EXPECT_EQ(error_for("determiner\teen\tonbepaald\n"),
            file + ":1: third field must be 'indefinite', got 'onbepaald'");
  EXPECT_EQ(error_for(forms() + "setting\tshort_words\t0\n"),
            file + ":8: '0' is not a number of words (1-100)");
  EXPECT_EQ(error_for("form\tage\t{age}-jarige\n"),
            file + ": no 'form<TAB>age_neuter<TAB>...' line");
}

TEST_F(BracketDataFiles, MissingFileIsADataError) {
  EXPECT_THROW(load_bracket_data(dir_ / "nowhere"), DataError);
  fs::remove(dir_ / "name_particles.tsv");
  test::write_file(dir_ / "brackets.tsv", forms());
  EXPECT_THROW(load_bracket_data(dir_), DataError);
}

}  // namespace
}  // namespace nieuwslezer
