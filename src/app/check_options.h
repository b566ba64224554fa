#pragma once
// Every option value and combination checked in one place, before any work.

#include <chrono>
#include <optional>

#include "app/options.h"
#include "order/ordering.h"
#include "order/time_zone.h"

namespace nieuwslezer {

/// The option values that are more than plain values, parsed once.
struct CheckedOptions {
  TimeZone zone;                                     // --timezone
  Instant now;                                       // --now, else the clock
  std::optional<Instant> scraped_at;                 // --scraped-at
  OrderingRules rules;                               // --max-age, --max-items
  std::optional<std::chrono::seconds> max_duration;  // --max-duration
};

/// Checks every option: numbers in range (--rate 80..450, --pitch 0..100, --channels 1 or 2,
/// --lufs -70..-5, --true-peak -20..0, --sample-rate 8000..192000, --jobs 0..256, --timeout
/// 1..3600, pauses and
/// bed times), names (--preset, --format, -o's extension), durations (--max-age 6h or none,
/// --max-duration), times (--now, --scraped-at, --timezone) and combinations (--script - with -o -,
/// --max-duration with --no-audio, --podcast-feed without --podcast-url or -o, --bext with
/// a format that is not WAV) and, with --podcast-feed, the --podcast-* values
/// (check_podcast_options: URLs, e-mail, Apple category, no WAV or FLAC). `clock` is the time to
/// air at without --now. Without --max-age, items older than 12 hours are left out and undated ones
/// kept. Throws UsageError naming the option: "--rate: 20 is not 80 to 450 words a minute".
CheckedOptions check_options(const Options& options, Instant clock);

}  // namespace nieuwslezer
