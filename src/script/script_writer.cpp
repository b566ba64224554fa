#include "script/script_writer.h"

#include <cctype>

#include "script/shorten.h"
#include "text/normalizer.h"

namespace nieuwslezer {
namespace {

// Lower-cases ASCII letters; the section names we see are plain Dutch words.
std::string lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return std::isalnum(byte) || byte >= 0x80;
}

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

// A headline is said as a sentence: "Kabinet trekt geld uit" -> "Kabinet trekt geld uit."
std::string as_sentence(std::string text) {
  const auto end = text.find_last_not_of(" \t");
  if (end == std::string::npos) return text;
  text.erase(end + 1);
  if (std::string_view(".!?:;").find(text.back()) == std::string_view::npos) text += '.';
  return text;
}

// The dateline template filled in: "{place}." -> "Brussel."; a place that ends in a full stop
// takes no second one: "Washington D.C." -> "Washington D.C.", not "Washington D.C..".
std::string dateline_phrase(const std::string& pattern, const std::string& place) {
  std::string phrase = fill_template(pattern, {{"place", place}});
  if (place.ends_with('.')) {
    const auto at = phrase.find(place + ".");
    if (at != std::string::npos) phrase.erase(at + place.size(), 1);
  }
  return phrase;
}

class ScriptBuilder {
 public:
  ScriptBuilder(const Phrases& phrases, const TextData& text_data)
      : phrases_(phrases), text_data_(text_data) {}

  // Splits `text` into sentences and normalizes each; a text with nothing to say is left out.
  // `lead_in` ("Brussel.") is said at the start of the first sentence, normalized on its own
  // so that it cannot run into the sentence ("Washington D.C. De ..." is no person's initials).
  void add(SegmentKind kind, int story, const std::string& text, Pause pause_after,
           const std::string& lead_in = "") {
    Segment segment{kind, story, {}, {}, pause_after};
    for (SpokenSentence& sentence : spoken_sentences(text, text_data_)) {
      if (segment.sentences.empty() && !lead_in.empty()) {
        sentence.spoken = joined({normalize_for_speech(lead_in, text_data_), sentence.spoken});
        sentence.written = lead_in + " " + sentence.written;
      }
      segment.sentences.push_back(std::move(sentence.spoken));
      segment.written.push_back(std::move(sentence.written));
    }
    if (!segment.sentences.empty()) script_.segments.push_back(std::move(segment));
  }

  // A story's paragraphs, the dateline place said before the first one unless its first
  // sentence names the place already ("De gemeente Amsterdam wil ...").
  void add_story(const Story& story, int number, SegmentKind kind) {
    // A ticker item with a headline (feeds, JSON) is introduced by it.
    // A feed item with only a title has it as its text too: say it once.
    const std::string heading = as_sentence(story.headline);
    const bool repeated =
        !story.paragraphs.empty() && as_sentence(story.paragraphs.front()).rfind(heading, 0) == 0;
    if (kind == SegmentKind::kTickerItem && !story.headline.empty() && !repeated) {
      add(SegmentKind::kHeadline, number, heading, Pause::kParagraph);
    }
    bool first = true;
    for (const std::string& paragraph : story.paragraphs) {
      std::string dateline;
      if (first && !story.place.empty() && !phrases_.dateline.empty()) {
        const std::string place = natural_place_name(story.place);
        const auto sentences = split_sentences(paragraph, text_data_);
        if (!sentences.empty() && !contains_word(sentences.front(), place)) {
          dateline = dateline_phrase(phrases_.dateline, place);
        }
      }
      first = false;
      add(kind, number, paragraph, Pause::kParagraph, dateline);
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
  Script script_;
};

}  // namespace

std::vector<SpokenSentence> spoken_sentences(std::string_view paragraph,
                                             const TextData& text_data) {
  std::vector<SpokenSentence> sentences;
  const std::string text = strip_page_residue(paragraph, text_data.residue);
  for (std::string& sentence : split_sentences(text, text_data)) {
    if (is_residue_sentence(sentence, text_data.residue)) continue;
    SpokenText spoken = normalize_for_speech(sentence, text_data);
    if (spoken.plain().find_first_not_of(" \t\n") == std::string::npos) continue;
    sentences.push_back(SpokenSentence{std::move(spoken), std::move(sentence)});
  }
  return sentences;
}

Script write_script(const RunningOrder& order, const CivilTime& air_time, const Phrases& phrases,
                    const TextData& text_data,
                    const std::map<std::string, std::string>& frame_vars) {
  std::map<std::string, std::string> vars = frame_vars;
  vars.merge(std::map<std::string, std::string>{
      {"greeting", greeting(phrases, air_time.hour, air_time.minute)},
      {"clock", clock_phrase(phrases, air_time.hour, air_time.minute)},
      {"section", lower(order.section)}});
  ScriptBuilder builder(phrases, text_data);
  builder.add(SegmentKind::kOpening, -1, fill_template(phrases.opening, vars), Pause::kSection);
  if (order.lead) {
    const Story lead = builder.within_limit(*order.lead, "the lead");
    builder.add(SegmentKind::kHeadline, 0, as_sentence(lead.headline), Pause::kParagraph);
    builder.add_story(lead, 0, SegmentKind::kParagraph);
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
  return builder.finish();
}

}  // namespace nieuwslezer
