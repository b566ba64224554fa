// libFuzzer target for the feed parser on its own: any bytes -> parse_feed (RSS 2.0, Atom,
// RDF). Only the documented InputError may leave it; any other exception, a crash or a
// sanitizer report is a finding, and so is a page with invalid UTF-8 made from valid UTF-8
// (entities such as "&#xD800;" must not turn into broken text).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "errors.h"
#include "fuzz_checks.h"
#include "page/feed_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nieuwslezer;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  try {
    const Page page = parse_feed(xml);
    if (fuzz::is_valid_utf8(xml)) fuzz::check_page(page);
  } catch (const InputError&) {
    // not well-formed, not a feed, an HTML page: documented
  }
  return 0;
}
