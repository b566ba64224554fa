// nieuwslezer: a Dutch news page in, a spoken radio bulletin out.

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>

#include "app/run.h"
#include "errors.h"
#include "system/interrupts.h"

namespace {

// The first configuration file that exists, in the documented search order:
// ./nieuwslezer.toml, $XDG_CONFIG_HOME/nieuwslezer/nieuwslezer.toml (default ~/.config/...),
// /etc/nieuwslezer.toml. Empty when there is none.
std::string default_config_file() {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates = {"nieuwslezer.toml"};
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) {
    candidates.push_back(fs::path(xdg) / "nieuwslezer" / "nieuwslezer.toml");
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    candidates.push_back(fs::path(home) / ".config" / "nieuwslezer" / "nieuwslezer.toml");
  }
  candidates.emplace_back("/etc/nieuwslezer.toml");
  std::error_code error;
  for (const auto& candidate : candidates) {
    if (fs::is_regular_file(candidate, error)) return candidate.string();
  }
  return "";
}

constexpr const char* kFooter = R"(Examples:
  nieuwslezer                                   bulletin.wav from the bundled example page
  nieuwslezer pagina.txt -o nieuws.wav --script -
  nieuwslezer pagina.txt --now 2026-11-28T08:00:00+01:00 --max-age 6h --no-audio --script -

Exit codes:
  0  success
  1  anything else (internal or eSpeak NG failure)
  2  usage error (bad option or value)
  3  bad input: unreadable, empty, binary or not text, no story found, bad --lexicon
  4  cannot write an output file or standard output
  5  nothing to air: no story left after --max-age, or fewer than --min-items
  6  the program's own data (voices/, data/) is missing or broken: reinstall
  130, 143  interrupted by SIGINT or SIGTERM; no output file is left behind)";

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
  // Every option can also be set in a TOML file (key = option name without dashes); the
  // command line wins. Search order: see default_config_file() and the README.
  app.allow_config_extras(CLI::config_extras_mode::error);  // a typo in the file is an error
  app.set_config("--config", default_config_file(),
                 "Configuration file (TOML; default: ./nieuwslezer.toml, "
                 "~/.config/nieuwslezer/nieuwslezer.toml, /etc/nieuwslezer.toml)");
  app.set_version_flag("--version", std::string("nieuwslezer ") + NIEUWSLEZER_VERSION);
  app.add_option("inputs", options.inputs,
                 "News pages, RSS/Atom/RDF feeds or JSON stories, merged into one bulletin; "
                 "'-' for standard input; default: the bundled example");
  app.add_option("-o,--output", options.output, "Audio file to write, '-' for standard output")
      ->capture_default_str();
  app.add_option("--script", options.script,
                 "Also write the spoken script (UTF-8), '-' for stdout");
  app.add_option("--ssml", options.ssml, "Also write the SSML sent to eSpeak NG, '-' for stdout");
  app.add_flag("--no-audio", options.no_audio, "Write only the script (and SSML), no audio");
  app.add_option("--now", options.now,
                 "Air time, ISO 8601 (2026-11-28T08:00:00+01:00); default: now");
  app.add_option("--timezone", options.timezone, "Time zone of the greeting and hour")
      ->capture_default_str();
  app.add_option("--max-age", options.max_age,
                 "Drop ticker items older than this (6h, 90m; default 12h; none: read all)");
  app.add_option("--max-items", options.max_items, "Read at most N ticker items")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--min-items", options.min_items,
                 "With fewer fresh ticker items there is nothing to air: exit 5")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--allow-empty", options.allow_empty,
               "With nothing to air, still write a bulletin of opening and closing");
  app.add_option("--jobs,-j", options.jobs,
                 "Speak with N processes at once (0 = one per CPU); the audio is the same "
                 "for any N")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  app.add_option("--max-duration", options.max_duration,
                 "Fit the slot: the lead, then ticker items newest first while they fit (3m, 90s)");
  app.add_option("--lead-sentences", options.lead_sentences,
                 "Read only the lead's first N sentences (after its headline)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--voice-ticker", options.ticker_voice,
                 "A second voice for the ticker items (two-voice format), e.g. nieuwslezeres");
  app.add_option("--rate", options.rate, "Speaking rate, words a minute (overrides the voice)");
  app.add_option("--pitch", options.pitch, "Pitch 0-100, 50 = the voice's own");
  app.add_option("--voice", options.voice, "Voice profile from voices/ or an eSpeak voice (nl+f3)")
      ->capture_default_str();
  app.add_option("--lexicon", options.lexicons,
                 "Extra pronunciation file (format of data/pronunciation.tsv); repeatable");
  app.add_option("--preset", options.preset,
                 "Sound: podcast (44.1 kHz, -19 LUFS mono / -16 stereo), radio (48 kHz, -23 "
                 "LUFS, EBU R 128) or raw (eSpeak's own)")
      ->capture_default_str();
  app.add_option("--lufs", options.lufs, "Integrated loudness target in LUFS (overrides --preset)");
  app.add_option("--true-peak", options.true_peak, "True-peak ceiling in dBTP (default -1)");
  app.add_option("--sample-rate", options.sample_rate, "Output sample rate in Hz");
  app.add_option("--channels", options.channels, "1 (mono) or 2 (stereo)")->capture_default_str();
  app.add_option("--format", options.format,
                 "wav, wav24, flac, ogg, opus or mp3; default: from -o's extension, else wav");
  app.add_option("--bext", options.bext,
                 "Write a Broadcast Wave bext chunk (true/false); default: true for radio WAVs");
  app.add_flag("--sync", options.sync,
               "Wait until each output is on the disk before renaming it into place (fsync)");
  app.add_option("--station", options.station, "Station name: artist tag and bext originator");
  app.add_option("--title", options.title,
                 "Title tag; default 'Nieuws van 8 uur, 28 november 2026' (data/phrases.nl.txt)");
  app.add_option("--manifest", options.manifest,
                 "Also write a JSON manifest: each segment and sentence with start and end");
  app.add_option("--captions", options.captions,
                 "Also write WebVTT captions, one cue per sentence");
  app.add_option("--podcast-feed", options.podcast_feed,
                 "Add this bulletin as an episode to a podcast RSS feed (made if missing)");
  app.add_option("--podcast-url", options.podcast_url,
                 "Base URL the audio is served from (the episode URL is BASE/<file name>)");
  app.add_option("--podcast-keep", options.podcast_keep, "Episodes kept in the feed")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--pause-sentence", options.pauses.sentence_ms, "Pause between sentences, ms")
      ->capture_default_str()
      ->check(CLI::Range(0, 10000));
  app.add_option("--pause-paragraph", options.pauses.paragraph_ms, "Pause between paragraphs, ms")
      ->capture_default_str()
      ->check(CLI::Range(0, 10000));
  app.add_option("--pause-story", options.pauses.story_ms, "Pause between stories, ms")
      ->capture_default_str()
      ->check(CLI::Range(0, 10000));
  app.add_option("--pause-section", options.pauses.section_ms,
                 "Pause after the opening and before the closing, ms")
      ->capture_default_str()
      ->check(CLI::Range(0, 10000));
  app.add_option("--intro", options.intro, "Jingle before the bulletin (WAV, FLAC, Ogg, MP3, ...)");
  app.add_option("--outro", options.outro, "Jingle after the bulletin");
  app.add_option("--bed", options.bed, "Music bed looped under the speech, ducked while it speaks");
  app.add_option("--intro-gain", options.intro_gain, "Intro level, dB relative to the speech")
      ->capture_default_str();
  app.add_option("--outro-gain", options.outro_gain, "Outro level, dB relative to the speech")
      ->capture_default_str();
  app.add_option("--bed-gain", options.bed_gain, "Bed level when not ducked, dB re the speech")
      ->capture_default_str();
  app.add_option("--bed-duck", options.bed_settings.duck_db, "Extra bed gain under speech, dB")
      ->capture_default_str()
      ->check(CLI::Range(-60.0, 0.0));
  app.add_option("--bed-attack", options.bed_settings.attack_ms, "Bed ducking attack, ms")
      ->capture_default_str()
      ->check(CLI::Range(0, 5000));
  app.add_option("--bed-release", options.bed_settings.release_ms, "Bed ducking release, ms")
      ->capture_default_str()
      ->check(CLI::Range(0, 5000));
  app.add_option("--bed-fade", options.bed_settings.fade_out_ms, "Bed fade-out at the end, ms")
      ->capture_default_str()
      ->check(CLI::Range(0, 30000));
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
  spdlog::set_level(quiet     ? spdlog::level::err
                    : verbose ? spdlog::level::debug
                              : spdlog::level::info);
  remove_temporaries_on_interrupt();
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
  } catch (const NothingToReadError& error) {
    spdlog::error("{}", error.what());
    return kExitNothingFresh;
  } catch (const OutputError& error) {
    spdlog::error("{}", error.what());
    return kExitCannotWrite;
  } catch (const DataError& error) {
    spdlog::error("{}", error.what());
    return kExitBadData;
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
    return kExitFailure;
  }
}
