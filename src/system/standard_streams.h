#pragma once
// The process's start: standard input, output and error may be closed by whoever started
// it (a cron job, `prog >&-`), and a file-size limit (ulimit -f) may be set. Both are made
// harmless before any file is opened.

namespace nieuwslezer {

/// Which of the standard descriptors were closed when the program started.
struct StandardStreams {
  bool input_closed = false;
  bool output_closed = false;
  bool error_closed = false;
};

/// Opens /dev/null on each of descriptors 0, 1 and 2 that is closed, so no file opened later
/// takes its number (a memory file on descriptor 1 would copy into itself), and ignores
/// SIGXFSZ, so a write past `ulimit -f` fails with EFBIG (an output error that removes its
/// temporary file) instead of killing the process. Call once, first thing in main().
StandardStreams secure_standard_streams();

}  // namespace nieuwslezer
