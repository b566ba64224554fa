#include "script/shorten.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

const TextData& text_data() {
  static const TextData shipped = load_text_data(NIEUWSLEZER_SOURCE_DIR "/data");
  return shipped;
}

Story story() {
  Story s;
  s.headline = "Kop";
  s.paragraphs = {"Het regent o.a. in Zeist. Morgen 1,5 graad.", "Drie. Vier.", "Vijf."};
  return s;
}

TEST(Shorten, KeepsTheFirstSentencesAcrossParagraphs) {
  Story s = story();
  keep_first_sentences(s, 3, text_data());
  EXPECT_EQ(s.paragraphs,
            (std::vector<std::string>{"Het regent o.a. in Zeist. Morgen 1,5 graad.", "Drie."}));
  EXPECT_EQ(s.headline, "Kop");
}

TEST(Shorten, OneSentenceZeroAndMoreThanThereAre) {
  Story one = story();
  keep_first_sentences(one, 1, text_data());
  EXPECT_EQ(one.paragraphs, (std::vector<std::string>{"Het regent o.a. in Zeist."}));
  Story none = story();
  keep_first_sentences(none, 0, text_data());
  EXPECT_TRUE(none.paragraphs.empty());
  Story all = story();
  keep_first_sentences(all, 99, text_data());
  EXPECT_EQ(all.paragraphs, (std::vector<std::string>{"Het regent o.a. in Zeist. Morgen 1,5 graad.",
                                                      "Drie. Vier.", "Vijf."}));
}

}  // namespace
}  // namespace nieuwslezer
