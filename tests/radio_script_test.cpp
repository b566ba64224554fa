// The bundled examples, the test pages and the shared real page read like radio: no sentence
// that is only a place, no headline said again by the sentence after it, no bracket and no
// quotation mark in what the newsreader says.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "input/text_decoding.h"
#include "order/ordering.h"
#include "page/page_reader.h"
#include "script/phrases.h"
#include "script/script_writer.h"
#include "speech/ssml.h"
#include "test_support.h"
#include "text/place_name.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs() {
  std::vector<fs::path> files = test::example_pages();
  for (const char* other : {"/examples/feed-economie.xml", "/examples/verhalen.json"}) {
    files.push_back(fs::path(NIEUWSLEZER_SOURCE_DIR) / fs::path(other).relative_path());
  }
  return files;
}

Script script_of(const fs::path& file, Page& page) {
  page = read_page(decode_page_text(test::read(file)).text);
  const TimeZone zone = TimeZone::named("Europe/Amsterdam");
  const Instant now =
      Instant(std::chrono::sys_days(std::chrono::year(2026) / 11 / 28)) + std::chrono::hours(7);
  OrderingRules all;  // no --max-age: every item
  static const Phrases phrases = load_phrases(NIEUWSLEZER_SOURCE_DIR "/data/phrases.nl.txt");
  static const EditorialData editorial = load_editorial_data(NIEUWSLEZER_SOURCE_DIR "/data");
  return write_script(order_stories(page, now, zone, all), zone.to_civil(now), phrases,
                      test::bundled_data(), editorial);
}

std::set<std::string> words_of(std::string_view text) {
  std::set<std::string> words;
  std::string word;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.insert(word);
      word.clear();
    }
  }
  if (!word.empty()) words.insert(word);
  return words;
}

// How much of `a` stands in `b`: the share of a's words that b has too.
double covered(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty()) return 0;
  std::size_t shared = 0;
  for (const std::string& w : a) shared += b.contains(w) ? 1 : 0;
  return double(shared) / double(a.size());
}

bool has_quotation_mark(const std::string& text) {
  for (const char* mark : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB",
                           "\xC2\xBB", "\xE2\x80\x98", "\xE2\x80\x99"}) {
    if (text.find(mark) != std::string::npos) return true;
  }
  // A ' is an apostrophe only with a letter or digit after it ("auto's", "'s avonds").
  for (std::size_t at = text.find('\''); at != std::string::npos; at = text.find('\'', at + 1)) {
    if (at + 1 >= text.size() || !std::isalnum(static_cast<unsigned char>(text[at + 1]))) {
      return true;
    }
  }
  return false;
}

TEST(RadioScript, EveryInputReadsLikeRadio) {
  const std::vector<fs::path> files = inputs();
  ASSERT_GE(files.size(), 6u);
  for (const fs::path& file : files) {
    Page page;
    const Script script = script_of(file, page);
    std::set<std::string> places;
    for (const Story& story : page.ticker) {
      if (!story.place.empty()) places.insert(natural_place_name(story.place));
    }
    if (page.has_lead && !page.lead.place.empty())
      places.insert(natural_place_name(page.lead.place));
    const Segment* headline = nullptr;
    for (const Segment& segment : script.segments) {
      for (std::size_t k = 0; k < segment.sentences.size(); ++k) {
        const std::string said = segment.sentences[k].plain();
        std::string bare = said;
        while (!bare.empty() && (bare.back() == '.' || bare.back() == ' ')) bare.pop_back();
        EXPECT_FALSE(places.contains(bare)) << file << ": a place alone: '" << said << "'";
        EXPECT_EQ(said.find_first_of("()[]{}"), std::string::npos) << file << ": " << said;
        SpokenText looked_up = segment.sentences[k];  // foreign names: phonemes come later
        for (SpokenRun& run : looked_up.runs) {
          if (run.foreign()) run.phonemes = "x";
        }
        const std::string given = espeak_text(looked_up);
        EXPECT_FALSE(has_quotation_mark(said)) << file << ": " << said;
        EXPECT_EQ(given.find_first_of("(){}\""), std::string::npos) << file << ": " << given;
      }
      if (segment.kind == SegmentKind::kHeadline) {
        headline = &segment;
        continue;
      }
      if (headline != nullptr && segment.story == headline->story && !segment.sentences.empty()) {
        // The sentence after a headline must not say it again.
        const auto head = words_of(headline->sentences.front().plain());
        const auto first = words_of(segment.sentences.front().plain());
        EXPECT_LT(covered(head, first), 0.8)
            << file << ": the headline '" << headline->sentences.front().plain()
            << "' is said again by '" << segment.sentences.front().plain() << "'";
      }
      headline = nullptr;
    }
  }
}

}  // namespace
}  // namespace nieuwslezer
