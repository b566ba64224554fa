#pragma once
// Ordering stage: page -> the stories in bulletin order, each with its publication time.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "order/time_zone.h"
#include "page/page.h"

namespace nieuwslezer {

struct DatedStory {
  Story story;
  std::optional<Instant> published;  // nullopt when the label is missing or not understood
};

/// The stories in the order they are read: the lead first, then the ticker newest first.
struct RunningOrder {
  std::optional<Story> lead;
  std::string section;
  std::vector<DatedStory> ticker;
  std::vector<std::string> warnings;  // what was dropped and why
};

struct OrderingRules {
  std::optional<std::chrono::seconds> max_age;  // drop ticker items older than this
  bool keep_undated = false;  // with max_age, keep items whose age is unknown (the default)
  std::optional<std::size_t> max_items;  // keep at most this many ticker items
};

/// When a story was published, from its label and the reference time `scraped` (when the
/// page was scraped): "12 minuten geleden" -> scraped - 12 min; "gisteren" -> scraped - 24 h;
/// "14:05" -> 14:05 of the day of `scraped` in `zone` (the day before when that is more than
/// 5 minutes after `scraped`); "3-11-2026 9:30" -> that wall-clock time in `zone`. nullopt
/// for no label (`age` is what the page parser made of the label: Story::age).
std::optional<Instant> publication_time(const std::optional<TimeLabel>& age, Instant scraped,
                                        const TimeZone& zone);

/// The running order: the lead (never dropped), then ticker items newest first (by a story's
/// absolute `published` time when it has one, else by its label read against the story's
/// `scraped_at`, or against `now` when it has none: merged pages keep each their own); equal times
/// keep page order; items with unknown times follow the dated ones in page order. max_age
/// drops items older than now - max_age (the air time, whenever the page was scraped), and items
/// whose age is unknown unless keep_undated; max_items then caps the ticker. The drops are reported
/// in warnings, one line for each reason: "2 ticker items older than 12h left out ('gisteren', '2
/// dagen geleden')".
RunningOrder order_stories(const Page& page, Instant now, const TimeZone& zone,
                           const OrderingRules& rules);

}  // namespace nieuwslezer
