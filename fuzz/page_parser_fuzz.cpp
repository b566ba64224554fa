// libFuzzer target for the parsing stage: any bytes -> decode_page_text -> read_page, which
// picks the page parser, the feed parser or the JSON reader from the content. Only the
// documented InputError may leave them, and a scraped page must never throw at all; any other
// exception, a crash, a sanitizer report or text that is no longer valid UTF-8 is a finding.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "errors.h"
#include "fuzz_checks.h"
#include "input/text_decoding.h"
#include "page/page_reader.h"

namespace {

// read_page's own rule: the first character that is not white space or a BOM picks the format.
bool is_scraped_page(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\n\r\f");
  if (first == std::string_view::npos) return true;
  std::string_view rest = text.substr(first);
  while (rest.starts_with("\xEF\xBB\xBF")) {
    rest.remove_prefix(3);
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t\n\r\f")));
  }
  return !(rest.starts_with('<') || rest.starts_with('{') || rest.starts_with('['));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nieuwslezer;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  DecodedText decoded;
  try {
    decoded = decode_page_text(bytes);
  } catch (const InputError&) {
    return 0;  // empty, binary or UTF-16: documented
  }
  if (!fuzz::is_valid_utf8(decoded.text)) fuzz::fail("decode_page_text gave invalid UTF-8");
  try {
    fuzz::check_page(read_page(decoded.text));
  } catch (const InputError& error) {
    if (is_scraped_page(decoded.text)) {
      fuzz::fail(std::string("the page parser threw: ") + error.what());
    }
  }
  return 0;
}
