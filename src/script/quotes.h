#pragma once
// Quotations in written news made fit to be heard: no quotation mark is left, and every quote
// is said with its speaker, so that a listener never takes it for the newsreader's own words.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/text_data.h"

namespace nieuwslezer {

/// How a speech verb after a quote is said when its speaker goes first.
struct SpeechVerb {
  std::string fronted;  // "aldus" -> "zei"
  std::string recall;   // for a later quote of the same speaker: "voegde" (toe) -> "zei"
};

/// The phrasings and word lists of data/quotes.tsv (format in its header).
struct QuoteData {
  std::unordered_map<std::string, SpeechVerb> verbs;  // as written after a quote: "zei", "aldus"
  std::unordered_set<std::string> pronouns;           // one-word subjects: "hij", "ze"
  std::unordered_set<std::string> stop_words;         // end a speaker's name: "tegen", "ook"
  std::vector<std::string> stop_prefixes;             // "gister" from "gister*"
  std::unordered_set<std::string> stop_before_lower;  // "voor": stops before a lower-case word
  std::unordered_set<std::string> clause_words;       // "die", "waarna": a clause, not a name
  std::unordered_set<std::string> recap_words;        // "dat": "'...' Dat zei de minister."
  std::unordered_set<std::string> report_words;       // "dat": "Lavrov zei dat ..." names him
  std::unordered_set<std::string> articles;           // "de", "het", "een"
  std::unordered_set<std::string> particles;          // name_particles.tsv: "van", "de"
  std::string marker;                                 // "Citaat:"
  std::string end_marker;                             // "Einde citaat." or empty
  std::size_t long_quote_words = 8;  // a quote of more words is said after its speaker
};

/// Reads data_dir/quotes.tsv and data_dir/name_particles.tsv, the program's own data. Throws
/// DataError naming the file when one is missing or unreadable, and "file:line: problem" for
/// a malformed line ("quotes.tsv:12: unknown kind 'verbs'") or a missing marker.
QuoteData load_quote_data(const std::filesystem::path& data_dir);

/// Who spoke last in a paragraph, as a later quote recalls them: {"Lavrov", "zei"}, {"hij",
/// "zegt"}.
struct Speaker {
  std::string name;
  std::string verb;
};

/// A paragraph with its quotes attributed, and the speaker it named last (for the next
/// paragraph of the same story).
struct AttributedParagraph {
  std::string text;
  std::optional<Speaker> last_speaker;
};

/// One paragraph of written Dutch news with every quotation mark gone (' " ‘ ’ “ ” „ « » ‹ ›
/// and ",,...''") and each quote said with its speaker; apostrophes stay ("auto's", "'s
/// avonds", "zo'n", "'80", "d'Italia", "Hans' fiets"; a ' after an s closes a quote that is
/// open). Call it after resolve_brackets and before split_sentences; the paragraph comes back
/// trimmed, with runs of spaces made one and its line breaks kept.
///  - a short quote keeps its attribution after it: "'Nee', zei hij." -> "Nee, zei hij."
///  - a long quote (more than long_quote_words), a question and a quote in parts get the
///    speaker first, the rest of the attribution after the verb: "'Als ze iets willen bieden,
///    zullen we dat overwegen', zei hij tijdens een toespraak." -> "Hij zei tijdens een
///    toespraak: Als ze iets willen bieden, zullen we dat overwegen."; "'We gaan door', zei
///    Koeman, 'want dit team kan meer.'" -> "Koeman zei: We gaan door, want dit team kan meer."
///  - quote sentences without attribution next to an attributed one share its speaker:
///    "'We gaan door', zei Koeman. 'Dit team kan meer.'" -> "Koeman zei: We gaan door. Dit
///    team kan meer."; so does "'...' Dat zei Koeman."
///  - a quote after its speaker or inside a sentence only loses its marks: "Koeman zei: 'We
///    gaan door.'" -> "Koeman zei: We gaan door.", "het zogeheten 'Purl-programma'" -> "het
///    zogeheten Purl-programma".
///  - a quote sentence with no speaker of its own gets the one named last before it (in this
///    paragraph): "Lavrov zei: ..."; without one the marker: "Citaat: ...",
///    followed by the end marker when the paragraph goes on.
///  - unbalanced and stray marks are dropped.
/// Never fails; linear in the length of the paragraph.
std::string attribute_quotes(std::string_view paragraph, const QuoteData& quotes,
                             const TextData& text_data);

/// attribute_quotes for one paragraph of a story, where `speaker_before` is the speaker the
/// story's previous paragraph named last (its last_speaker): "Koeman zei maandag dat hij
/// blijft." then "'Dit team kan meer.'" -> "Koeman zei: Dit team kan meer."
/// Never fails; linear in the length of the paragraph.
AttributedParagraph attribute_story_quotes(std::string_view paragraph, const QuoteData& quotes,
                                           const TextData& text_data,
                                           const std::optional<Speaker>& speaker_before);

}  // namespace nieuwslezer
