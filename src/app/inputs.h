#pragma once
// From the input files and URLs to the stories to read, in order.

#include <string>
#include <vector>

#include "app/check_options.h"
#include "app/options.h"
#include "order/ordering.h"
#include "page/page.h"
#include "text/text_data.h"

namespace nieuwslezer {

/// One input: a file, "-" (standard input) or an http(s) URL.
struct Input {
  std::string location;
  // The bundled example page: its labels are read against the air time, since its file
  // time is when it was installed, not when it was scraped.
  bool bundled_example = false;
};

/// Input -> page, its warnings logged, each story's scraped_at set (see scrape_time). Throws
/// InputError naming the file or URL: unreadable, a failed fetch, not text, or no story found.
Page load_page(const Input& input, const Options& options, const CheckedOptions& checked);

/// The inputs' pages merged and ordered (check_options' time, zone and rules), the lead cut
/// to --lead-sentences. Throws NothingToReadError when fewer than --min-items fresh ticker
/// items (or nothing at all) are left, unless --allow-empty, which clears the order.
RunningOrder running_order(const Options& options, const std::vector<Input>& inputs,
                           const CheckedOptions& checked, const TextData& text_data);

}  // namespace nieuwslezer
