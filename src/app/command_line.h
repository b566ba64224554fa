#pragma once
// The command line: every option, in the groups --help shows, and the configuration file.

#include <CLI/CLI.hpp>
#include <string>

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

/// Which configuration file the parse read, for -v: "configuration from ./nieuwslezer.toml"
/// or "no configuration file (none of ./nieuwslezer.toml, ~/.config/…, /etc/… exists)".
std::string configuration_line(const CLI::App& app);

/// The one line that says what is wrong with the command line `app` failed to parse, naming
/// the near option for a typo: "--max-agee 3h" -> "unknown option '--max-agee' (did you mean
/// '--max-age'?); nieuwslezer --help lists the options".
std::string parse_error_line(const CLI::App& app, const CLI::ParseError& error);

}  // namespace nieuwslezer
