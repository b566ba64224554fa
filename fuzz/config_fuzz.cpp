// libFuzzer target for the configuration file: any bytes as --config FILE, parsed with every
// option nieuwslezer has (describe_command_line, TomlConfig), as main() parses it. A parse
// either succeeds or throws CLI::ParseError (TomlConfig's "FILE:LINE: problem" among them);
// the line the user then sees (parse_error_line) must be one non-empty line of valid UTF-8.
// Nothing else may leave the parse.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "app/command_line.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nieuwslezer;
  // CLI11 reads the configuration from a file: one per process, rewritten for each input.
  static const std::string file =
      (std::filesystem::temp_directory_path() /
       ("nieuwslezer-config-fuzz-" + std::to_string(::getpid()) + ".toml"))
          .string();
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  CLI::App app("nieuwslezer", "nieuwslezer");
  CommandLine line;
  describe_command_line(app, line);
  const char* arguments[] = {"nieuwslezer", "--config", file.c_str()};
  try {
    app.parse(3, arguments);
  } catch (const CLI::ParseError& error) {
    const std::string said = parse_error_line(app, error);
    if (said.empty()) fuzz::fail("a refused configuration gives an empty error line");
    if (said.find('\n') != std::string::npos) {
      fuzz::fail("a refused configuration's error is more than one line: " + said);
    }
    if (!fuzz::is_valid_utf8(said)) fuzz::fail("a configuration error line is not valid UTF-8");
  } catch (const std::exception& error) {
    fuzz::fail(std::string("the configuration parse threw something else: ") + error.what());
  }
  return 0;
}
