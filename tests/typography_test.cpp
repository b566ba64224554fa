#include "text/typography.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(TypographyTest, DecodesHtmlEntitiesAndDropsTags) {
  EXPECT_EQ(clean_typography("R&amp;D &lt;b&gt; &#8217;s &#x20AC;5 &eacute;&eacute;n"),
            "R&D <b> 's €5 één");
  EXPECT_EQ(clean_typography("Het is <b>vet</b> en<br/>klaar."), "Het is vet en klaar.");
  EXPECT_EQ(clean_typography("&onbekend; en & los"), "en & los");
  EXPECT_EQ(clean_typography("minder < 5 en a<b"), "minder < 5 en a<b");
}

// The feed parser's table and reading (base/html_entities): "&#150;" is Windows-1252's en
// dash as browsers read it, not a control character; "&permil;" is known to both.
TEST(TypographyTest, EntitiesAsTheFeedParserReadsThem) {
  EXPECT_EQ(clean_typography("2020&#150;2024"), "2020-2024");
  EXPECT_EQ(clean_typography("3&permil; en &frac12; en &ijlig;"), "3\u2030 en \u00BD en \u0133");
  EXPECT_EQ(clean_typography("a&#xD800;b"), "ab");
}

TEST(TypographyTest, PlainQuotesDashesAndDots) {
  EXPECT_EQ(clean_typography("„Nee”, zei hij. ‘Ja’ en auto’s «oui»"),
            "\"Nee\", zei hij. 'Ja' en auto's \"oui\"");
  EXPECT_EQ(clean_typography("2020–2024 en −5 en koud — nat"), "2020-2024 en -5 en koud - nat");
  EXPECT_EQ(clean_typography("En toen…"), "En toen...");
}

TEST(TypographyTest, SpacesInvisiblesAndEmoji) {
  EXPECT_EQ(clean_typography("a\u00A0b\u2009c\td   e"), "a b c d e");
  EXPECT_EQ(clean_typography("ge\u00ADbouw\u200B"), "gebouw");
  EXPECT_EQ(clean_typography("Top 😀🎉👍🏽 dag ❤️"), "Top dag");
  EXPECT_EQ(clean_typography("regel 1  \r\nregel 2\rregel 3"), "regel 1\nregel 2\nregel 3");
  EXPECT_EQ(clean_typography("20ºC"), "20°C");
}

TEST(TypographyTest, BrokenBytesAreDropped) {
  EXPECT_EQ(clean_typography("a\xFF\xC3 b\x01"
                             "c"),
            "a b c");
}

}  // namespace
}  // namespace nieuwslezer
