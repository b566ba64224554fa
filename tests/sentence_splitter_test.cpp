#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

using Sentences = std::vector<std::string>;

const TextData& bundled_data() {
  static const TextData data = load_text_data(NIEUWSLEZER_SOURCE_DIR "/data");
  return data;
}

Sentences split(std::string_view text) { return split_sentences(text, bundled_data()); }

TEST(SentenceSplitTest, SplitsAtFullStopsQuestionsAndExclamations) {
  EXPECT_EQ(split("Het kabinet is gevallen. De oppositie juicht."),
            (Sentences{"Het kabinet is gevallen.", "De oppositie juicht."}));
  EXPECT_EQ(split("Is dit waar? Ja! Zeker."), (Sentences{"Is dit waar?", "Ja!", "Zeker."}));
  EXPECT_EQ(split("Wat?! Nee... Echt niet."), (Sentences{"Wat?!", "Nee...", "Echt niet."}));
  EXPECT_EQ(split("Toen… Niets."), (Sentences{"Toen…", "Niets."}));
}

TEST(SentenceSplitTest, KnowsAbbreviations) {
  EXPECT_EQ(split("Hij zei o.a. dat. Daarna 1,5 uur."),
            (Sentences{"Hij zei o.a. dat.", "Daarna 1,5 uur."}));
  EXPECT_EQ(split("Volgens dr. Jansen en prof. De Vries klopt het."),
            (Sentences{"Volgens dr. Jansen en prof. De Vries klopt het."}));
  EXPECT_EQ(split("Het gaat o.a. Duitsland aan."), (Sentences{"Het gaat o.a. Duitsland aan."}));
  EXPECT_EQ(split("Appels, peren enz. De prijzen stijgen."),
            (Sentences{"Appels, peren enz.", "De prijzen stijgen."}));
  EXPECT_EQ(split("Dat is bijv. Nederland."), (Sentences{"Dat is bijv. Nederland."}));
  EXPECT_EQ(split("Bijv. Nederland. Of België."), (Sentences{"Bijv. Nederland.", "Of België."}));
}

TEST(SentenceSplitTest, KnowsNumbersInitialsAndDates) {
  EXPECT_EQ(split("De groei is 1,5 procent. Om 14.30 uur begint het."),
            (Sentences{"De groei is 1,5 procent.", "Om 14.30 uur begint het."}));
  EXPECT_EQ(split("Er wonen 1.200.000 mensen."), (Sentences{"Er wonen 1.200.000 mensen."}));
  EXPECT_EQ(split("W. Jansen en J.P. Balkenende kwamen."),
            (Sentences{"W. Jansen en J.P. Balkenende kwamen."}));
  EXPECT_EQ(split("Het gaat in op 1 jan. 2027 en niet eerder."),
            (Sentences{"Het gaat in op 1 jan. 2027 en niet eerder."}));
  EXPECT_EQ(split("Het was 2025. 2026 wordt beter."),
            (Sentences{"Het was 2025.", "2026 wordt beter."}));
  EXPECT_EQ(split("De VS. Daarna de EU."), (Sentences{"De VS.", "Daarna de EU."}));
}

TEST(SentenceSplitTest, KeepsClosingQuotesAndBracketsWithTheirSentence) {
  EXPECT_EQ(split("Zij zei: \"We gaan door.\" Daarna ging ze."),
            (Sentences{"Zij zei: \"We gaan door.\"", "Daarna ging ze."}));
  EXPECT_EQ(split("Zij zei: „We gaan door.” Daarna ging ze."),
            (Sentences{"Zij zei: „We gaan door.”", "Daarna ging ze."}));
  EXPECT_EQ(split("Het plan (zie bijlage.) Is klaar."),
            (Sentences{"Het plan (zie bijlage.)", "Is klaar."}));
  EXPECT_EQ(split("\"Als ze iets willen\", zei hij, \"dan overwegen we het.\""),
            (Sentences{"\"Als ze iets willen\", zei hij, \"dan overwegen we het.\""}));
}

TEST(SentenceSplitTest, DoesNotSplitBeforeLowerCase) {
  EXPECT_EQ(split("Waarom? vroeg hij."), (Sentences{"Waarom? vroeg hij."}));
  EXPECT_EQ(split("Het kost 5 mln. euro."), (Sentences{"Het kost 5 mln. euro."}));
}

TEST(SentenceSplitTest, EveryLineBreakEndsASentence) {
  EXPECT_EQ(
      split("Kabinet valt\nDEN HAAG (ANP) - Het kabinet is gevallen.\n\nAchterstand\n"),
      (Sentences{"Kabinet valt", "DEN HAAG (ANP) - Het kabinet is gevallen.", "Achterstand"}));
}

TEST(SentenceSplitTest, NothingGivesNothing) {
  EXPECT_EQ(split(""), Sentences{});
  EXPECT_EQ(split(" \n \n"), Sentences{});
  EXPECT_EQ(split("..."), (Sentences{"..."}));
}

}  // namespace
}  // namespace nieuwslezer
