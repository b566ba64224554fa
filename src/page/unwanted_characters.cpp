#include "page/unwanted_characters.h"

#include <string>

#include "base/utf8.h"

namespace nieuwslezer {
namespace {

void drop_unwanted(Story& story) {
  for (std::string* text : {&story.headline, &story.place, &story.agency, &story.time_label}) {
    *text = utf8::without_unwanted(*text);
  }
  for (std::string& paragraph : story.paragraphs) paragraph = utf8::without_unwanted(paragraph);
  for (std::string& heading : story.subheadings) heading = utf8::without_unwanted(heading);
}

}  // namespace

Page without_unwanted_characters(Page page) {
  drop_unwanted(page.lead);
  for (Story& story : page.ticker) drop_unwanted(story);
  page.section = utf8::without_unwanted(page.section);
  return page;
}

}  // namespace nieuwslezer
