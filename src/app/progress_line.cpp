#include "app/progress_line.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace nieuwslezer {

bool progress_wanted(bool stderr_is_terminal, bool quiet, const char* term) {
  return stderr_is_terminal && !quiet && term != nullptr && *term != '\0' &&
         std::strcmp(term, "dumb") != 0;
}

void ProgressLine::show(std::string_view stage, double fraction) {
  const int percent = static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 100.0);
  write("nieuwslezer: " + std::string(stage) + " " + std::to_string(percent) + "%");
}

void ProgressLine::clear() {
  if (!enabled_ || !shown_) return;
  const char erase[] = "\r\033[K";
  [[maybe_unused]] const auto written = ::write(STDERR_FILENO, erase, sizeof erase - 1);
  shown_ = false;
  last_.clear();
}

void ProgressLine::write(const std::string& text) {
  if (!enabled_ || text == last_) return;
  // One write() per update: the line is never torn by another write in between.
  const std::string line = "\r" + text + "\033[K";
  [[maybe_unused]] const auto written = ::write(STDERR_FILENO, line.data(), line.size());
  shown_ = true;
  last_ = text;
}

}  // namespace nieuwslezer
