#pragma once
// The exceptions thrown at the pipeline's edges, one per documented exit code.
// main() maps each to its exit code; anything else exits with 1.

#include <stdexcept>
#include <string>

namespace nieuwslezer {

/// Documented process exit codes (see --help and README.md).
enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,       // anything unexpected (library failure, bug)
  kExitUsage = 2,         // bad command line
  kExitBadInput = 3,      // unreadable, empty, binary, not text, no story found
  kExitCannotWrite = 4,   // output file or stdout cannot be written
  kExitNothingFresh = 5,  // no story left to read after --max-age / --min-items
  kExitBadData = 6        // the program's own data (voices/, data/) is missing or broken
};

/// A bad command-line value, e.g. "--max-age: '6x' is not a duration".
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Input that cannot be turned into a bulletin; the message names the file and the problem.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Nothing fresh enough to air: a scheduler should skip the slot. "no story is younger than 1h"
struct NothingToReadError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The program's own data (a voice profile, a data/ file) is missing or broken: an
/// installation problem, not the user's input. The message names the file.
struct DataError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// An output that cannot be written; the message names the file and the problem.
struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace nieuwslezer
