#include "app/command_line.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/config_file.h"
#include "base/edit_distance.h"

namespace nieuwslezer {
namespace {

// The first configuration file that exists, in the documented search order:
// ./nieuwslezer.toml, $XDG_CONFIG_HOME/nieuwslezer/nieuwslezer.toml (default ~/.config/...),
// /etc/nieuwslezer.toml. Empty when there is none.
// A configuration file is a few kilobytes.
constexpr std::uintmax_t kMaxConfigBytes = 1024 * 1024;

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
  3  bad input: unreadable, empty, binary or not text, no story found, bad --lexicon,
     a URL that fails (HTTP error, network error, --timeout, larger than 64 MiB)
  4  cannot write an output file or standard output
  5  nothing to air: no story left after --max-age, or fewer than --min-items
  6  the program's own data (voices/, data/) is missing or broken: reinstall
  130, 143  interrupted by SIGINT or SIGTERM; no output file is left behind)";

// A count: digits only, so "-5" is refused rather than read as a huge unsigned number.
const CLI::Validator kCount(
    [](std::string& value) -> std::string {
      const bool digits = !value.empty() && value.find_first_not_of("0123456789") == value.npos;
      return digits ? "" : "'" + value + "' is not a whole number of 0 or more";
    },
    "COUNT");

void input_options(CLI::App& app, Options& o) {
  const std::string group = "Input";
  app.add_option("inputs", o.inputs,
                 "News pages, RSS/Atom/RDF feeds or JSON stories, merged into one bulletin; "
                 "'-' for standard input; none: standard input, or the bundled example "
                 "at a terminal")
      ->group(group);
  app.add_flag("--example", o.example, "Read the bundled example page (examples/binnenland.txt)")
      ->group(group);
  app.add_option("--now", o.now,
                 "Air time, ISO 8601 (2026-11-28T08:00:00+01:00), or next-hour (a job at 07:55 "
                 "makes the 08:00 bulletin); default: now")
      ->group(group);
  app.add_option("--scraped-at", o.scraped_at,
                 "When the inputs were scraped, as --now: their '12 minuten geleden' is read "
                 "against it; default: a URL's HTTP Date, a file's modification time")
      ->group(group);
  app.add_option("--timeout", o.timeout, "Seconds for each URL's whole transfer")
      ->capture_default_str()
      ->group(group);
  app.add_option("--cache", o.cache,
                 "Folder that keeps each URL's last body and ETag/Last-Modified, for a "
                 "conditional GET (304: the kept body); default: none, nothing written")
      ->group(group);
  app.add_option("--timezone", o.timezone, "Time zone of the greeting and hour")
      ->capture_default_str()
      ->group(group);
  app.add_option("--max-age", o.max_age,
                 "Drop ticker items older than this (6h, 90m; default 12h; none: read all)")
      ->group(group);
  app.add_option("--max-items", o.max_items, "Read at most N ticker items")
      ->check(kCount)
      ->group(group);
  app.add_option("--min-items", o.min_items,
                 "With fewer fresh ticker items there is nothing to air: exit 5")
      ->check(kCount)
      ->group(group);
  app.add_flag("--allow-empty", o.allow_empty,
               "With nothing to air, still write a bulletin of opening and closing")
      ->group(group);
}

void editorial_options(CLI::App& app, Options& o) {
  const std::string group = "Editorial";
  app.add_option("--max-duration", o.max_duration,
                 "Fit the slot: the lead, then ticker items newest first while they fit (3m, 90s)")
      ->group(group);
  app.add_option("--lead-sentences", o.lead_sentences,
                 "Read only the lead's first N sentences (after its headline)")
      ->check(kCount)
      ->group(group);
  app.add_option("--station", o.station, "Station name: artist tag and bext originator")
      ->group(group);
  app.add_option("--title", o.title,
                 "Title tag; default 'Nieuws van 8 uur, 28 november 2026' (data/phrases.nl.txt)")
      ->group(group);
}

void voice_options(CLI::App& app, Options& o) {
  const std::string group = "Voice";
  app.add_option("--voice", o.voice, "Voice profile from voices/ or an eSpeak voice (nl+f3)")
      ->capture_default_str()
      ->group(group);
  app.add_option("--voice-ticker", o.ticker_voice,
                 "A second voice for the ticker items (two-voice format), e.g. nieuwslezeres")
      ->group(group);
  app.add_option("--rate", o.rate, "Speaking rate, words a minute (overrides the voice)")
      ->group(group);
  app.add_option("--pitch", o.pitch, "Pitch 0-100, 50 = the voice's own")->group(group);
  app.add_option("--lexicon", o.lexicons,
                 "Extra pronunciation file (format of data/pronunciation.tsv); repeatable")
      ->group(group);
  app.add_option("--jobs,-j", o.jobs,
                 "Speak with N processes at once (0 = one per CPU); the audio is the same "
                 "for any N")
      ->capture_default_str()
      ->group(group);
}

void sound_options(CLI::App& app, Options& o) {
  const std::string group = "Sound";
  app.add_option("--preset", o.preset,
                 "Sound: podcast (44.1 kHz, -19 LUFS mono / -16 stereo), radio (48 kHz, -23 "
                 "LUFS, EBU R 128) or raw (eSpeak's own)")
      ->capture_default_str()
      ->group(group);
  app.add_option("--lufs", o.lufs, "Integrated loudness target in LUFS (overrides --preset)")
      ->group(group);
  app.add_option("--true-peak", o.true_peak, "True-peak ceiling in dBTP (default -1)")
      ->group(group);
  app.add_option("--sample-rate", o.sample_rate, "Output sample rate in Hz")->group(group);
  app.add_option("--channels", o.channels, "1 (mono) or 2 (stereo)")
      ->capture_default_str()
      ->group(group);
  app.add_option("--format", o.format,
                 "wav, wav24, flac, ogg, opus or mp3; default: from -o's extension, else wav")
      ->group(group);
  app.add_option("--bext", o.bext,
                 "Write a Broadcast Wave bext chunk (true/false); default: true for radio WAVs")
      ->group(group);
  app.add_option("--cart", o.cart,
                 "Write an AES46 cart chunk for playout systems (true/false); default: true for "
                 "radio WAVs")
      ->group(group);
  app.add_option("--cut-id", o.cut_id, "The cart chunk's cut id; default: the slot, 20261128-0800")
      ->group(group);
}

void output_options(CLI::App& app, Options& o) {
  const std::string group = "Outputs";
  app.add_option("-o,--output", o.output, "Audio file to write, '-' for standard output")
      ->capture_default_str()
      ->group(group);
  app.add_option("--script", o.script, "Also write the spoken script (UTF-8), '-' for stdout")
      ->group(group);
  app.add_option("--ssml", o.ssml, "Also write the SSML sent to eSpeak NG, '-' for stdout")
      ->group(group);
  app.add_flag("--no-audio", o.no_audio, "Write only the script (and SSML), no audio")
      ->group(group);
  app.add_option("--manifest", o.manifest,
                 "Also write a JSON manifest: each segment and sentence with start and end")
      ->group(group);
  app.add_option("--captions", o.captions, "Also write WebVTT captions, one cue per sentence")
      ->group(group);
  app.add_option("--html", o.html,
                 "Also write a web page: the audio with its captions (--captions, else beside "
                 "the page as .vtt) and the transcript, a link per story")
      ->group(group);
  app.add_flag("--sync", o.sync,
               "Wait until each output is on the disk before renaming it into place (fsync)")
      ->group(group);
}

void podcast_options(CLI::App& app, Options& o) {
  const std::string group = "Podcast";
  app.add_option("--podcast-feed", o.podcast_feed,
                 "Add this bulletin as an episode to a podcast RSS feed (made if missing)")
      ->group(group);
  app.add_option("--podcast-url", o.podcast_url,
                 "Base URL the audio is served from (the episode URL is BASE/<file name>)")
      ->group(group);
  app.add_option("--podcast-keep", o.podcast_keep, "Episodes kept in the feed")
      ->check(kCount)
      ->capture_default_str()
      ->group(group);
  app.add_option("--podcast-author", o.podcast_author, "The feed's author (default: --station)")
      ->group(group);
  app.add_option("--podcast-owner", o.podcast_owner,
                 "The feed owner's name, for the directories (default: the author)")
      ->group(group);
  app.add_option("--podcast-email", o.podcast_email, "The feed owner's e-mail address")
      ->group(group);
  app.add_option("--podcast-image", o.podcast_image,
                 "URL of the cover art, a JPEG or PNG (Apple: 1400 to 3000 pixels square)")
      ->group(group);
  app.add_option("--podcast-category", o.podcast_category,
                 "Apple Podcasts category[/subcategory] (data/podcast_categories.tsv)")
      ->capture_default_str()
      ->group(group);
  app.add_option("--podcast-explicit", o.podcast_explicit,
                 "Whether episodes are marked explicit (true/false)")
      ->capture_default_str()
      ->group(group);
  app.add_flag("--podcast-chapters", o.podcast_chapters,
               "Also write <-o without extension>.chapters.json (Podcasting 2.0 chapters, one "
               "per story) beside the audio and link it in the episode")
      ->group(group);
}

void programme_options(CLI::App& app, Options& o) {
  const std::string group = "Jingles and bed";
  app.add_option("--intro", o.intro, "Jingle before the bulletin (WAV, FLAC, Ogg, MP3, ...)")
      ->group(group);
  app.add_option("--outro", o.outro, "Jingle after the bulletin")->group(group);
  app.add_option("--bed", o.bed, "Music bed looped under the speech, ducked while it speaks")
      ->group(group);
  app.add_option("--intro-gain", o.intro_gain, "Intro level, dB relative to the speech")
      ->capture_default_str()
      ->group(group);
  app.add_option("--outro-gain", o.outro_gain, "Outro level, dB relative to the speech")
      ->capture_default_str()
      ->group(group);
  app.add_option("--bed-gain", o.bed_gain, "Bed level when not ducked, dB re the speech")
      ->capture_default_str()
      ->group(group);
  BedSettings& bed = o.bed_settings;
  app.add_option("--bed-duck", bed.duck_db, "Extra bed gain under speech, dB")
      ->capture_default_str()
      ->group(group);
  app.add_option("--bed-attack", bed.attack_ms, "Bed ducking attack, ms")
      ->capture_default_str()
      ->group(group);
  app.add_option("--bed-release", bed.release_ms, "Bed ducking release, ms")
      ->capture_default_str()
      ->group(group);
  app.add_option("--bed-fade", bed.fade_out_ms, "Bed fade-out at the end, ms")
      ->capture_default_str()
      ->group(group);
}

void pause_options(CLI::App& app, Options& o) {
  const std::string group = "Pauses";
  app.add_option("--pause-sentence", o.pauses.sentence_ms, "Pause between sentences, ms")
      ->capture_default_str()
      ->group(group);
  app.add_option("--pause-paragraph", o.pauses.paragraph_ms, "Pause between paragraphs, ms")
      ->capture_default_str()
      ->group(group);
  app.add_option("--pause-story", o.pauses.story_ms, "Pause between stories, ms")
      ->capture_default_str()
      ->group(group);
  app.add_option("--pause-section", o.pauses.section_ms,
                 "Pause after the opening and before the closing, ms")
      ->capture_default_str()
      ->group(group);
}

// "--max-agee=3h" -> "unknown option '--max-agee' (did you mean '--max-age'?)".
std::string unknown_argument(const CLI::App& app, const std::string& argument) {
  if (argument.size() < 2 || argument[0] != '-') return "unexpected argument '" + argument + "'";
  const bool long_name = argument[1] == '-';
  const std::string name =
      argument.substr(long_name ? 2 : 1, argument.find('=') - (long_name ? 2 : 1));
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    const auto& option_names = long_name ? option->get_lnames() : option->get_snames();
    names.insert(names.end(), option_names.begin(), option_names.end());
  }
  const std::string dashes = long_name ? "--" : "-";
  const std::string near = nearest_word(name, names);
  return "unknown option '" + dashes + name + "'" +
         (near.empty() ? "" : " (did you mean '" + dashes + near + "'?)");
}

}  // namespace

std::string configuration_line(const CLI::App& app) {
  const CLI::Option* config = app.get_config_ptr();
  const std::string file =
      config != nullptr && config->count() > 0 ? config->as<std::string>() : "";
  if (!file.empty()) return "configuration from " + file;
  return "no configuration file (none of ./nieuwslezer.toml, "
         "$XDG_CONFIG_HOME/nieuwslezer/nieuwslezer.toml or ~/.config/nieuwslezer/nieuwslezer.toml, "
         "/etc/nieuwslezer.toml exists)";
}

std::string parse_error_line(const CLI::App& app, const CLI::ParseError& error) {
  std::string line;
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    for (const std::string& argument : app.remaining()) {
      line += (line.empty() ? "" : "; ") + unknown_argument(app, argument);
    }
  }
  if (line.empty()) line = error.what();
  // CLI11 says "Could not convert: --rate = abc".
  const std::string conversion = "Could not convert: ";
  if (line.starts_with(conversion) && line.find(" = ") != std::string::npos) {
    const std::size_t equals = line.find(" = ");
    line = line.substr(conversion.size(), equals - conversion.size()) + ": '" +
           line.substr(equals + 3) + "' is not a value it takes";
  }
  std::replace(line.begin(), line.end(), '\n', ' ');
  // The file's own errors say where they are ("nieuwslezer.toml:3: …").
  if (dynamic_cast<const CLI::ConfigError*>(&error) != nullptr) return line;
  return line + "; nieuwslezer --help lists the options";
}

void describe_command_line(CLI::App& app, CommandLine& line) {
  app.footer(kFooter);
  // Values are checked by check_options, after parsing; only counts are checked here (kCount).
  // Every option can also be set in a TOML file (key = option name without dashes); the
  // command line wins.
  const std::string default_file = default_config_file();
  app.config_formatter(std::make_shared<TomlConfig>(app, default_file));  // real TOML
  app.allow_config_extras(CLI::config_extras_mode::error);  // a typo in the file is an error
  app.set_config("--config", default_file,
                 "Configuration file (TOML; default: ./nieuwslezer.toml, "
                 "~/.config/nieuwslezer/nieuwslezer.toml, /etc/nieuwslezer.toml)")
      ->check(CLI::Validator(
          [](const std::string& file) {
            // CLI11 reads the file line by line: /dev/zero or a FIFO would never end.
            std::error_code error;
            const auto status = std::filesystem::status(file, error);
            if (!std::filesystem::exists(status)) return std::string();  // CLI11 says it is missing
            if (!std::filesystem::is_regular_file(status)) return file + ": is not a regular file";
            if (std::filesystem::file_size(file, error) > kMaxConfigBytes) {
              return file + ": is larger than 1 MiB (limit)";
            }
            return std::string();
          },
          "FILE"));
  app.set_version_flag("--version", std::string("nieuwslezer ") + NIEUWSLEZER_VERSION);
  app.add_flag("--list-voices", line.list_voices, "List the voice profiles and exit");
  app.add_flag("-v,--verbose", line.verbose, "Log more (debug)");
  app.add_flag("-q,--quiet", line.quiet, "Log only errors");
  input_options(app, line.options);
  editorial_options(app, line.options);
  voice_options(app, line.options);
  sound_options(app, line.options);
  output_options(app, line.options);
  podcast_options(app, line.options);
  programme_options(app, line.options);
  pause_options(app, line.options);
}

}  // namespace nieuwslezer
