#include "base/utf8.h"

#include <gtest/gtest.h>

namespace nieuwslezer {
namespace {

TEST(Utf8Test, DecodesAndAppends) {
  const utf8::CodePoint e = utf8::decode("é", 0);
  EXPECT_EQ(e.value, U'é');
  EXPECT_EQ(e.length, 2u);
  EXPECT_EQ(utf8::decode("\xFF", 0).value, U'\uFFFD');
  EXPECT_EQ(utf8::decode("\xC3", 0).length, 1u);
  EXPECT_EQ(utf8::decode("\xC0\xAF", 0).value, U'\uFFFD');  // overlong
  std::string out;
  utf8::append(out, U'€');
  utf8::append(out, U'😀');
  EXPECT_EQ(out, "€😀");
}

TEST(Utf8Test, LettersAndCase) {
  EXPECT_TRUE(utf8::is_letter(U'ë'));
  EXPECT_TRUE(utf8::is_letter(U'Ж'));
  EXPECT_FALSE(utf8::is_letter(U'×'));
  EXPECT_FALSE(utf8::is_letter(U'€'));
  EXPECT_FALSE(utf8::is_letter(U'5'));
  EXPECT_EQ(utf8::lower("ÉCOLE ŽIŽEK"), "école žižek");
  EXPECT_EQ(utf8::upper("orbán"), "ORBÁN");
  EXPECT_EQ(utf8::capitalize("ijmuiden"), "IJmuiden");
  EXPECT_EQ(utf8::capitalize("navo"), "Navo");
  EXPECT_TRUE(utf8::is_all_upper("EU-"));
  EXPECT_FALSE(utf8::is_all_upper("PvdA"));
  EXPECT_FALSE(utf8::is_all_upper("123"));
}

TEST(Utf8Test, TextIsValidUtf8WithoutControlCharacters) {
  EXPECT_TRUE(utf8::is_text(""));
  EXPECT_TRUE(utf8::is_text("Z\xC3\xBCrich\tZH\r\n\xEF\xBF\xBD \xF0\x9F\x93\xBB"));
  EXPECT_FALSE(utf8::is_text("\xFF\xFE"));
  EXPECT_FALSE(utf8::is_text("caf\xC3"));
  EXPECT_FALSE(utf8::is_text(std::string("a\0b", 3)));
  EXPECT_FALSE(utf8::is_text("a\x1B[0m"));
  EXPECT_FALSE(utf8::is_text("a\x7F"));
}

TEST(Utf8Test, QuoteCutsLongTextsAtACodePoint) {
  EXPECT_EQ(utf8::quote("Kabinet valt"), "'Kabinet valt'");
  EXPECT_EQ(utf8::quote(""), "''");
  const std::string forty =
      "Oekra\xC3\xAFneOekra\xC3\xAFneOekra\xC3\xAFneOekra\xC3\xAFneOekra\xC3\xAFne";
  EXPECT_EQ(utf8::quote(forty), "'" + forty + "'");  // 40 code points, 45 bytes
  EXPECT_EQ(utf8::quote(forty + "!"), "'" + forty + "\xE2\x80\xA6'");
  EXPECT_EQ(utf8::quote(forty + "\xC3\xA9"), "'" + forty + "\xE2\x80\xA6'");
  EXPECT_EQ(utf8::quote(forty.substr(1) + "\xC3\xA9\xC3\xA9"),
            "'" + forty.substr(1) + "\xC3\xA9\xE2\x80\xA6'");  // é is kept whole
}

TEST(Utf8Test, Windows1252CodePoints) {
  EXPECT_EQ(utf8::cp1252_code_point(0x96), U'\u2013');  // –
  EXPECT_EQ(utf8::cp1252_code_point(0x80), U'\u20AC');  // €
  EXPECT_EQ(utf8::cp1252_code_point(0xE9), U'\u00E9');  // é
  EXPECT_EQ(utf8::cp1252_code_point('a'), U'a');
  EXPECT_EQ(utf8::cp1252_code_point(0x81), U'\uFFFD');
}

TEST(Utf8Test, ReplaceInvalidKeepsValidTextAndReplacesEachBadByte) {
  const std::string valid = "Oekra\xC3\xAFne \xE2\x82\xAC \xF0\x9F\x93\xBB";
  EXPECT_EQ(utf8::replace_invalid(valid), valid);
  EXPECT_EQ(utf8::replace_invalid("a\xED\xA0\x80z"),  // a UTF-16 surrogate, as pugixml writes it
            "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz");
  EXPECT_EQ(utf8::replace_invalid("\xC3"), "\xEF\xBF\xBD");  // cut short
  EXPECT_EQ(utf8::replace_invalid(""), "");
}

TEST(Utf8Test, ValidLengthRejectsOverlongSurrogatesAndCutSequences) {
  EXPECT_EQ(utf8::valid_length("a", 0), 1u);
  EXPECT_EQ(utf8::valid_length("\xC3\xA9", 0), 2u);
  EXPECT_EQ(utf8::valid_length("\xF0\x9F\x93\xBB", 0), 4u);
  EXPECT_EQ(utf8::valid_length("\xC0\xAF", 0), 0u);      // overlong '/'
  EXPECT_EQ(utf8::valid_length("\xED\xA0\x80", 0), 0u);  // surrogate
  EXPECT_EQ(utf8::valid_length("\xE2\x82", 0), 0u);      // cut short
  EXPECT_EQ(utf8::valid_length("\xEF\xBF\xBD", 0), 3u);  // a real U+FFFD is valid
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(Utf8Unwanted, ControlsAndNoncharactersAreLeftOutAndAFormFeedIsASpace) {
  EXPECT_EQ(utf8::without_unwanted("Kop\x1B[31m\a met\x7F bel"), "Kop[31m met bel");
  EXPECT_EQ(utf8::without_unwanted("a\fb\vc\td\ne"), "a b c\td\ne");
  EXPECT_EQ(utf8::without_unwanted("c1 \xC2\x9B nc \xEF\xBF\xBE \xEF\xB7\x90 é"), "c1  nc   é");
  EXPECT_TRUE(utf8::is_unwanted(0x1FFFF));
  EXPECT_FALSE(utf8::is_unwanted(0xFFFD));
}

}  // namespace
}  // namespace nieuwslezer
