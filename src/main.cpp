// nieuwslezer: a Dutch news page in, a spoken radio bulletin out.

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>

#include "app/check_options.h"
#include "app/command_line.h"
#include "app/log_escape.h"
#include "app/output_paths.h"
#include "app/progress_line.h"
#include "app/run.h"
#include "errors.h"
#include "system/interrupts.h"
#include "system/standard_streams.h"

namespace {

// The documented exit code of a failure (the footer of --help lists them).
int exit_code_of(const std::exception& error) {
  using namespace nieuwslezer;
  if (dynamic_cast<const UsageError*>(&error)) return kExitUsage;
  if (dynamic_cast<const InputError*>(&error)) return kExitBadInput;
  if (dynamic_cast<const NothingToReadError*>(&error)) return kExitNothingFresh;
  if (dynamic_cast<const OutputError*>(&error)) return kExitCannotWrite;
  if (dynamic_cast<const DataError*>(&error)) return kExitBadData;
  return kExitFailure;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace nieuwslezer;
  const StandardStreams streams = secure_standard_streams();
  // Colour only at a terminal (spdlog checks), and never with NO_COLOR set (no-color.org).
  const char* no_color = std::getenv("NO_COLOR");
  auto logger = spdlog::stderr_color_mt("nieuwslezer", no_color != nullptr && *no_color != '\0'
                                                           ? spdlog::color_mode::never
                                                           : spdlog::color_mode::automatic);
  auto formatter = std::make_unique<spdlog::pattern_formatter>();
  formatter->add_flag<EscapedMessage>('*').set_pattern("nieuwslezer: %^%l%$: %*");
  logger->set_formatter(std::move(formatter));
  spdlog::set_default_logger(logger);

  CLI::App app{"Turns a Dutch news page into a spoken radio bulletin (WAV) with eSpeak NG.",
               "nieuwslezer"};
  CommandLine line;
  describe_command_line(app, line);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    spdlog::error("{}", parse_error_line(app, e));
    return kExitUsage;
  }
  spdlog::set_level(line.quiet     ? spdlog::level::err
                    : line.verbose ? spdlog::level::debug
                                   : spdlog::level::info);
  spdlog::debug("{}", configuration_line(app));
  line.options.progress =
      progress_wanted(::isatty(STDERR_FILENO) == 1, line.quiet, std::getenv("TERM"));
  remove_temporaries_on_interrupt();
  if (streams.output_closed && writes_standard_output(line.options)) {
    spdlog::error("standard output is closed: cannot write the output there");
    return kExitCannotWrite;
  }
  try {
    if (line.list_voices) {
      std::cout << voice_list();
      return kExitOk;
    }
    const auto clock = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    run(line.options, check_options(line.options, clock));
    return kExitOk;
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
    return exit_code_of(error);
  }
}
