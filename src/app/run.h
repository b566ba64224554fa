#pragma once
// The whole pipeline, page in, bulletin out.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace nieuwslezer {

/// Everything the command line can set. Defaults are the documented ones.
struct Options {
  std::string input;                      // page file, "-" for stdin; empty = bundled example
  std::string output = "bulletin.wav";    // "-" = stdout
  std::optional<std::string> script;      // where to write the script text ("-" = stdout)
  std::optional<std::string> ssml;        // where to write the SSML sent to eSpeak NG
  bool no_audio = false;                  // write only the script
  std::optional<std::string> now;         // reference time, ISO 8601; default: the clock
  std::string timezone = "Europe/Amsterdam";
  std::optional<std::string> max_age;     // "6h", "90m"
  std::optional<std::size_t> max_items;   // cap on ticker items
  std::string voice = "nieuwslezer";      // profile in voices/ or an eSpeak voice
  std::vector<std::string> lexicons;      // extra pronunciation files, later ones win
};

/// Runs the pipeline: read and parse the page, order the stories, write the script,
/// synthesize and write the audio. Throws UsageError, InputError or OutputError (src/errors.h)
/// with a message naming the file and the problem; anything else is an internal failure.
void run(const Options& options);

/// "nieuwslezer" voice profiles and their descriptions, one per line, for --list-voices.
std::string voice_list();

}  // namespace nieuwslezer
