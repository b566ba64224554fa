#include "text/spoken_builder.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(SpokenBuilderTest, SpacesWordsAndAttachesMarks) {
  SpokenTextBuilder builder;
  builder.word("Het");
  builder.word("is");
  builder.pause();
  builder.word("zei");
  builder.word("hij");
  builder.sentence_end();
  EXPECT_EQ(builder.finish().plain(), "Het is, zei hij.");
}

TEST(SpokenBuilderTest, TheStrongestOfMeetingMarksWins) {
  SpokenTextBuilder builder;
  builder.pause();  // nothing before it: dropped
  builder.word("Brussel");
  builder.sentence_end();
  builder.pause();
  builder.word("De");
  builder.punct(',');
  builder.punct('?');
  builder.punct('.');
  EXPECT_EQ(builder.finish().plain(), "Brussel. De?");
}

TEST(SpokenBuilderTest, JoinsBindWordsAndRunsButNotAcrossMarks) {
  SpokenTextBuilder builder;
  builder.word("E-U");
  builder.join("-");
  builder.word("top");
  builder.join("-");  // nothing after it yet: still joined to the next word
  builder.word("overleg");
  builder.sentence_end();
  builder.join("-");
  builder.word("Een");
  builder.foreign("en", "Red Bull", "Red Bull");
  builder.join("-");
  builder.word("coureur");
  EXPECT_EQ(builder.finish().plain(), "E-U-top-overleg. Een Red Bull-coureur");
}

TEST(SpokenBuilderTest, AJoinNeverDangles) {
  // Found by fuzz/normalizer_fuzz: "0-Washington Post" was said "0- Washington Post".
  SpokenTextBuilder builder;
  builder.word("0");
  builder.join("-");
  builder.foreign("en", "Washington Post", "Washington Post");
  builder.word("en");
  builder.word("top");
  builder.join("-");
  builder.sentence_end();
  builder.word("EU");
  builder.join("'");
  EXPECT_EQ(builder.finish().plain(), "0-Washington Post en top. EU");
}

TEST(SpokenBuilderTest, ForeignTextBecomesItsOwnRun) {
  SpokenTextBuilder builder;
  builder.word("Dat");
  builder.word("zei");
  builder.foreign("ru", "Putin", "Путин");
  builder.foreign("ru", "Lavrov", "Лавров");
  builder.sentence_end();
  const SpokenText spoken = builder.finish();
  ASSERT_EQ(spoken.runs.size(), 5u);
  EXPECT_EQ(spoken.runs[0].text, "Dat zei ");
  EXPECT_EQ(spoken.runs[1].text, "Putin");
  EXPECT_EQ(spoken.runs[1].language, "ru");
  EXPECT_EQ(spoken.runs[1].source, "Путин");
  EXPECT_EQ(spoken.runs[2].text, " ");
  EXPECT_EQ(spoken.runs[3].source, "Лавров");
  EXPECT_EQ(spoken.runs[4].text, ".");
}

TEST(SpokenBuilderTest, PhonemeRunsKeepTheirTextForTheScript) {
  SpokenTextBuilder builder;
  builder.word("De");
  builder.phonemes("E-U", ",e:'y");
  builder.join("-");
  builder.word("top");
  builder.sentence_end();
  const SpokenText spoken = builder.finish();
  ASSERT_EQ(spoken.runs.size(), 3u);
  EXPECT_EQ(spoken.plain(), "De E-U-top.");
  EXPECT_EQ(spoken.runs[1].phonemes, ",e:'y");
  EXPECT_FALSE(spoken.runs[1].foreign());
  EXPECT_EQ(spoken.runs[2].text, "-top.");
}

TEST(SpokenBuilderTest, OnlyMarksGiveNoRuns) {
  SpokenTextBuilder builder;
  builder.pause();
  builder.sentence_end();
  EXPECT_TRUE(builder.finish().runs.empty());
}

}  // namespace
}  // namespace nieuwslezer
