#include "app/command_line.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace nieuwslezer {
namespace {

// The error line for parsing `arguments`, or "" when they parse.
std::string error_line(std::vector<std::string> arguments) {
  CLI::App app;
  CommandLine line;
  describe_command_line(app, line);
  arguments.insert(arguments.begin(), "nieuwslezer");
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& error) {
    return parse_error_line(app, error);
  }
  return "";
}

constexpr const char* kHelp = "; nieuwslezer --help lists the options";

TEST(ParseErrorLine, AMistypedOptionNamesTheNearOne) {
  EXPECT_EQ(error_line({"--max-agee", "3h"}),
            std::string("unknown option '--max-agee' (did you mean '--max-age'?)") + kHelp);
  EXPECT_EQ(error_line({"--max-agee=3h"}),
            std::string("unknown option '--max-agee' (did you mean '--max-age'?)") + kHelp);
  EXPECT_EQ(error_line({"--presett", "radio"}),
            std::string("unknown option '--presett' (did you mean '--preset'?)") + kHelp);
  EXPECT_EQ(error_line({"--volume", "11"}), std::string("unknown option '--volume'") + kHelp);
  EXPECT_EQ(error_line({"--max-age", "3h"}), "");
}

TEST(ParseErrorLine, EveryProblemIsOneLineNamingTheOption) {
  EXPECT_EQ(error_line({"--rate", "snel"}),
            std::string("--rate: 'snel' is not a value it takes") + kHelp);
  const std::string count = error_line({"--max-items", "-1"});
  EXPECT_NE(count.find("--max-items"), std::string::npos) << count;
  EXPECT_NE(count.find("not a whole number"), std::string::npos) << count;
  for (const auto& arguments : {std::vector<std::string>{"--rate", "snel"},
                                {"--max-items", "-1"},
                                {"--nope", "--niet"},
                                {"--config", "/dev/zero"},
                                {"--rate"}}) {
    const std::string line = error_line(arguments);
    EXPECT_FALSE(line.empty()) << arguments[0];
    EXPECT_EQ(line.find('\n'), std::string::npos) << line;
  }
}

TEST(ConfigurationLine, SaysWhichFileWasRead) {
  CLI::App app;
  CommandLine line;
  describe_command_line(app, line);
  app.parse(std::vector<std::string>{});  // CLI11 takes these in reverse
  EXPECT_NE(configuration_line(app).find("no configuration file"), std::string::npos)
      << "the tests run where no nieuwslezer.toml is";
}

}  // namespace
}  // namespace nieuwslezer
