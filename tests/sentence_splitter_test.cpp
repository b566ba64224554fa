#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "test_support.h"

namespace nieuwslezer {
namespace {

using test::bundled_data;

using Sentences = std::vector<std::string>;

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

// "w1 w2 ... wN" with `mark` glued to word k (1-based) for each k in `marks`.
std::string words(std::size_t n, std::initializer_list<std::size_t> marks = {},
                  std::string_view mark = ",") {
  std::string text;
  for (std::size_t k = 1; k <= n; ++k) {
    text += (k > 1 ? " w" : "w") + std::to_string(k);
    if (std::find(marks.begin(), marks.end(), k) != marks.end()) text += mark;
  }
  return text;
}

std::size_t word_count(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
}

TEST(SentenceSplitTest, AnOverlongSentenceIsCutAtItsLastClauseBreak) {
  ASSERT_EQ(kMaxSentenceWords, 60u);
  EXPECT_EQ(split(words(60)), (Sentences{words(60)})) << "60 words is one sentence";
  // A comma after word 45 (in the second half): the first piece ends there.
  const Sentences pieces = split(words(100, {10, 45}));
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(word_count(pieces[0]), 45u);
  EXPECT_TRUE(pieces[0].ends_with("w45,")) << pieces[0];
  EXPECT_TRUE(pieces[1].starts_with("w46 ")) << pieces[1];
  // A comma only in the first half does not count: cut after 60 words.
  const Sentences plain = split(words(130, {10}) + ".");
  ASSERT_EQ(plain.size(), 3u);
  EXPECT_EQ(word_count(plain[0]), 60u);
  EXPECT_EQ(word_count(plain[1]), 60u);
  EXPECT_EQ(plain[2], "w121 w122 w123 w124 w125 w126 w127 w128 w129 w130.");
  // A dash opens the next piece.
  const Sentences dash = split(words(50) + " \xE2\x80\x93 " + words(40));
  ASSERT_EQ(dash.size(), 2u);
  EXPECT_TRUE(dash[1].starts_with("\xE2\x80\x93 w1 ")) << dash[1];
}

TEST(SentenceSplitTest, AMegabyteWithoutFullStopsIsCutInLinearTime) {
  std::string text;
  while (text.size() < (1u << 20)) text += "de minister zegt dat het kabinet, na overleg ";
  const auto start = std::chrono::steady_clock::now();
  const Sentences pieces = split(text);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::size_t total = 0;
  for (const std::string& piece : pieces) {
    EXPECT_LE(word_count(piece), kMaxSentenceWords);
    total += word_count(piece);
  }
  EXPECT_EQ(total, word_count(text.substr(0, text.size() - 1)));
  EXPECT_GT(pieces.size(), 2000u);
  EXPECT_LT(seconds, 5.0);
}
}  // namespace
}  // namespace nieuwslezer
