#pragma once
// The whole pipeline, page in, bulletin out.

#include <string>

#include "app/check_options.h"
#include "app/options.h"

namespace nieuwslezer {

/// Runs the pipeline for checked options: read and parse the pages, order the stories,
/// write the script, speak it, finish the audio and write the files. Throws UsageError,
/// InputError, NothingToReadError, OutputError or DataError (src/errors.h) with a message
/// naming the file and the problem; anything else is an internal failure.
void run(const Options& options, const CheckedOptions& checked);

/// "nieuwslezer" voice profiles and their descriptions, one per line, for --list-voices.
std::string voice_list();

}  // namespace nieuwslezer
