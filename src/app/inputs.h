#pragma once
// From the input files to the stories to read, in order.

#include <string>
#include <vector>

#include "app/check_options.h"
#include "app/options.h"
#include "order/ordering.h"
#include "page/page.h"
#include "text/text_data.h"

namespace nieuwslezer {

/// File ("-" = standard input) -> page, its warnings logged. Throws InputError naming the
/// file: unreadable, not text, or no story found.
Page load_page(const std::string& file);

/// The inputs' pages merged and ordered (check_options' time, zone and rules), the lead cut
/// to --lead-sentences. Throws NothingToReadError when fewer than --min-items fresh ticker
/// items (or nothing at all) are left, unless --allow-empty, which clears the order.
RunningOrder running_order(const Options& options, const std::vector<std::string>& inputs,
                           const CheckedOptions& checked, const TextData& text_data);

}  // namespace nieuwslezer
