#include "script/script.h"

namespace nieuwslezer {

std::string script_text(const Script& script) {
  std::string text;
  for (const Segment& segment : script.segments) {
    if (!text.empty()) text += "\n";
    text += segment.spoken().plain();
    text += "\n";
  }
  return text;
}

SpokenText Segment::spoken() const { return joined(sentences); }

std::string segment_label(const Segment& segment) {
  std::string label = segment_kind_name(segment.kind);
  if (segment.story >= 0) label = "story " + std::to_string(segment.story) + " " + label;
  return label;
}

const char* segment_kind_name(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kOpening:
      return "opening";
    case SegmentKind::kHeadline:
      return "headline";
    case SegmentKind::kParagraph:
      return "paragraph";
    case SegmentKind::kTransition:
      return "transition";
    case SegmentKind::kTickerItem:
      return "ticker-item";
    case SegmentKind::kClosing:
      return "closing";
  }
  return "segment";
}

}  // namespace nieuwslezer
