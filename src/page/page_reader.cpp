#include "page/page_reader.h"

#include "page/feed_parser.h"
#include "page/json_page.h"
#include "page/page_parser.h"

namespace nieuwslezer {

Page read_page(std::string_view utf8_text) {
  std::string_view rest = utf8_text;
  while (!rest.empty()) {
    const char c = rest.front();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      rest.remove_prefix(1);
    } else if (rest.starts_with("\xEF\xBB\xBF")) {  // a stray BOM
      rest.remove_prefix(3);
    } else {
      break;
    }
  }
  if (rest.starts_with('<')) return parse_feed(rest);
  if (rest.starts_with('{') || rest.starts_with('[')) return parse_json_page(rest);
  return parse_page(utf8_text);
}

}  // namespace nieuwslezer
