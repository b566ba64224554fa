#include "text/typography.h"

#include <array>
#include <cstdint>
#include <utility>

#include "base/html_entities.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace nieuwslezer {
namespace {

constexpr std::size_t kMaxTagBytes = 201;  // a longer "<...>" is not taken for a tag

// Length of an HTML tag at text[pos] ('<'), or 0: "<br>", "</p>", "<a href=...>".
std::size_t html_tag_length(std::string_view text, std::size_t pos) {
  std::size_t next = pos + 1;
  if (next < text.size() && text[next] == '/') ++next;
  if (next >= text.size() ||
      !((text[next] >= 'a' && text[next] <= 'z') || (text[next] >= 'A' && text[next] <= 'Z'))) {
    return 0;
  }
  // Look no further than the longest tag read, so a text of unclosed "<a" stays linear.
  const std::size_t close = text.substr(0, pos + kMaxTagBytes).find_first_of(">\n", next);
  if (close == std::string_view::npos || text[close] != '>') return 0;
  return close - pos + 1;
}

bool is_emoji_or_invisible(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) ||  // emoji, flags, pictographs
         (cp >= 0x2600 && cp <= 0x27BF) ||    // miscellaneous symbols, dingbats
         (cp >= 0x2B00 && cp <= 0x2BFF) ||    // arrows and stars used as emoji
         (cp >= 0x2300 && cp <= 0x23FF) ||    // watch, hourglass, ...
         (cp >= 0xFE00 && cp <= 0xFE0F) ||    // variation selectors
         (cp >= 0xE0000 && cp <= 0xE007F) ||  // tag characters (flag sequences)
         (cp >= 0xE000 && cp <= 0xF8FF) ||    // private use (icon fonts)
         (cp >= 0x200B && cp <= 0x200F) ||    // zero-width space, joiners, marks
         (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF || cp == 0xAD || cp == 0x3030 ||
         cp == 0x303D || cp == 0x20E3 || cp == 0xFFFD;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000 || cp == 0x0B || cp == 0x0C;
}

class Cleaner {
 public:
  void add(char32_t cp) {
    if (cp == 0 || is_emoji_or_invisible(cp)) return;
    if (cp == '\n') {
      trim_trailing_space();
      out_ += '\n';
      return;
    }
    if (is_space(cp) || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      if (!out_.empty() && out_.back() != ' ' && out_.back() != '\n') out_ += ' ';
      return;
    }
    switch (cp) {
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0xAB:
      case 0xBB:
      case 0x2039:
      case 0x203A:
      case 0x2033:
      case 0xFF02:
      case 0x275D:
      case 0x275E:
        out_ += '"';
        return;
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
      case 0x60:
      case 0xB4:
      case 0xFF07:
      case 0x02BC:
        out_ += '\'';
        return;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2212:
      case 0xFE63:
      case 0xFF0D:
        out_ += '-';
        return;
      case 0x2014:
      case 0x2015:
        if (!out_.empty() && out_.back() != ' ' && out_.back() != '\n') out_ += ' ';
        out_ += "- ";
        return;
      case 0x2026:
        out_ += "...";
        return;
      case 0xBA:  // masculine ordinal, often typed for the degree sign: "20ºC"
        out_ += "°";
        return;
      default:
        utf8::append(out_, cp);
    }
  }

  std::string finish() {
    trim_trailing_space();
    return std::move(out_);
  }

 private:
  void trim_trailing_space() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
  }

  std::string out_;
};

}  // namespace

std::string clean_typography(std::string_view text) {
  Cleaner cleaner;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '&') {
      if (const auto entity = html_entity_at(text.substr(pos))) {
        cleaner.add(entity->code_point);  // an unknown name (0) is dropped
        pos += entity->length;
        continue;
      }
    } else if (c == '<') {
      const std::size_t length = html_tag_length(text, pos);
      if (length > 0) {
        cleaner.add(' ');
        pos += length;
        continue;
      }
    } else if (c == '\r') {
      if (pos + 1 >= text.size() || text[pos + 1] != '\n') cleaner.add('\n');
      ++pos;
      continue;
    }
    const utf8::CodePoint cp = utf8::decode(text, pos);
    cleaner.add(cp.value);
    pos += cp.length;
  }
  return cleaner.finish();
}

}  // namespace nieuwslezer
