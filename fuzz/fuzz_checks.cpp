#include "fuzz_checks.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "base/utf8.h"

namespace nieuwslezer::fuzz {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

bool is_mark(char c) {
  return c != 0 && std::string_view(".,;:!?").find(c) != std::string_view::npos;
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void check_text(std::string_view text, std::string_view what) {
  if (!is_valid_utf8(text)) fail(std::string(what) + " is not valid UTF-8");
}

// A text of the page: valid UTF-8 without a control or noncharacter (utf8::is_unwanted),
// which would reach the feed, the captions and the log.
void check_page_text(std::string_view text, const std::string& what) {
  check_text(text, what);
  for (std::size_t i = 0; i < text.size();) {
    const utf8::CodePoint cp = utf8::decode(text, i);
    if (utf8::is_unwanted(cp.value)) fail(what + " holds a control character");
    i += std::max<std::size_t>(cp.length, 1);
  }
}

void check_story(const Story& story, const std::string& name) {
  check_page_text(story.headline, name + " headline");
  check_page_text(story.place, name + " place");
  check_page_text(story.agency, name + " agency");
  check_page_text(story.time_label, name + " time label");
  for (const std::string& paragraph : story.paragraphs) {
    check_page_text(paragraph, name + " paragraph");
  }
  for (const std::string& heading : story.subheadings) {
    check_page_text(heading, name + " subheading");
  }
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    unsigned char low = 0x80;  // the allowed range of the second byte (Unicode table 3-7)
    unsigned char high = 0xBF;
    if (byte < 0x80) {
      length = 1;
    } else if (byte >= 0xC2 && byte <= 0xDF) {
      length = 2;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
      length = 3;
      if (byte == 0xE0) low = 0xA0;   // overlong
      if (byte == 0xED) high = 0x9F;  // surrogates
    } else if (byte >= 0xF0 && byte <= 0xF4) {
      length = 4;
      if (byte == 0xF0) low = 0x90;   // overlong
      if (byte == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    if (length > 1) {
      const auto second = static_cast<unsigned char>(text[i + 1]);
      if (second < low || second > high) return false;
      for (std::size_t k = 2; k < length; ++k) {
        if (!is_continuation(static_cast<unsigned char>(text[i + k]))) return false;
      }
    }
    i += length;
  }
  return true;
}

void fail(std::string_view what) {
  std::fprintf(stderr, "fuzz: broken promise: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

void check_page(const Page& page) {
  if (page.has_lead) check_story(page.lead, "the lead's");
  for (std::size_t i = 0; i < page.ticker.size(); ++i) {
    check_story(page.ticker[i], "ticker item " + std::to_string(i + 1) + "'s");
  }
  check_page_text(page.section, "the section");
  for (const std::string& warning : page.warnings) check_text(warning, "a warning");
}

void check_spoken(const SpokenText& spoken) {
  for (const SpokenRun& run : spoken.runs) {
    if (run.text.empty()) fail("a spoken run is empty");
    check_text(run.text, "a spoken run");
    // An eSpeak NG language code as data/names.tsv has them: "fr", "pt-br".
    const std::string& language = run.language;
    for (std::size_t k = 0; k < language.size(); ++k) {
      const char c = language[k];
      const bool inner_hyphen =
          c == '-' && k > 0 && k + 1 < language.size() && language[k - 1] != '-';
      if ((c < 'a' || c > 'z') && !inner_hyphen) {
        fail("a run's language is not a lower-case tag: " + language);
      }
    }
  }
  const std::string text = spoken.plain();
  if (!text.empty() && (text.front() == ' ' || is_mark(text.front()))) {
    fail("the spoken text starts with a space or a mark: '" + text + "'");
  }
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const char before = i > 0 ? text[i - 1] : ' ';
    const char after = i + 1 < text.size() ? text[i + 1] : ' ';
    if (static_cast<unsigned char>(c) >= 0x80) {
      const utf8::CodePoint cp = utf8::decode(text, i);
      if (!utf8::is_letter(cp.value)) {
        fail("the spoken text holds a symbol that is not a letter: '" + text + "'");
      }
      i += cp.length;
      continue;
    }
    const bool ok = is_ascii_alnum(c) || (is_mark(c) && !is_mark(after)) ||
                    (c == ' ' && before != ' ' && !is_mark(after)) ||
                    (c == '-' && before != ' ' && after != ' ') ||
                    (c == '\'' && i + 1 < text.size());  // "'s avonds", "b' Washington Post"
    if (!ok) {
      fail("the spoken text holds '" + std::string(1, c) + "' at byte " + std::to_string(i) +
           ": '" + text + "'");
    }
    ++i;
  }
}

}  // namespace nieuwslezer::fuzz
