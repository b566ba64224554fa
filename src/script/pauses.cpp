#include "script/pauses.h"

namespace nieuwslezer {

int pause_ms(Pause pause, const Pauses& pauses) {
  switch (pause) {
    case Pause::kParagraph:
      return pauses.paragraph_ms;
    case Pause::kStory:
      return pauses.story_ms;
    case Pause::kSection:
      return pauses.section_ms;
    case Pause::kNone:
      return 0;
  }
  return 0;
}

}  // namespace nieuwslezer
