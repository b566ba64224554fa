#include "app/inputs.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <optional>
#include <utility>

#include "errors.h"
#include "input/read_input.h"
#include "input/text_decoding.h"
#include "input/web_input.h"
#include "page/merge.h"
#include "page/page_reader.h"
#include "script/shorten.h"

namespace nieuwslezer {
namespace {

// An input's bytes and when it was scraped, as far as the input itself tells.
struct InputBytes {
  std::string bytes;
  std::optional<Instant> scraped_at;
  std::string scraped_from;  // "file modification time", "HTTP Date header", ...
};

InputBytes read_bytes(const Input& input, const Options& options) {
  if (!is_web_url(input.location)) {
    InputBytes read{read_input_file(input.location), std::nullopt, ""};  // errors name it
    if (input.bundled_example) return read;
    read.scraped_at = modification_time(input.location);
    read.scraped_from = "file modification time";
    return read;
  }
  WebSettings settings;
  settings.timeout = std::chrono::seconds(options.timeout);
  if (options.cache) settings.cache = *options.cache;
  WebInput fetched = fetch_web_input(input.location, settings);
  for (const auto& note : fetched.notes) spdlog::info("{}", note);
  for (const auto& warning : fetched.warnings) spdlog::warn("{}", warning);
  return InputBytes{std::move(fetched.bytes), fetched.sent_at, fetched.sent_at_source};
}

// 2026-11-28 07:00:12 -> "07:00:12" on the day of the air time, else "2026-11-28 07:00:12".
std::string describe_time(Instant instant, const CheckedOptions& checked) {
  const CivilTime at = checked.zone.to_civil(instant);
  const CivilTime air = checked.zone.to_civil(checked.now);
  const std::string clock = fmt::format("{:02}:{:02}:{:02}", at.hour, at.minute, at.second);
  if (at.year == air.year && at.month == air.month && at.day == air.day) return clock;
  return fmt::format("{:04}-{:02}-{:02} {}", at.year, at.month, at.day, clock);
}

// The instant the input's relative labels are read against: --scraped-at, else what the input
// tells (a URL's Last-Modified or Date header or time of fetch, a file's modification time), else
// the air time (standard input, a FIFO, the bundled example). Never later than the air time.
Instant scrape_time(const std::string& name, const InputBytes& read, const Input& input,
                    const CheckedOptions& checked) {
  Instant scraped = checked.now;
  std::string from = input.bundled_example ? "the air time: the bundled example"
                                           : "the air time: the input has no time of its own";
  if (checked.scraped_at) {
    scraped = *checked.scraped_at;
    from = "--scraped-at";
  } else if (read.scraped_at) {
    scraped = *read.scraped_at;
    from = read.scraped_from;
  }
  if (scraped > checked.now) {
    spdlog::warn(
        "{}: scraped at {} ({}), after the air time {}: its labels are read against "
        "the air time",
        name, describe_time(scraped, checked), from, describe_time(checked.now, checked));
    scraped = checked.now;
    from = "the air time; the " + from + " is later";
  }
  spdlog::info("{}: labels relative to {} ({})", name, describe_time(scraped, checked), from);
  return scraped;
}

}  // namespace

Page load_page(const Input& input, const Options& options, const CheckedOptions& checked) {
  const std::string name = input_display_name(input.location);
  const InputBytes read = read_bytes(input, options);
  DecodedText decoded;
  try {
    decoded = decode_page_text(read.bytes);
  } catch (const InputError& error) {
    throw InputError(name + ": " + error.what());  // decoding only says what is wrong
  }
  Page page;
  try {
    page = read_page(decoded.text);
  } catch (const InputError& error) {
    throw InputError(name + ": " + error.what());  // feeds and JSON say only what is wrong
  }
  for (const auto& warning : decoded.warnings) spdlog::warn("{}: {}", name, warning);
  for (const auto& warning : page.warnings) spdlog::warn("{}: {}", name, warning);
  page.warnings.clear();
  if (!page.has_lead && page.ticker.empty()) {
    throw InputError(name +
                     ": no story found (expected a news page with a headline and a "
                     "dateline such as 'BRUSSEL (ANP) - ...' or a 'Meer uit ...' ticker, "
                     "an RSS/Atom feed with items, or JSON stories)");
  }
  spdlog::info("{}: {} lead, {} ticker item(s){}", name, page.has_lead ? "a" : "no",
               page.ticker.size(), page.section.empty() ? "" : " in '" + page.section + "'");
  const Instant scraped = scrape_time(name, read, input, checked);
  page.lead.scraped_at = scraped;
  for (Story& story : page.ticker) story.scraped_at = scraped;
  return page;
}

RunningOrder running_order(const Options& options, const std::vector<Input>& inputs,
                           const CheckedOptions& checked, const TextData& text_data) {
  std::vector<Page> pages;
  for (const Input& input : inputs) pages.push_back(load_page(input, options, checked));
  Page page = merge_pages(std::move(pages));
  for (const auto& warning : page.warnings) spdlog::warn("{}", warning);
  RunningOrder order = order_stories(page, checked.now, checked.zone, checked.rules);
  for (const auto& warning : order.warnings) spdlog::warn("{}", warning);
  if ((!order.lead && order.ticker.empty()) || order.ticker.size() < options.min_items) {
    const std::string why = std::to_string(order.ticker.size()) + " fresh ticker item(s)" +
                            (order.lead ? " and a lead" : "") + ", --min-items " +
                            std::to_string(options.min_items);
    if (!options.allow_empty) throw NothingToReadError("nothing to air: " + why);
    spdlog::warn("nothing to air ({}): --allow-empty makes a bulletin of opening and closing", why);
    order.lead.reset();
    order.ticker.clear();
  }
  if (options.lead_sentences && order.lead) {
    keep_first_sentences(*order.lead, *options.lead_sentences, text_data);
  }
  return order;
}

}  // namespace nieuwslezer
