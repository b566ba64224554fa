#pragma once
// The files a run writes must not be each other, nor a file it reads.

#include "app/options.h"

namespace nieuwslezer {

/// Throws UsageError when two outputs (-o, --script, --ssml, --manifest, --captions,
/// --podcast-feed) name the same file, when more than one of them is "-" (standard output),
/// or when an output is one of the inputs, --lexicon files or jingles: "--manifest: is the
/// same file as -o (bulletin.wav)". A file is the same when both names lead to it (links
/// and "./" included), or, for files that do not exist yet, when the names are the same
/// path after resolving the directories. Also throws write_output's OutputError for an
/// output that is a FIFO, a device or another user's link (see check_output_target).
void check_output_paths(const Options& options);

/// Whether any output of the run goes to standard output ("-", /dev/stdout).
bool writes_standard_output(const Options& options);

}  // namespace nieuwslezer
