#include "text/acronym_reading.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(AcronymReadingTest, SpellsLetters) {
  EXPECT_EQ(spell_letters("ANP"), "A-N-P");
  EXPECT_EQ(spell_letters("PvdA"), "P-V-D-A");
  EXPECT_EQ(spell_letters("D.C."), "D-C");
  EXPECT_EQ(spell_letters(""), "");
}

TEST(AcronymReadingTest, ReadsPronounceableAcronymsAsWords) {
  for (const char* word : {"NAVO", "OPEC", "UNICEF", "NASA", "FIFA", "UEFA", "NASDAQ", "COVID",
                           "ASEAN", "BRAVA", "DENK"}) {
    EXPECT_TRUE(reads_as_word(word)) << word;
  }
  for (const char* word :
       {"ANP", "ECB", "AEX", "ASML", "KNMI", "ANWB", "RIVM", "AIVD", "UWV", "XYZQ", "KLM", "EU"}) {
    EXPECT_FALSE(reads_as_word(word)) << word;
  }
}

TEST(AcronymReadingTest, RomanNumerals) {
  EXPECT_EQ(roman_value("II"), 2);
  EXPECT_EQ(roman_value("IV"), 4);
  EXPECT_EQ(roman_value("XIV"), 14);
  EXPECT_EQ(roman_value("XXXIX"), 39);
  EXPECT_EQ(roman_value("I"), 0);
  EXPECT_EQ(roman_value("IIII"), 0);
  EXPECT_EQ(roman_value("NAVO"), 0);
}

TEST(AcronymReadingTest, CountsLetters) {
  EXPECT_EQ(letter_count("D.C."), 2u);
  EXPECT_EQ(letter_count("Zürich"), 6u);
}

}  // namespace
}  // namespace nieuwslezer
