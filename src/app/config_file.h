#pragma once
// The configuration file: real TOML (toml++), read for CLI11 as option values.

#include <CLI/CLI.hpp>
#include <istream>
#include <string>
#include <vector>

namespace nieuwslezer {

/// CLI11's reader of the configuration file. Every option is a key, its long name without
/// dashes (`max-age = "6h"`, `no-audio = true`, `inputs = ["a.txt", "b.xml"]`), at the top
/// or in the table of its --help group, where a prefix the group's options share may be left
/// out: `[podcast] feed = "feed.xml"` is --podcast-feed, `[pauses] story = 900` is
/// --pause-story, `[sound] preset = "radio"`, `[jingles] intro = "intro.flac"` (tables:
/// input, editorial, voice, sound, outputs, podcast, jingles, pauses). Numbers, booleans,
/// strings, date-times (`now = 2026-11-28T08:00:00+01:00`) and arrays of them are values.
/// Throws CLI::ConfigError "FILE:LINE: problem": TOML syntax ("nieuwslezer.toml:3: expected
/// '='…"), an unknown key or table ("…:4: unknown key 'podcast.feedd' (did you mean
/// 'podcast.feed'?)"), a value of the wrong shape (a table in a table, an array of tables).
class TomlConfig : public CLI::Config {
 public:
  /// `app` holds the options (and --config, which names the file read); `default_file` is
  /// the one read when --config is not given.
  TomlConfig(const CLI::App& app, std::string default_file)
      : app_(app), default_file_(std::move(default_file)) {}

  std::vector<CLI::ConfigItem> from_config(std::istream& input) const override;

  /// Not used: nieuwslezer never writes its configuration.
  std::string to_config(const CLI::App*, bool, bool, std::string) const override { return ""; }

 private:
  const CLI::App& app_;
  std::string default_file_;
};

}  // namespace nieuwslezer
