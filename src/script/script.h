#pragma once
// The spoken script: what the newsreader says, segment by segment, with the pauses between.

#include <map>
#include <string>
#include <vector>

#include "text/spoken_text.h"

namespace nieuwslezer {

enum class SegmentKind { kOpening, kHeadline, kParagraph, kTransition, kTickerItem, kClosing };

/// How long to wait after a segment: within a story, between stories, or around the frame.
enum class Pause { kParagraph, kStory, kSection, kNone };

/// One paragraph of the bulletin, sentence by sentence.
struct Segment {
  SegmentKind kind = SegmentKind::kParagraph;
  int story = -1;                     // -1 for the frame, 0 for the lead, 1.. ticker items
  std::vector<SpokenText> sentences;  // what is said (normalized Dutch, with language runs)
  std::vector<std::string> written;   // each sentence as written (for captions), same count
  Pause pause_after = Pause::kParagraph;
  // A listener's title for the story, for chapters: its headline as written, else its first
  // sentence of news ("Treinen rijden weer", not the lead-in "Dan naar De Bilt."); empty
  // for the frame (opening, transition, closing).
  std::string title;

  /// The sentences as one text: {"Eén.", "Twee."} -> runs of "Eén. Twee."
  SpokenText spoken() const;
};

struct Script {
  std::vector<Segment> segments;
  // What the producer should know, for the log: "the lead has 150000 words; only its first
  // 1994 are read (limit 2000)".
  std::vector<std::string> warnings;
  // The chapter titles of what is heard but not spoken, by marker label: {"intro": "Intro",
  // "outro": "Outro"} (data/phrases.nl.txt, name.*).
  std::map<std::string, std::string> jingle_titles;
};

/// A stable name for a segment, for markers and manifests: "opening", "story 2 ticker-item".
std::string segment_label(const Segment& segment);

/// The script as UTF-8 text: one segment per paragraph, paragraphs separated by a blank line.
std::string script_text(const Script& script);

/// "opening", "headline", ... for logs and manifests.
const char* segment_kind_name(SegmentKind kind);

}  // namespace nieuwslezer
