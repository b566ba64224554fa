#include "input/text_decoding.h"

#include <gtest/gtest.h>

#include <string>

#include "errors.h"

namespace nieuwslezer {
namespace {

using namespace std::string_literals;

// The problem text decode_page_text throws, or "" when it does not throw.
std::string decoding_error(std::string_view bytes) {
  try {
    decode_page_text(bytes);
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

TEST(DecodingTest, KeepsValidUtf8AsItIs) {
  const std::string text =
      "Oekra\xC3\xAFne, S\xC3\xA3o Paulo, \xE2\x82\xAC 90 mln, \xF0\x9F\x93\xBB\n";
  const DecodedText decoded = decode_page_text(text);
  EXPECT_EQ(decoded.text, text);
  EXPECT_TRUE(decoded.warnings.empty());
}

TEST(DecodingTest, StripsUtf8Bom) {
  const DecodedText decoded = decode_page_text("\xEF\xBB\xBFKop\nTekst\n");
  EXPECT_EQ(decoded.text, "Kop\nTekst\n");
  EXPECT_TRUE(decoded.warnings.empty());
}

TEST(DecodingTest, TurnsCrLfAndLoneCrIntoLf) {
  EXPECT_EQ(decode_page_text("een\r\ntwee\rdrie\r\n\r\nvier\r").text, "een\ntwee\ndrie\n\nvier\n");
}

TEST(DecodingTest, BomAndCrLfTogether) {
  EXPECT_EQ(decode_page_text("\xEF\xBB\xBFKop\r\nBRUSSEL (ANP) - Tekst.\r\n").text,
            "Kop\nBRUSSEL (ANP) - Tekst.\n");
}

TEST(DecodingTest, FormFeedIsALineBreakAndTabIsKept) {
  EXPECT_EQ(decode_page_text("een\ftwee\tdrie").text, "een\ntwee\tdrie");
}

TEST(DecodingTest, ReadsAPureWindows1252Page) {
  // "Café – € 5 “goedkoop”" as Windows-1252.
  const DecodedText decoded = decode_page_text("Caf\xE9 \x96 \x80 5 \x93goedkoop\x94");
  EXPECT_EQ(decoded.text,
            "Caf\xC3\xA9 \xE2\x80\x93 \xE2\x82\xAC 5 \xE2\x80\x9Cgoedkoop\xE2\x80\x9D");
  ASSERT_EQ(decoded.warnings.size(), 1u);
  EXPECT_EQ(decoded.warnings[0],
            "invalid UTF-8 on line 1 at byte 3 (5 bytes in all), read as Windows-1252");
}

TEST(DecodingTest, ReadsOneStrayByteInAUtf8Page) {
  // Valid "Oekraïne" around one Windows-1252 "ë": as many stray bytes as valid multi-byte
  // sequences, so not mostly UTF-8; the stray byte is read as Windows-1252.
  const DecodedText decoded = decode_page_text("Oekra\xC3\xAFne en Belgi\xEB.");
  EXPECT_EQ(decoded.text, "Oekra\xC3\xAFne en Belgi\xC3\xAB.");
  ASSERT_EQ(decoded.warnings.size(), 1u);
  EXPECT_EQ(decoded.warnings[0],
            "invalid UTF-8 on line 1 at byte 18 (1 byte in all), read as Windows-1252");
}

TEST(DecodingTest, LeavesOutDamagedBytesInAMostlyUtf8Page) {
  // A UTF-8 page with a few damaged bytes on line 3: reading them as Windows-1252 would
  // put "ÿþ" and "Ã" in the script; every correct "é" stays.
  const DecodedText decoded = decode_page_text(
      "Caf\xC3\xA9 dicht\r\nZ\xC3\xBCrich en Li\xC3\xA8ge\n\nHet caf\xC3\xA9 \xFF\xFE is "
      "Z\xC3rich.\n");
  EXPECT_EQ(decoded.text,
            "Caf\xC3\xA9 dicht\nZ\xC3\xBCrich en Li\xC3\xA8ge\n\nHet caf\xC3\xA9  is Zrich.\n");
  ASSERT_EQ(decoded.warnings.size(), 1u);
  EXPECT_EQ(decoded.warnings[0], "invalid UTF-8 on line 4 at byte 42 (3 bytes in all), left out");
}

TEST(DecodingTest, AWindows1252PageIsReadAsOneWhateverItsLength) {
  std::string page;
  for (int line = 0; line < 50; ++line) page += "Caf\xE9 in Li\xE8ge, \x93prima\x94.\n";
  const DecodedText decoded = decode_page_text(page);
  EXPECT_EQ(decoded.text.substr(0, decoded.text.find('\n') + 1),
            "Caf\xC3\xA9 in Li\xC3\xA8ge, \xE2\x80\x9Cprima\xE2\x80\x9D.\n");
  EXPECT_EQ(decoded.warnings.at(0),
            "invalid UTF-8 on line 1 at byte 3 (200 bytes in all), read as Windows-1252");
}

TEST(DecodingTest, ReadsUnassignedWindows1252BytesAsReplacementCharacter) {
  EXPECT_EQ(decode_page_text("a\x81z").text, "a\xEF\xBF\xBDz");
}

TEST(DecodingTest, OverlongSequencesAreInvalid) {
  // Overlong "/" in two, three and four bytes: each byte is read on its own.
  EXPECT_EQ(decode_page_text("x\xC0\xAF").text, "x\xC3\x80\xC2\xAF");
  EXPECT_EQ(decode_page_text("x\xE0\x80\xAF").text, "x\xC3\xA0\xE2\x82\xAC\xC2\xAF");
  EXPECT_EQ(decode_page_text("x\xF0\x80\x80\xAF").text,
            "x\xC3\xB0\xE2\x82\xAC\xE2\x82\xAC\xC2\xAF");
  const DecodedText decoded = decode_page_text("x\xC1\xBF");
  EXPECT_EQ(decoded.text, "x\xC3\x81\xC2\xBF");
  EXPECT_EQ(decoded.warnings.at(0),
            "invalid UTF-8 on line 1 at byte 1 (2 bytes in all), read as Windows-1252");
}

TEST(DecodingTest, SurrogatesAndCodePointsAboveUnicodeAreInvalid) {
  // U+D800 encoded directly: ED A0 80 -> "í", no-break space, "€".
  EXPECT_EQ(decode_page_text("x\xED\xA0\x80").text, "x\xC3\xAD\xC2\xA0\xE2\x82\xAC");
  // The last valid three-byte sequence before the surrogates stays.
  EXPECT_EQ(decode_page_text("x\xED\x9F\xBF").text, "x\xED\x9F\xBF");
  // U+110000: F4 90 80 80; 0x90 is one of the bytes Windows-1252 leaves unassigned.
  EXPECT_EQ(decode_page_text("x\xF4\x90\x80\x80").text,
            "x\xC3\xB4\xEF\xBF\xBD\xE2\x82\xAC\xE2\x82\xAC");
  // F5..FF never start a sequence.
  EXPECT_EQ(decode_page_text("x\xFF").text, "x\xC3\xBF");
}

TEST(DecodingTest, LoneContinuationBytesAreInvalid) {
  EXPECT_EQ(decode_page_text("x\x85y").text, "x\xE2\x80\xA6y");  // "…" in Windows-1252
}

TEST(DecodingTest, TruncatedSequenceAtTheEndIsInvalid) {
  const DecodedText two = decode_page_text("caf\xC3");
  EXPECT_EQ(two.text, "caf\xC3\x83");  // "cafÃ"
  EXPECT_EQ(two.warnings.at(0),
            "invalid UTF-8 on line 1 at byte 3 (1 byte in all), read as Windows-1252");
  EXPECT_EQ(decode_page_text("prijs \xE2\x82").text, "prijs \xC3\xA2\xE2\x80\x9A");  // "â‚"
  EXPECT_EQ(decode_page_text("x\xF0\x9F\x93").text, "x\xC3\xB0\xC5\xB8\xE2\x80\x9C");
}

TEST(DecodingTest, TruncatedSequenceBeforeAsciiIsInvalid) {
  EXPECT_EQ(decode_page_text("\xE2\x82 euro").text, "\xC3\xA2\xE2\x80\x9A euro");
}

TEST(DecodingTest, ReportsTheFirstInvalidByteAndTheCount) {
  const DecodedText decoded = decode_page_text(
      "\xEF\xBB\xBF"
      "abc\xE9\xE9 ok \xE9");
  EXPECT_EQ(decoded.warnings.at(0),
            "invalid UTF-8 on line 1 at byte 6 (3 bytes in all), read as Windows-1252");
}

TEST(DecodingTest, EmptyInputIsRefused) { EXPECT_EQ(decoding_error(""), "is empty"); }

TEST(DecodingTest, WhitespaceOnlyInputIsRefused) {
  EXPECT_EQ(decoding_error(" \t\r\n\n  \f"), "contains no text");
  EXPECT_EQ(decoding_error("\xEF\xBB\xBF"), "contains no text");
  EXPECT_EQ(decoding_error("\xEF\xBB\xBF \xC2\xA0 \r\n"), "contains no text");
}

TEST(DecodingTest, NulByteMeansBinary) {
  EXPECT_EQ(decoding_error("Kop\nTe\0kst"s), "is binary, not text (NUL byte at offset 6)");
  EXPECT_EQ(decoding_error("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s),
            "is binary, not text (NUL byte at offset 8)");
}

TEST(DecodingTest, ManyControlCharactersMeanBinary) {
  std::string bytes = "ab";
  for (int i = 0; i < 20; ++i) bytes += "\x01\x02\x1B\x7F";
  EXPECT_EQ(decoding_error(bytes),
            "is binary, not text (80 control characters, the first at offset 2)");
}

TEST(DecodingTest, AFewStrayControlCharactersAreDropped) {
  const DecodedText decoded = decode_page_text("Kop\x01\nTekst\x1B met\x7F een fout.\v\n");
  EXPECT_EQ(decoded.text, "Kop\nTekst met een fout.\n");
  ASSERT_EQ(decoded.warnings.size(), 1u);
  EXPECT_EQ(decoded.warnings[0], "dropped 4 control characters (the first at byte 3)");
}

TEST(DecodingTest, StrayControlsInALongPageAreNotBinary) {
  std::string bytes(5000, 'a');
  for (std::size_t i = 0; i < 20; ++i) bytes[i * 200] = '\x02';  // 20 > 8, but only 0.4 %
  const DecodedText decoded = decode_page_text(bytes);
  EXPECT_EQ(decoded.text, std::string(4980, 'a'));
  EXPECT_EQ(decoded.warnings.at(0), "dropped 20 control characters (the first at byte 0)");
}

TEST(DecodingTest, Utf16IsRefusedWithAClearMessage) {
  EXPECT_EQ(decoding_error("\xFF\xFEK\0o\0p\0"s),
            "is UTF-16 text, not UTF-8 (save the page as UTF-8)");
  EXPECT_EQ(decoding_error("\xFE\xFF\0K\0o\0p"s),
            "is UTF-16 text, not UTF-8 (save the page as UTF-8)");
}

TEST(DecodingTest, EveryByteValueDecodesToValidUtf8) {
  // Whatever the bytes (apart from the binary ones), the result re-decodes without change.
  std::string bytes;
  for (int i = 0x20; i < 0x100; ++i) bytes += static_cast<char>(i);
  const std::string text = decode_page_text(bytes).text;
  const DecodedText again = decode_page_text(text);
  EXPECT_EQ(again.text, text);
  EXPECT_TRUE(again.warnings.empty());
}

TEST(DecodingTest, C1ControlsAndNoncharactersAreDroppedLikeOtherControls) {
  // U+009B (CSI, a terminal escape), U+FFFE and U+FDD0: valid UTF-8, but no text carries
  // them, and XML 1.0 and WebVTT refuse them.
  const DecodedText decoded = decode_page_text(
      "Zw\xC2\x9Bolle \xEF\xBF\xBE"
      "en \xEF\xB7\x90"
      "Ede");
  EXPECT_EQ(decoded.text, "Zwolle en Ede");
  ASSERT_EQ(decoded.warnings.size(), 1u);
  EXPECT_EQ(decoded.warnings[0], "dropped 3 control characters (the first at byte 2)");
  // Letters and U+FFFD stay.
  EXPECT_EQ(decode_page_text("Caf\xC3\xA9 \xEF\xBF\xBD").text, "Caf\xC3\xA9 \xEF\xBF\xBD");
}

}  // namespace
}  // namespace nieuwslezer
