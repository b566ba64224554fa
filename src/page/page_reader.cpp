#include "page/page_reader.h"

#include "base/utf8.h"
#include "page/feed_parser.h"
#include "page/json_page.h"
#include "page/page_parser.h"

namespace nieuwslezer {

namespace {

// Feeds and JSON write any character as a reference (&#27;, \u001b): what no text should
// carry (utf8::is_unwanted) is left out of every text of the page once it is read.
void drop_unwanted(Story& story) {
  for (std::string* text : {&story.headline, &story.place, &story.agency, &story.time_label}) {
    *text = utf8::without_unwanted(*text);
  }
  for (std::string& paragraph : story.paragraphs) paragraph = utf8::without_unwanted(paragraph);
  for (std::string& heading : story.subheadings) heading = utf8::without_unwanted(heading);
}

Page without_unwanted(Page page) {
  drop_unwanted(page.lead);
  for (Story& story : page.ticker) drop_unwanted(story);
  page.section = utf8::without_unwanted(page.section);
  return page;
}

}  // namespace

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
  if (rest.starts_with('<')) return without_unwanted(parse_feed(rest));
  if (rest.starts_with('{') || rest.starts_with('['))
    return without_unwanted(parse_json_page(rest));
  return parse_page(utf8_text);
}

}  // namespace nieuwslezer
