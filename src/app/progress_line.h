#pragma once
// A progress line on standard error for long runs at a terminal ("nieuwslezer: spreken 45%").

#include <string>
#include <string_view>

namespace nieuwslezer {

/// Whether to show a progress line: only when standard error is a terminal that can
/// overwrite a line (TERM unset or "dumb" cannot) and the log is not quiet. A cron job, a
/// pipe or a log file never gets one. (true, false, "xterm") -> true; (false, …) -> false.
bool progress_wanted(bool stderr_is_terminal, bool quiet, const char* term);

/// One line that is rewritten in place: "\rnieuwslezer: speaking 45%" and erased when done,
/// so the log lines around it stay as they are: clear() it before anything logs. Writes
/// nothing when not `enabled`.
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled) {}
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ~ProgressLine() { clear(); }

  /// Shows `stage` at `fraction` (0 to 1) done; rewrites the line only when the whole
  /// percentage changes. ("speaking", 0.456) -> "nieuwslezer: speaking 45%".
  void show(std::string_view stage, double fraction);

  /// Erases the line (the cursor back at its start).
  void clear();

 private:
  void write(const std::string& text);

  bool enabled_;
  bool shown_ = false;
  std::string last_;
};

}  // namespace nieuwslezer
