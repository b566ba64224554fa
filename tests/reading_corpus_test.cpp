// The reading corpus (tests/data/reading_corpus.tsv): everyday Dutch news text and what a
// newsreader says, written by someone who did not see the program. Each case is judged on
// what eSpeak NG says: the phonemes of the program's reading of the written text, phoneme
// input for names and letters included, against the phonemes of the intended reading.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "page/page_parser.h"
#include "script/script_writer.h"
#include "speech/foreign_names.h"
#include "speech/ssml.h"
#include "speech/synthesizer.h"
#include "speech/voice.h"
#include "test_support.h"

namespace nieuwslezer {
namespace {

struct ReadingCase {
  int line = 0;
  std::string category;
  std::string written;
  std::string reading;
};

// NIEUWSLEZER_READING_CORPUS names another corpus in the same format, e.g. one written later
// without seeing the program, to measure it on text it was never tuned to
// (scripts/reading-accuracy); the known differences are then not excused.
const char* other_corpus() { return std::getenv("NIEUWSLEZER_READING_CORPUS"); }

std::string corpus_name() {
  return other_corpus() != nullptr ? other_corpus() : "reading_corpus.tsv";
}

std::vector<ReadingCase> load_reading_corpus() {
  std::ifstream in(other_corpus() != nullptr
                       ? std::string(other_corpus())
                       : std::string(NIEUWSLEZER_SOURCE_DIR "/tests/data/reading_corpus.tsv"));
  std::vector<ReadingCase> cases;
  std::string text;
  int line = 0;
  while (std::getline(in, text)) {
    ++line;
    if (text.empty() || text.front() == '#') continue;
    std::istringstream fields(text);
    ReadingCase c;
    c.line = line;
    std::getline(fields, c.category, '\t');
    std::getline(fields, c.written, '\t');
    std::getline(fields, c.reading, '\t');
    cases.push_back(c);
  }
  return cases;
}

// What is compared: eSpeak's phonemes, broadly. Left out are what follows from phrasing and
// from the context of a sound rather than from the word: pauses (_: _! _| _), word spaces,
// secondary stress, the voicing of obstruents (Dutch devoices and assimilates them: "vijf"
// before "honderd" or a pause, "honderd vier" as "honderdvier"), the reduced vowel of "en"
// inside a number ("vijfenveertig": eSpeak says "En" for digits, "@n" for the word) and
// eSpeak's "E2" (an E it lengthens before r), its "!" (a consonant merged into the next) and
// the length it gives i, y and u by their place ("y" and "y:" are the same Dutch vowel). Primary
// stress counts where it is part of how the word is said: names and spelled letters (`stress`);
// elsewhere eSpeak's stress of numerals differs between digits and words ("veertien graden").
// Letter names keep their voicing (`voicing`): V is "vee", not eSpeak's "fee".
struct Judging {
  bool stress = false;
  bool voicing = false;
};

std::string comparable(std::string_view phonemes, Judging judging = {}) {
  std::string out;
  for (std::size_t i = 0; i < phonemes.size(); ++i) {
    const char c = phonemes[i];
    if (c == '_') {
      while (i + 1 < phonemes.size() &&
             std::string_view(":!|^").find(phonemes[i + 1]) != std::string_view::npos) {
        ++i;
      }
      continue;
    }
    // "!" marks a consonant merged into the next one ("honderd tien": "h'Ond@r! t,in").
    if (c == ',' || c == ' ' || c == '2' || c == '!' || (c == '\'' && !judging.stress)) continue;
    out += c;
  }
  std::string broad;
  for (std::size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    if (c == 'E' && i + 1 < out.size() && out[i + 1] == 'n') c = '@';
    // eSpeak writes Dutch i, y and u long or short by their place; the vowel is the same.
    if (c == ':' && i > 0 && std::string_view("iyu").find(out[i - 1]) != std::string_view::npos) {
      continue;
    }
    if (!judging.voicing) {
      static constexpr std::string_view kVoiced = "vzdbQgG";
      static constexpr std::string_view kVoiceless = "fstpxkx";
      if (const auto at = kVoiced.find(c); at != std::string_view::npos) c = kVoiceless[at];
    }
    broad += c;
  }
  return broad;
}

Judging judging_for(std::string_view category) {
  if (category == "letters") return Judging{true, true};
  if (category == "names") return Judging{true, false};
  return Judging{};
}

// The cases the program is known to read differently, by their written text, each with why
// (tests/data/reading_corpus_known.tsv): rewrites a newsreader makes that are beyond reading
// ("De laatste ¼" -> "Het laatste kwart"). A known case that is read right fails the test, so
// the list only shrinks.
std::map<std::string, std::string> known_differences() {
  if (other_corpus() != nullptr) return {};
  std::ifstream in(NIEUWSLEZER_SOURCE_DIR "/tests/data/reading_corpus_known.tsv");
  std::map<std::string, std::string> known;
  std::string text;
  while (std::getline(in, text)) {
    if (text.empty() || text.front() == '#') continue;
    const std::size_t tab = text.find('\t');
    known[text.substr(0, tab)] = tab == std::string::npos ? "" : text.substr(tab + 1);
  }
  return known;
}

class ReadingCorpus : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    synthesizer_ = new Synthesizer(voice());
    data_ = new TextData(test::bundled_data());
    editorial_ = new EditorialData(load_editorial_data(NIEUWSLEZER_SOURCE_DIR "/data"));
    maps_ = new std::map<std::string, PhonemeMap>(
        load_phoneme_maps(NIEUWSLEZER_SOURCE_DIR "/data/phoneme_maps"));
  }
  static void TearDownTestSuite() {
    delete synthesizer_;
    delete data_;
    delete editorial_;
    delete maps_;
  }
  static Voice voice() { return find_voice("nieuwslezer", NIEUWSLEZER_SOURCE_DIR "/voices"); }

  // The program's reading of `written`, as eSpeak's phonemes and as the script's text. The
  // line is a story's first paragraph: the page parser takes a dateline off it first.
  std::pair<std::string, std::string> program_reading(const std::string& written) {
    Story story;
    story.paragraphs = {written};
    split_dateline(story);
    Script script;
    Segment segment;
    const std::string paragraph = story.paragraphs.empty() ? "" : story.paragraphs.front();
    for (SpokenSentence& sentence : spoken_sentences(paragraph, *data_, *editorial_)) {
      segment.sentences.push_back(std::move(sentence.spoken));
      segment.written.push_back(std::move(sentence.written));
    }
    script.segments.push_back(segment);
    look_up_foreign_names(
        script, *synthesizer_, voice(),
        dutch_mapper(*maps_, [](const std::string& problem) { ADD_FAILURE() << problem; }));
    std::string phonemes, text;
    for (const SpokenText& sentence : script.segments[0].sentences) {
      phonemes += synthesizer_->said_phonemes(espeak_text(sentence)) + " ";
      text += sentence.plain() + " ";
    }
    return {phonemes, text};
  }

  static Synthesizer* synthesizer_;
  static TextData* data_;
  static EditorialData* editorial_;
  static std::map<std::string, PhonemeMap>* maps_;
};

Synthesizer* ReadingCorpus::synthesizer_ = nullptr;
TextData* ReadingCorpus::data_ = nullptr;
EditorialData* ReadingCorpus::editorial_ = nullptr;
std::map<std::string, PhonemeMap>* ReadingCorpus::maps_ = nullptr;

TEST_P(ReadingCorpus, ReadsAsTheNewsreaderDoes) {
  const std::vector<ReadingCase> cases = load_reading_corpus();
  if (other_corpus() == nullptr) {
    ASSERT_GT(cases.size(), 800u) << "cannot read tests/data/reading_corpus.tsv";
  }
  const std::map<std::string, std::string> known = known_differences();
  int count = 0;
  int wrong = 0;
  int known_wrong = 0;
  std::string report;
  for (const ReadingCase& c : cases) {
    if (c.category != GetParam()) continue;
    ++count;
    const auto [program, text] = program_reading(c.written);
    const std::string intended = synthesizer_->said_phonemes(c.reading);
    const Judging judging = judging_for(c.category);
    const bool right = comparable(program, judging) == comparable(intended, judging);
    const bool is_known = known.contains(c.written);
    if (right && is_known) {
      ++wrong;
      report += "\n" + corpus_name() + ":" + std::to_string(c.line) + ": " + c.written +
                "\n  is read right now: remove it from reading_corpus_known.tsv\n";
    }
    if (right) continue;
    if (is_known) {
      ++known_wrong;
      continue;
    }
    ++wrong;
    report += "\n" + corpus_name() + ":" + std::to_string(c.line) + ": " + c.written +
              "\n  program:  " + text + "\n           " + program + "\n  intended: " + c.reading +
              "\n           " + intended + "\n";
  }
  if (other_corpus() != nullptr) {  // scripts/reading-accuracy counts these lines
    std::cout << "[ reading  ] " << count - wrong << " of " << count << " '" << GetParam()
              << "' cases read right\n";
    if (count == 0) return;
  }
  ASSERT_GT(count, 0) << "no cases of category " << GetParam();
  if (known_wrong > 0) {
    std::cout << "[ known    ] " << known_wrong << " of " << count << " '" << GetParam()
              << "' cases are known differences (reading_corpus_known.tsv)\n";
  }
  EXPECT_EQ(wrong, 0) << wrong << " of " << count << " '" << GetParam()
                      << "' cases read wrong:" << report;
}

TEST(ReadingCorpusKnown, EveryKnownDifferenceIsACorpusCaseWithAReason) {
  std::set<std::string> written;
  for (const ReadingCase& c : load_reading_corpus()) written.insert(c.written);
  for (const auto& [text, why] : known_differences()) {
    EXPECT_TRUE(written.contains(text)) << "not in the corpus: " << text;
    EXPECT_GE(why.size(), 10u) << "say why: " << text;
  }
}

INSTANTIATE_TEST_SUITE_P(Categories, ReadingCorpus,
                         ::testing::Values("number", "money", "unit", "fraction", "time", "date",
                                           "score", "abbreviation", "acronym", "letters", "names",
                                           "roman", "code", "residue", "bracket", "quote",
                                           "sentence", "eSpeak", "mixed", "plain"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.param;
                         });

TEST(ReadingCorpusComparison, IgnoresPausesSecondaryStressAndSpaces) {
  EXPECT_EQ(comparable("_!'a:'Enp'e: _:_: d@", {true, true}), "'a:'@np'e:d@");
  EXPECT_EQ(comparable(",a:,Enp'e:", {true, true}), "a:@np'e:");
  EXPECT_EQ(comparable("v'EIfEnf,I:rt@x"), comparable("v,EIf@nv'I:rt@x"));
  EXPECT_EQ(comparable("h'Ond@rt v,ir"), comparable("h,Ond@rdv'ir"));
}

TEST(ReadingCorpusComparison, KeepsTheSoundsAndWhereItCountsStressAndVoicing) {
  EXPECT_NE(comparable("p'utIn"), comparable("p'ytIn"));
  EXPECT_NE(comparable("p'utIn", {true, false}), comparable("put'In", {true, false}));
  EXPECT_NE(comparable("f'e:", {true, true}), comparable("v'e:", {true, true}));
  EXPECT_NE(comparable("v'EIfEnf,I:rt@xst@"), comparable("v'EIfEnf,I:rt@x"));
}

}  // namespace
}  // namespace nieuwslezer
