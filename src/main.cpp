// nieuwslezer: a Dutch news page in, a spoken radio bulletin out.

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "app/run.h"
#include "errors.h"

namespace {

constexpr const char* kFooter = R"(Examples:
  nieuwslezer                                   bulletin.wav from the bundled example page
  nieuwslezer pagina.txt -o nieuws.wav --script -
  nieuwslezer pagina.txt --now 2026-11-28T08:00:00+01:00 --max-age 6h --no-audio --script -

Exit codes:
  0  success
  1  anything else (internal or eSpeak NG failure)
  2  usage error (bad option or value)
  3  bad input: unreadable, empty, binary or not text, no story found, bad data file
  4  cannot write an output file or standard output)";

}  // namespace

int main(int argc, char** argv) {
  using namespace nieuwslezer;
  auto logger = spdlog::stderr_color_mt("nieuwslezer");
  logger->set_pattern("nieuwslezer: %^%l%$: %v");
  spdlog::set_default_logger(logger);

  Options options;
  CLI::App app{"Turns a Dutch news page into a spoken radio bulletin (WAV) with eSpeak NG.",
               "nieuwslezer"};
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("nieuwslezer ") + NIEUWSLEZER_VERSION);
  app.add_option("page", options.input,
                 "News page (text, UTF-8), '-' for standard input; default: the bundled example");
  app.add_option("-o,--output", options.output, "Audio file to write, '-' for standard output")
      ->capture_default_str();
  app.add_option("--script", options.script, "Also write the spoken script (UTF-8), '-' for stdout");
  app.add_option("--ssml", options.ssml, "Also write the SSML sent to eSpeak NG, '-' for stdout");
  app.add_flag("--no-audio", options.no_audio, "Write only the script (and SSML), no audio");
  app.add_option("--now", options.now,
                 "Air time, ISO 8601 (2026-11-28T08:00:00+01:00); default: now");
  app.add_option("--timezone", options.timezone, "Time zone of the greeting and hour")
      ->capture_default_str();
  app.add_option("--max-age", options.max_age, "Drop ticker items older than this (6h, 90m)");
  app.add_option("--max-items", options.max_items, "Read at most N ticker items")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--voice", options.voice, "Voice profile from voices/ or an eSpeak voice (nl+f3)")
      ->capture_default_str();
  app.add_option("--lexicon", options.lexicons,
                 "Extra pronunciation file (format of data/pronunciation.tsv); repeatable");
  bool list_voices = false;
  app.add_flag("--list-voices", list_voices, "List the voice profiles and exit");
  bool verbose = false, quiet = false;
  app.add_flag("-v,--verbose", verbose, "Log more (debug)");
  app.add_flag("-q,--quiet", quiet, "Log only errors");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  spdlog::set_level(quiet ? spdlog::level::err
                          : verbose ? spdlog::level::debug : spdlog::level::info);
  try {
    if (list_voices) {
      std::cout << voice_list();
      return kExitOk;
    }
    run(options);
    return kExitOk;
  } catch (const UsageError& error) {
    spdlog::error("{}", error.what());
    return kExitUsage;
  } catch (const InputError& error) {
    spdlog::error("{}", error.what());
    return kExitBadInput;
  } catch (const OutputError& error) {
    spdlog::error("{}", error.what());
    return kExitCannotWrite;
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
    return kExitFailure;
  }
}
