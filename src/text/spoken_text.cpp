#include "text/spoken_text.h"

namespace nieuwslezer {

std::string SpokenText::plain() const {
  std::string text;
  for (const SpokenRun& run : runs) text += run.text;
  return text;
}

}  // namespace nieuwslezer
