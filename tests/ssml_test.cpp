#include "speech/ssml.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace nieuwslezer {
namespace {

SpokenRun said_by_phonemes(std::string text, std::string phonemes) {
  SpokenRun run = text_run(std::move(text));
  run.phonemes = std::move(phonemes);
  return run;
}

SpokenText anp() {
  return SpokenText{
      {text_run("Dat meldt "), said_by_phonemes("A-N-P", ",a:,En'pe:"), text_run(".")}};
}

TEST(EspeakText, GivesPhonemeRunsAsPhonemeInput) {
  EXPECT_EQ(espeak_text(anp()), "Dat meldt [[,a:,En'pe:]].");
  EXPECT_EQ(espeak_text(SpokenText{{text_run("Het regent.")}}), "Het regent.");
  EXPECT_EQ(espeak_text(SpokenText{}), "");
}

// eSpeak NG pauses between "]]" and "'ers" (it reads the apostrophe as a word boundary) but
// not before "-ers": "de [[s,e:d,e:'a:]]-ers" is "s,e:d,e:'a:@rs" (espeak-ng -x).
TEST(EspeakText, GluesAnApostropheSuffixWithAHyphen) {
  const SpokenText cda{
      {text_run("De "), said_by_phonemes("C-D-A", "s,e:d,e:'a:"), text_run("'ers stemmen.")}};
  EXPECT_EQ(espeak_text(cda), "De [[s,e:d,e:'a:]]-ers stemmen.");
  EXPECT_EQ(cda.plain(), "De C-D-A'ers stemmen.");
}

TEST(EspeakText, RefusesAForeignRunWithoutPhonemes) {
  const SpokenText putin{{text_run("Dat zei "), {"Putin", "ru", "Путин", ""}, text_run(".")}};
  EXPECT_THROW(espeak_text(putin), std::logic_error);
  SpokenText looked_up = putin;
  looked_up.runs[1].phonemes = "p'utin";
  EXPECT_EQ(espeak_text(looked_up), "Dat zei [[p'utin]].");
}

TEST(Ssml, EscapesText) {
  EXPECT_EQ(xml_escape("R&D <1> \"a\" 'b'"), "R&amp;D &lt;1&gt; &quot;a&quot; &apos;b&apos;");
}

// Each sentence is what eSpeak is given, with a line break before </s>: right before a
// closing tag eSpeak NG 1.51 reads "45." as "vijfenveertigste" and "]]." as "punt"
// (espeak-ng -m -x '<speak>Er waren 45.</speak>').
TEST(Ssml, DocumentOfSegmentsSentencesAndBreaks) {
  const std::vector<SsmlSegment> segments = {
      {{SpokenText{{text_run("Goedemorgen.")}}, SpokenText{{text_run("Het waren er 45.")}}}, 700},
      {{anp()}, 0}};
  EXPECT_EQ(to_ssml(segments, "nl"),
            "<speak xml:lang=\"nl\">\n"
            "<p><s>Goedemorgen.\n</s><s>Het waren er 45.\n</s></p><break time=\"700ms\"/>\n"
            "<p><s>Dat meldt [[,a:,En&apos;pe:]].\n</s></p>\n"
            "</speak>\n");
}

TEST(Ssml, EmptyScriptGivesAnEmptyDocument) {
  EXPECT_EQ(to_ssml(std::vector<SsmlSegment>{}, "nl"), "<speak xml:lang=\"nl\">\n</speak>\n");
}

}  // namespace
}  // namespace nieuwslezer
