#include "text/ssml.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

SpokenText washington_post() {
  return SpokenText{{{"Dat meldt ", ""}, {"The Washington Post", "en"}, {".", ""}}};
}

TEST(SsmlTest, SwitchesVoiceForEnglishRuns) {
  EXPECT_EQ(
      to_ssml(washington_post(), "nl"),
      "<speak xml:lang=\"nl\">Dat meldt <voice xml:lang=\"en-gb\">The Washington Post</voice>."
      "</speak>");
}

// eSpeak NG 1.51 switches to a bare "en" only once per document (checked with
// espeak-ng -m -x); its own voice names switch every time.
TEST(SsmlTest, UsesVoiceNamesESpeakSwitchesToEveryTime) {
  EXPECT_EQ(ssml_language("en"), "en-gb");
  EXPECT_EQ(ssml_language("fr"), "fr-fr");
  EXPECT_EQ(ssml_language("de"), "de");
  EXPECT_EQ(ssml_language("en-us"), "en-us");
  const SpokenText two{{{"De ", ""}, {"Washington Post", "en"}, {" en ", ""}, {"Red Bull", "en"}}};
  EXPECT_EQ(ssml_body(two),
            "De <voice xml:lang=\"en-gb\">Washington Post</voice> en "
            "<voice xml:lang=\"en-gb\">Red Bull</voice>");
}

TEST(SsmlTest, EscapesText) {
  EXPECT_EQ(xml_escape("R&D <1> \"a\" 'b'"), "R&amp;D &lt;1&gt; &quot;a&quot; &apos;b&apos;");
  EXPECT_EQ(ssml_body(SpokenText{{{"a < b & c", ""}, {"x\"y", "e\"n"}}}),
            "a &lt; b &amp; c<voice xml:lang=\"e&quot;n\">x&quot;y</voice>");
}

TEST(SsmlTest, DocumentOfSegmentsWithBreaks) {
  const std::vector<SsmlSegment> segments = {{SpokenText{{{"Goedemorgen.", ""}}}, 700},
                                             {washington_post(), 0}};
  EXPECT_EQ(to_ssml(segments, "nl"),
            "<speak xml:lang=\"nl\">\n"
            "<p>Goedemorgen.</p><break time=\"700ms\"/>\n"
            "<p>Dat meldt <voice xml:lang=\"en-gb\">The Washington Post</voice>.</p>\n"
            "</speak>\n");
}

TEST(SsmlTest, EmptyTextGivesAnEmptyDocument) {
  EXPECT_EQ(to_ssml(SpokenText{}, "nl"), "<speak xml:lang=\"nl\"></speak>");
  EXPECT_EQ(to_ssml(std::vector<SsmlSegment>{}, "nl"), "<speak xml:lang=\"nl\">\n</speak>\n");
}

}  // namespace
}  // namespace nieuwslezer
