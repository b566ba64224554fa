#pragma once
// The command line: every option, in the groups --help shows, and the configuration file.

#include <CLI/CLI.hpp>

#include "app/options.h"

namespace nieuwslezer {

/// What the command line asks for besides the bulletin's options.
struct CommandLine {
  Options options;
  bool list_voices = false;  // --list-voices
  bool verbose = false;      // -v: log at debug level
  bool quiet = false;        // -q: log only errors
};

/// Declares every option of `line` on `app`, in groups (Input, Editorial, Voice, Sound,
/// Outputs, Podcast, Jingles and bed, Pauses), with --config (TOML; the first of
/// ./nieuwslezer.toml, ~/.config/nieuwslezer/nieuwslezer.toml, /etc/nieuwslezer.toml),
/// --version and the examples and exit codes after --help. Values are checked after parsing
/// (check_options), not here.
void describe_command_line(CLI::App& app, CommandLine& line);

}  // namespace nieuwslezer
