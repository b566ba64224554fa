#include "script/script_writer.h"

#include <algorithm>
#include <optional>

#include "base/strings.h"
#include "base/utf8.h"
#include "script/shorten.h"
#include "text/normalizer.h"

namespace nieuwslezer {
namespace {

// Whether `word` stands in `text` as a whole word (case-sensitive, as place names are
// capitalized): "De gemeente Amsterdam wil" contains "Amsterdam", "Amsterdammers" does not.
bool contains_word(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (auto at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !is_word_byte(text[at - 1]);
    const bool ends = at + word.size() == text.size() || !is_word_byte(text[at + word.size()]);
    if (starts && ends) return true;
  }
  return false;
}

// A headline, and a paragraph that stops without a full stop (a feed item's title only, a
// scrape cut short), is said as a sentence: "Kabinet trekt geld uit" -> "Kabinet trekt geld
// uit.", with a sentence's fall at the end and its full stop in the transcript.
std::string as_sentence(std::string text) {
  const auto end = text.find_last_not_of(" \t");
  if (end == std::string::npos) return text;
  text.erase(end + 1);
  if (std::string_view(".!?:;").find(text.back()) == std::string_view::npos &&
      !text.ends_with("\xE2\x80\xA6")) {  // …
    text += '.';
  }
  return text;
}

// The dateline phrasing filled in: "Dan naar {place}." -> "Dan naar Brussel."; a place that
// ends in a full stop takes no second one: "Washington D.C." -> "Dan naar Washington D.C.".
std::string dateline_phrase(const std::string& pattern, const std::string& place) {
  std::string phrase = fill_template(pattern, {{"place", place}});
  if (place.ends_with('.')) {
    const auto at = phrase.find(place + ".");
    if (at != std::string::npos) phrase.erase(at + place.size(), 1);
  }
  return phrase;
}

// The words that say what a text is about, for comparing a headline with a sentence:
// lower case, without marks and the small words ("de", "van", "een").
std::vector<std::string> content_words(std::string_view text) {
  static const std::vector<std::string_view> kSmall = {
      "de",  "het", "een", "van",  "in",   "op",    "aan",    "met", "voor",
      "en",  "of",  "te",  "is",   "zijn", "wordt", "worden", "er",  "dat",
      "die", "om",  "bij", "naar", "uit",  "over",  "tot"};
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (!word.empty() && std::find(kSmall.begin(), kSmall.end(), word) == kSmall.end()) {
      words.push_back(word);
    }
    word.clear();
  };
  for (const std::string& lowered : {utf8::lower(text)}) {
    for (const char c : lowered) {
      if (is_word_byte(c)) {
        word += c;
      } else {
        flush();
      }
    }
  }
  flush();
  return words;
}

// Whether a headline says what the first sentence says, nearly word for word: four in five
// of its content words are in it. "Haven van Rotterdam verwerkt minder containers" and "De
// haven van Rotterdam heeft dit jaar minder containers overgeslagen." are one message, read
// once; "Kabinet trekt geld uit voor bruggen" adds to "Het kabinet trekt geld uit."
bool says_the_same(std::string_view headline, std::string_view sentence) {
  const std::vector<std::string> head = content_words(headline);
  if (head.size() < 2) return false;
  const std::vector<std::string> body = content_words(sentence);
  std::size_t shared = 0;
  for (const std::string& word : head) {
    if (std::find(body.begin(), body.end(), word) != body.end()) ++shared;
  }
  return 5 * shared >= 4 * head.size();
}

// Whether the story names its place anyway, in its headline or text: then the dateline is
// not said ("BRUSSEL (ANP) - De Europese Commissie in Brussel ...").
bool names_place(const Story& story, const std::string& place) {
  if (contains_word(story.headline, place)) return true;
  for (const std::string& paragraph : story.paragraphs) {
    if (contains_word(paragraph, place)) return true;
  }
  return false;
}

class ScriptBuilder {
 public:
  ScriptBuilder(const Phrases& phrases, const TextData& text_data, const EditorialData& editorial)
      : phrases_(phrases), text_data_(text_data), editorial_(editorial) {}

  // Splits `text` (edited already) into sentences and normalizes each; a text with nothing
  // to say is left out. `lead_in` ("Dan naar Brussel.") is said before the first sentence, as
  // a sentence of its own, normalized on its own.
  void add(SegmentKind kind, int story, const std::string& text, Pause pause_after,
           const std::string& lead_in = "", const std::string& title = "") {
    Segment segment{kind, story, {}, {}, pause_after, title};
    if (!lead_in.empty()) {
      segment.sentences.push_back(normalize_for_speech(lead_in, text_data_));
      segment.written.push_back(lead_in);
    }
    for (SpokenSentence& sentence : sentences_of(text, text_data_, editorial_)) {
      if (story >= 0 && segment.title.empty()) segment.title = sentence.written;
      segment.sentences.push_back(std::move(sentence.spoken));
      segment.written.push_back(std::move(sentence.written));
    }
    if (segment.sentences.size() > (lead_in.empty() ? 0u : 1u)) {
      script_.segments.push_back(std::move(segment));
    }
  }

  // A story: its headline (a ticker item's only from feeds and JSON), unless its first
  // sentence says the same; the dateline place brought in before the first paragraph,
  // unless the story names it or the item before came from there; the paragraphs, each
  // edited (residue, brackets, quotes, the speaker carried from paragraph to paragraph).
  void add_story(const Story& story, int number, SegmentKind kind) {
    std::optional<Speaker> speaker;
    std::vector<std::string> paragraphs;
    for (const std::string& paragraph : story.paragraphs) {
      paragraphs.push_back(
          as_sentence(edited_paragraph(paragraph, editorial_, text_data_, speaker)));
    }
    std::optional<Speaker> no_speaker;
    const std::string heading =
        as_sentence(edited_paragraph(story.headline, editorial_, text_data_, no_speaker));
    const auto first = paragraphs.empty() ? std::vector<std::string>{}
                                          : split_sentences(paragraphs.front(), text_data_);
    const bool repeated = !first.empty() && says_the_same(heading, first.front());
    const bool headline_said =
        (kind == SegmentKind::kTickerItem || number == 0) && !story.headline.empty() && !repeated;
    // The chapter title: the headline even when the first sentence says it instead.
    const std::string title(trim_spaces(story.headline));
    if (headline_said) add(SegmentKind::kHeadline, number, heading, Pause::kParagraph, "", title);
    std::string dateline;
    const std::string place = story.place.empty() ? "" : natural_place_name(story.place);
    if (kind == SegmentKind::kTickerItem && !place.empty() && place != last_place_ &&
        !phrases_.datelines.empty() && !names_place(story, place)) {
      dateline =
          dateline_phrase(phrases_.datelines[datelines_said_++ % phrases_.datelines.size()], place);
    }
    if (kind == SegmentKind::kTickerItem) last_place_ = place;
    bool first_paragraph = true;
    for (const std::string& paragraph : paragraphs) {
      add(kind, number, paragraph, Pause::kParagraph, first_paragraph ? dateline : "", title);
      first_paragraph = false;
    }
    end_story();
  }

  // A copy of `story` cut to kMaxStoryWords, noted in the warnings when it was longer.
  Story within_limit(const Story& story, const std::string& name) {
    Story cut = story;
    const StoryLength length = keep_first_words(cut, kMaxStoryWords, text_data_);
    if (length.kept < length.words) {
      script_.warnings.push_back(name + " has " + std::to_string(length.words) +
                                 " words; only its first " + std::to_string(length.kept) +
                                 " are read (limit " + std::to_string(kMaxStoryWords) + ")");
    }
    return cut;
  }

  void end_story() { set_last_story_pause(Pause::kStory); }

  void set_last_story_pause(Pause pause) {
    if (!script_.segments.empty() && script_.segments.back().story >= 0) {
      script_.segments.back().pause_after = pause;
    }
  }

  Script finish() { return std::move(script_); }

 private:
  const Phrases& phrases_;
  const TextData& text_data_;
  const EditorialData& editorial_;
  Script script_;
  std::string last_place_;          // the dateline place of the ticker item before
  std::size_t datelines_said_ = 0;  // which phrasing comes next
};

}  // namespace

std::vector<SpokenSentence> sentences_of(std::string_view edited, const TextData& text_data,
                                         const EditorialData& editorial) {
  std::vector<SpokenSentence> sentences;
  for (const std::string& written : split_sentences(edited, text_data)) {
    if (is_residue_sentence(written, text_data.residue)) continue;
    for (std::string& sentence : cut_at_semicolons(written, kLongSentenceWords, editorial.quotes)) {
      SpokenText spoken = normalize_for_speech(sentence, text_data);
      if (spoken.plain().find_first_not_of(" \t\n") == std::string::npos) continue;
      sentences.push_back(SpokenSentence{std::move(spoken), std::move(sentence)});
    }
  }
  return sentences;
}

std::vector<SpokenSentence> spoken_sentences(std::string_view paragraph, const TextData& text_data,
                                             const EditorialData& editorial) {
  std::optional<Speaker> speaker;
  return sentences_of(edited_paragraph(paragraph, editorial, text_data, speaker), text_data,
                      editorial);
}

Script write_script(const RunningOrder& order, const CivilTime& air_time, const Phrases& phrases,
                    const TextData& text_data, const EditorialData& editorial,
                    const std::map<std::string, std::string>& frame_vars) {
  std::map<std::string, std::string> vars = frame_vars;
  vars.merge(std::map<std::string, std::string>{
      {"greeting", greeting(phrases, air_time.hour, air_time.minute)},
      {"clock", clock_phrase(phrases, air_time.hour, air_time.minute)},
      {"section", ascii_lower(order.section)}});
  ScriptBuilder builder(phrases, text_data, editorial);
  builder.add(SegmentKind::kOpening, -1, fill_template(phrases.opening, vars), Pause::kSection);
  if (order.lead) {
    builder.add_story(builder.within_limit(*order.lead, "the lead"), 0, SegmentKind::kParagraph);
    if (!order.ticker.empty()) {
      builder.add(SegmentKind::kTransition, -1, fill_template(phrases.transition, vars),
                  Pause::kParagraph);
    }
  }
  int number = 1;
  for (const DatedStory& item : order.ticker) {
    const std::string name = "ticker item " + std::to_string(item.story.page_position);
    builder.add_story(builder.within_limit(item.story, name), number++, SegmentKind::kTickerItem);
  }
  builder.set_last_story_pause(Pause::kSection);
  builder.add(SegmentKind::kClosing, -1, fill_template(phrases.closing, vars), Pause::kNone);
  Script script = builder.finish();
  script.jingle_titles = {{"intro", phrases.names.intro}, {"outro", phrases.names.outro}};
  return script;
}

}  // namespace nieuwslezer
