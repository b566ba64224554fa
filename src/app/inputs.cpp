#include "app/inputs.h"

#include <spdlog/spdlog.h>

#include <utility>

#include "errors.h"
#include "input/read_input.h"
#include "input/text_decoding.h"
#include "page/merge.h"
#include "page/page_reader.h"
#include "script/shorten.h"

namespace nieuwslezer {

Page load_page(const std::string& file) {
  const std::string name = input_display_name(file);
  const std::string bytes = read_input_file(file);  // its errors name the input
  DecodedText decoded;
  try {
    decoded = decode_page_text(bytes);
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
  return page;
}

RunningOrder running_order(const Options& options, const std::vector<std::string>& inputs,
                           const CheckedOptions& checked, const TextData& text_data) {
  std::vector<Page> pages;
  for (const std::string& input : inputs) pages.push_back(load_page(input));
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
