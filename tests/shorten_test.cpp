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

TEST(Shorten, AStoryOverTheWordLimitKeepsItsFirstSentences) {
  Story s = story();  // Kop | Het regent o.a. in Zeist. Morgen 1,5 graad. | Drie. Vier. | Vijf.
  EXPECT_EQ(keep_first_words(s, 12, text_data()).kept, 12u) << "within the limit: as it is";
  EXPECT_EQ(s.paragraphs.size(), 3u);
  const StoryLength length = keep_first_words(s, 10, text_data());
  EXPECT_EQ(length.words, 12u);
  EXPECT_EQ(length.kept, 10u);
  EXPECT_EQ(s.headline, "Kop");
  EXPECT_EQ(s.paragraphs,
            (std::vector<std::string>{"Het regent o.a. in Zeist. Morgen 1,5 graad.", "Drie."}));
}

TEST(Shorten, AnEndlessSentenceIsCutInPieces) {
  ASSERT_EQ(kMaxStoryWords, 2000u);
  Story s;
  s.headline = "Kop";
  std::string endless;
  for (int k = 0; k < 150000; ++k) endless += "woord ";
  s.paragraphs = {endless, "Nog een alinea."};
  const StoryLength length = keep_first_words(s, kMaxStoryWords, text_data());
  EXPECT_EQ(length.words, 150004u);
  EXPECT_EQ(length.kept, 1981u) << "the headline and 33 pieces of 60 words";
  ASSERT_EQ(s.paragraphs.size(), 1u);
  EXPECT_EQ(s.paragraphs[0].size(), 1980u * 6 - 1);
}
}  // namespace
}  // namespace nieuwslezer
