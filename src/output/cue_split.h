#pragma once
// One sentence's captions as cues people can read: at most two lines of 42 characters,
// 1 to 7 seconds each, cut where the sentence has a phrase boundary, each cue shown from the
// moment its first word is spoken. Pure: the rules, the text and the word times come in.

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace nieuwslezer {

constexpr std::size_t kCueLineLength = 42;  // characters a line, at most
constexpr double kCueMinSeconds = 1.0;      // a cue is shown at least this long...
constexpr double kCueMaxSeconds = 7.0;      // ...and at most this long

/// Where a caption may be cut: the words of data/caption_breaks.tsv, and the units, currencies
/// and months a number is never cut from (units.tsv, calendar.tsv). All lower case.
struct CaptionRules {
  std::unordered_set<std::string> clause_words;   // a cue may begin with one: "en", "dat"
  std::unordered_set<std::string> phrase_words;   // a cut before one is fair: "van", "op"
  std::unordered_set<std::string> bound_words;    // a cue never ends on one: "de", "een"
  std::unordered_set<std::string> units;          // after a number: "km", "miljard", "november"
  std::unordered_set<std::string> before_number;  // before a number: "€", "november" (2026)
  // How many words a piece of the written sentence is said in ("1,2 miljard" -> 4: "een
  // komma twee miljard"), to find its words among the word events. Unset: one per written word.
  std::function<std::size_t(std::string_view)> spoken_words;
};

/// Where a sentence is heard, in frames of the audio.
struct SentenceTiming {
  std::size_t start = 0;
  std::size_t end = 0;                 // exclusive
  std::span<const std::size_t> words;  // each spoken word's start (word events), in order
};

/// A caption cue: frames of the audio and the text as written, lines separated by '\n'.
struct Cue {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;
};

/// The cues of one sentence, as written, heard over `timing` at `sample_rate`. The cues
/// follow each other without a gap: the first starts at timing.start, the last ends at
/// timing.end, each other starts where its first spoken word does. A sentence that fits one
/// cue (two lines, 7 s) is one cue; a longer one is cut between written words where that
/// costs least: after , ; : best, then before a clause word ("dat", "omdat"), then before a
/// phrase word ("van"), then anywhere else; never after a bound word ("de") unless nothing
/// else fits, never between a number and its unit, currency or month ("1,2 miljard",
/// "€ 90", "28 november 2026"), avoiding cues under 1 s, over 7 s and of one word.
/// Finding the time of a cut (the written text is not what is said: "1,2" is said "een komma
/// twee"): the sentence is cut into pieces that are never cut apart (a number with its
/// unit), each piece's spoken words are counted on their own (rules.spoken_words), and the
/// share of the sentence's spoken words before a cut, scaled to the number of word events,
/// gives the word event that starts the next cue. Without word events the time is shared out
/// by those counts. Empty text gives no cues. A word longer than a line is a line of its own.
/// Example: "Het kabinet trekt 1,2 miljard euro uit voor bruggen, sluizen en wegen, zo meldt
/// het ministerie vandaag." -> "Het kabinet trekt 1,2 miljard euro uit\nvoor bruggen, sluizen
/// en wegen," and "zo meldt het ministerie vandaag." (when all of it is more than 7 s).
std::vector<Cue> sentence_cues(std::string_view written, const SentenceTiming& timing,
                               int sample_rate, const CaptionRules& rules);

/// Text as the lines of a cue: one line when it fits 42 characters, else two as even as they
/// can be, cut where sentence_cues would rather cut (after a comma rather than after "de";
/// never in "1,2 miljard"), else wrapped at 42 (a text too long for two lines). White space
/// collapsed; characters, not bytes, counted. "Kabinet trekt geld uit." -> itself;
/// "De gemeente Amsterdam wil het aantal vakantieverhuurders" -> "De gemeente Amsterdam
/// wil\nhet aantal vakantieverhuurders".
std::string cue_lines(std::string_view text, const CaptionRules& rules);

}  // namespace nieuwslezer
