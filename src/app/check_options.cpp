#include "app/check_options.h"

#include <fmt/format.h>

#include <string>

#include "app/data_paths.h"
#include "app/delivery.h"
#include "app/html_output.h"
#include "app/option_values.h"
#include "app/output_paths.h"
#include "app/podcast_output.h"
#include "errors.h"

namespace nieuwslezer {
namespace {

// A bulletin airs news of the last hours: without --max-age, items older than this are left
// out (those of unknown age are kept); "--max-age none" reads all.
constexpr const char* kDefaultMaxAge = "12h";

template <typename T>
void check_range(const char* option, const std::optional<T>& value, T low, T high,
                 const char* unit) {
  if (value && (*value < low || *value > high)) {
    throw UsageError(fmt::format("{}: {} is not {} to {}{}", option, *value, low, high, unit));
  }
}

template <typename T>
void check_range(const char* option, T value, T low, T high, const char* unit) {
  check_range(option, std::optional<T>(value), low, high, unit);
}

// Parses `text` as the value of `option`, or throws UsageError "--option: <problem>".
template <typename Parse>
auto parsed(const char* option, const std::string& text, Parse parse) {
  try {
    return parse(text);
  } catch (const UsageError& error) {
    throw UsageError(std::string(option) + ": " + error.what());
  }
}

void check_numbers(const Options& options) {
  check_range("--rate", options.rate, 80, 450, " words a minute");
  check_range("--pitch", options.pitch, 0, 100, "");
  check_range("--jobs", options.jobs, 0, 256, "");
  check_range("--timeout", options.timeout, 1, 3600, " s");
  check_range("--lufs", options.lufs, -70.0, -5.0, " LUFS");
  check_range("--true-peak", options.true_peak, -20.0, 0.0, " dBTP");
  check_range("--sample-rate", options.sample_rate, 8000, 192000, " Hz");
  check_range("--podcast-keep", options.podcast_keep, std::size_t{1}, std::size_t{100000}, "");
  if (options.channels != 1 && options.channels != 2) {
    throw UsageError(fmt::format("--channels: {} is not 1 or 2", options.channels));
  }
  const Pauses& pauses = options.pauses;
  check_range("--pause-sentence", pauses.sentence_ms, 0, 10000, " ms");
  check_range("--pause-paragraph", pauses.paragraph_ms, 0, 10000, " ms");
  check_range("--pause-story", pauses.story_ms, 0, 10000, " ms");
  check_range("--pause-section", pauses.section_ms, 0, 10000, " ms");
  const BedSettings& bed = options.bed_settings;
  check_range("--bed-duck", bed.duck_db, -60.0, 0.0, " dB");
  check_range("--bed-attack", bed.attack_ms, 0, 5000, " ms");
  check_range("--bed-release", bed.release_ms, 0, 5000, " ms");
  check_range("--bed-fade", bed.fade_out_ms, 0, 30000, " ms");
}

void check_combinations(const Options& options) {
  check_html_options(options);
  check_output_paths(options);
  if (options.no_audio && options.max_duration) {
    throw UsageError("--max-duration measures the audio: drop --no-audio");
  }
  if (!options.no_audio && options.podcast_feed &&
      (options.podcast_url.empty() || options.output == "-")) {
    throw UsageError("--podcast-feed needs --podcast-url and an output file (-o)");
  }
  // Every podcast value given is checked, with or without audio; the format only when an
  // episode is written.
  const bool writes_episode = !options.no_audio && options.podcast_feed;
  if (options.podcast_feed || !options.podcast_url.empty() || !options.podcast_image.empty() ||
      !options.podcast_email.empty()) {
    check_podcast_options(options,
                          writes_episode ? std::optional(choose_format(options)) : std::nullopt,
                          find_data_root() / "data" / "podcast_categories.tsv");
  }
  // The preset, format and Broadcast Wave choice, as the delivery will make them. With
  // --no-audio, -o and --bext are not used, but a bad --preset or --format is still refused.
  if (options.no_audio) {
    Options sound = options;
    sound.output = "-";
    sound.bext.reset();
    sound.cart.reset();
    plan_delivery(sound, {}, CivilTime{}, CivilTime{}, CivilTime{});
  } else {
    plan_delivery(options, {}, CivilTime{}, CivilTime{}, CivilTime{});
  }
}

}  // namespace

CheckedOptions check_options(const Options& options, Instant clock) {
  check_numbers(options);
  check_combinations(options);
  const TimeZone zone = TimeZone::named(options.timezone);  // its error names --timezone
  Instant now = clock;
  if (options.now == "next-hour") {
    now = next_full_hour(clock, zone);  // a job at 07:55 makes the 08:00 bulletin
  } else if (options.now) {
    now = parsed("--now", *options.now, [&](const std::string& text) {
      try {
        return parse_reference_time(text, zone);
      } catch (const UsageError& error) {
        throw UsageError(std::string(error.what()) + "; or next-hour, the coming full hour");
      }
    });
  }
  std::optional<Instant> scraped_at;
  if (options.scraped_at) {
    scraped_at = parsed("--scraped-at", *options.scraped_at,
                        [&](const std::string& text) { return parse_reference_time(text, zone); });
  }
  OrderingRules rules;
  rules.max_items = options.max_items;
  if (!options.max_age) {
    rules.max_age = duration_option(kDefaultMaxAge);
    rules.keep_undated = true;
  } else if (*options.max_age != "none") {
    rules.max_age = parsed("--max-age", *options.max_age, duration_option);
  }
  std::optional<std::chrono::seconds> max_duration;
  if (options.max_duration) {
    max_duration = parsed("--max-duration", *options.max_duration, duration_option);
  }
  return CheckedOptions{zone, now, scraped_at, rules, max_duration};
}

}  // namespace nieuwslezer
