#include "order/ordering.h"

#include <algorithm>

#include "page/time_label.h"

namespace nieuwslezer {
namespace {

// 43200 s -> "12h", 5400 s -> "90m", 172800 s -> "2d".
std::string describe_age(std::chrono::seconds age) {
  const long long seconds = age.count();
  if (seconds % 86400 == 0) return std::to_string(seconds / 86400) + "d";
  if (seconds % 3600 == 0) return std::to_string(seconds / 3600) + "h";
  if (seconds % 60 == 0) return std::to_string(seconds / 60) + "m";
  return std::to_string(seconds) + "s";
}

}  // namespace

std::optional<Instant> publication_time(const std::optional<TimeLabel>& parsed, Instant scraped,
                                        const TimeZone& zone) {
  if (!parsed) return std::nullopt;
  switch (parsed->kind) {
    case TimeLabel::Kind::kAgo:
      return scraped - std::chrono::seconds(parsed->seconds_ago);
    case TimeLabel::Kind::kClockToday: {
      const CivilTime today = zone.to_civil(scraped);
      Instant at =
          zone.to_instant(today.year, today.month, today.day, parsed->hour, parsed->minute);
      // A clock time well after the scrape cannot be that day's: it was before midnight.
      if (at > scraped + std::chrono::minutes(5)) {
        const CivilTime yesterday = zone.to_civil(scraped - std::chrono::hours(24));
        at = zone.to_instant(yesterday.year, yesterday.month, yesterday.day, parsed->hour,
                             parsed->minute);
      }
      return at;
    }
    case TimeLabel::Kind::kDateTime:
      return zone.to_instant(parsed->year, parsed->month, parsed->day, parsed->hour,
                             parsed->minute);
  }
  return std::nullopt;
}

RunningOrder order_stories(const Page& page, Instant now, const TimeZone& zone,
                           const OrderingRules& rules) {
  RunningOrder order;
  if (page.has_lead) order.lead = page.lead;
  order.section = page.section;
  for (const Story& story : page.ticker) {
    order.ticker.push_back(
        DatedStory{story, story.published
                              ? story.published
                              : publication_time(story.age, story.scraped_at.value_or(now), zone)});
  }
  std::stable_sort(order.ticker.begin(), order.ticker.end(),
                   [](const DatedStory& a, const DatedStory& b) {
                     if (a.published && b.published) return *a.published > *b.published;
                     return a.published.has_value() && !b.published.has_value();
                   });
  if (rules.max_age) {
    const Instant oldest = now - *rules.max_age;
    std::vector<std::string> old_labels;
    std::size_t undated = 0;
    std::erase_if(order.ticker, [&](const DatedStory& item) {
      if (!item.published) {
        if (rules.keep_undated) return false;
        ++undated;
        return true;
      }
      if (*item.published >= oldest) return false;
      old_labels.push_back(item.story.time_label.empty() ? "no label" : item.story.time_label);
      return true;
    });
    if (!old_labels.empty()) {
      std::string examples;
      for (std::size_t k = 0; k < old_labels.size() && k < 3; ++k) {
        examples += (k > 0 ? "', '" : "'") + old_labels[k];
      }
      order.warnings.push_back(std::to_string(old_labels.size()) + " ticker item(s) older than " +
                               describe_age(*rules.max_age) + " left out (" + examples + "'" +
                               (old_labels.size() > 3 ? ", ..." : "") +
                               "); --max-age none reads them");
    }
    if (undated > 0) {
      order.warnings.push_back(std::to_string(undated) +
                               " ticker item(s) of unknown age left out: --max-age is set");
    }
  }
  if (rules.max_items && order.ticker.size() > *rules.max_items) {
    order.warnings.push_back(std::to_string(order.ticker.size() - *rules.max_items) +
                             " ticker item(s) dropped by --max-items " +
                             std::to_string(*rules.max_items));
    order.ticker.resize(*rules.max_items);
  }
  return order;
}

}  // namespace nieuwslezer
