#include "page/feed_parser.h"

#include <array>
#include <cstdint>
#include <pugixml.hpp>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "errors.h"
#include "page/page_parser.h"

namespace nieuwslezer {

namespace {

using std::chrono::sys_seconds;

constexpr std::size_t kMaxWarnings = 20;     // more would drown the useful ones
constexpr std::size_t kMaxEntityBytes = 32;  // "&CounterClockwiseContourIntegral;"

// ---- Dates -------------------------------------------------------------------------------

// Reads an unsigned number of 1..max_digits digits at text[i]; advances i.
std::optional<int> read_number(std::string_view text, std::size_t& i, std::size_t max_digits) {
  std::size_t digits = 0;
  int value = 0;
  while (i < text.size() && is_ascii_digit(text[i]) && digits < max_digits) {
    value = value * 10 + (text[i] - '0');
    ++i;
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  return value;
}

// Exactly `digits` digits at text[i]; advances i.
std::optional<int> read_fixed(std::string_view text, std::size_t& i, std::size_t digits) {
  const std::size_t start = i;
  const auto value = read_number(text, i, digits);
  if (!value || i - start != digits) return std::nullopt;
  return value;
}

// A calendar date and a time of day, with the UTC offset in minutes -> the instant.
std::optional<sys_seconds> make_instant(int year, int month, int day, int hour, int minute,
                                        int second, int offset_minutes) {
  using namespace std::chrono;
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const year_month_day date{std::chrono::year(year),
                            std::chrono::month(static_cast<unsigned>(month)),
                            std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok() || year < 1900 || year > 2999) return std::nullopt;
  if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
  if (second == 60) second = 59;  // a leap second is read as the second before it
  return sys_days(date) + hours(hour) + minutes(minute) + seconds(second) - minutes(offset_minutes);
}

// "Nov" / "november" / "okt" -> 11 / 11 / 10; 0 when not a month.
int month_number(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, int>, 15> kMonths{{{"jan", 1},
                                                                             {"feb", 2},
                                                                             {"mar", 3},
                                                                             {"mrt", 3},
                                                                             {"maa", 3},
                                                                             {"apr", 4},
                                                                             {"may", 5},
                                                                             {"mei", 5},
                                                                             {"jun", 6},
                                                                             {"jul", 7},
                                                                             {"aug", 8},
                                                                             {"sep", 9},
                                                                             {"oct", 10},
                                                                             {"okt", 10},
                                                                             {"nov", 11}}};
  const std::string lower = ascii_lower(name);
  if (lower.size() < 3) return 0;
  const std::string_view prefix = std::string_view(lower).substr(0, 3);
  if (prefix == "dec") return 12;
  for (const auto& [abbreviation, number] : kMonths) {
    if (prefix == abbreviation) return number;
  }
  return 0;
}

// "+0100" -> 60, "-05:00" -> -300, "+01" -> 60; nullopt otherwise (the whole text is read).
std::optional<int> numeric_offset(std::string_view text) {
  if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
  const int sign = text[0] == '-' ? -1 : 1;
  std::size_t i = 1;
  const auto hours = read_fixed(text, i, 2);
  if (!hours) return std::nullopt;
  int minutes = 0;
  if (i < text.size()) {
    if (text[i] == ':') ++i;
    const auto read = read_fixed(text, i, 2);
    if (!read) return std::nullopt;
    minutes = *read;
  }
  if (i != text.size() || *hours > 14 || minutes > 59) return std::nullopt;
  return sign * (*hours * 60 + minutes);
}

// "GMT" -> 0, "CET" -> 60, "EST" -> -300; nullopt for anything else.
std::optional<int> zone_offset(std::string_view zone) {
  static constexpr std::array<std::pair<std::string_view, int>, 20> kZones{
      {{"ut", 0},     {"utc", 0},    {"gmt", 0},    {"z", 0},      {"est", -300},
       {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360},
       {"pst", -480}, {"pdt", -420}, {"wet", 0},    {"west", 60},  {"bst", 60},
       {"cet", 60},   {"met", 60},   {"cest", 120}, {"mest", 120}, {"eet", 120}}};
  const std::string lower = ascii_lower(zone);
  if (lower == "eest") return 180;
  for (const auto& [name, offset] : kZones) {
    if (lower == name) return offset;
  }
  return numeric_offset(zone);
}

// Splits at spaces (and a comma after the weekday): "Sat, 28 Nov" -> "Sat", "28", "Nov".
std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> list;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (is_ascii_space(text[i]) || text[i] == ',')) ++i;
    const std::size_t start = i;
    while (i < text.size() && !is_ascii_space(text[i]) && text[i] != ',') ++i;
    if (i > start) list.push_back(text.substr(start, i - start));
  }
  return list;
}

// "Sat, 28 Nov 2026 07:45:00 +0100" or a stray ISO 8601 time -> the instant.
std::optional<sys_seconds> parse_any_time(std::string_view text) {
  if (const auto time = parse_rfc822_time(text)) return time;
  return parse_iso8601_time(text);
}

// ---- HTML to paragraphs ------------------------------------------------------------------

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// The HTML entities a Dutch or European news feed uses; an unknown one is kept as written.
constexpr std::array<NamedEntity, 104> kEntities{{
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", ' '},     {"euro", 0x20AC},  {"pound", 0xA3},   {"hellip", 0x2026}, {"ndash", 0x2013},
    {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A},  {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"laquo", 0xAB},   {"raquo", 0xBB},    {"deg", 0xB0},
    {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122}, {"middot", 0xB7},   {"bull", 0x2022},
    {"times", 0xD7},   {"divide", 0xF7},  {"frac12", 0xBD},  {"frac14", 0xBC},   {"frac34", 0xBE},
    {"sup2", 0xB2},    {"sup3", 0xB3},    {"para", 0xB6},    {"sect", 0xA7},     {"shy", 0xAD},
    {"iexcl", 0xA1},   {"iquest", 0xBF},  {"cent", 0xA2},    {"yen", 0xA5},      {"micro", 0xB5},
    {"plusmn", 0xB1},  {"szlig", 0xDF},   {"Agrave", 0xC0},  {"Aacute", 0xC1},   {"Acirc", 0xC2},
    {"Atilde", 0xC3},  {"Auml", 0xC4},    {"Aring", 0xC5},   {"AElig", 0xC6},    {"Ccedil", 0xC7},
    {"Egrave", 0xC8},  {"Eacute", 0xC9},  {"Ecirc", 0xCA},   {"Euml", 0xCB},     {"Igrave", 0xCC},
    {"Iacute", 0xCD},  {"Icirc", 0xCE},   {"Iuml", 0xCF},    {"Ntilde", 0xD1},   {"Ograve", 0xD2},
    {"Oacute", 0xD3},  {"Ocirc", 0xD4},   {"Otilde", 0xD5},  {"Ouml", 0xD6},     {"Oslash", 0xD8},
    {"Ugrave", 0xD9},  {"Uacute", 0xDA},  {"Ucirc", 0xDB},   {"Uuml", 0xDC},     {"Yacute", 0xDD},
    {"agrave", 0xE0},  {"aacute", 0xE1},  {"acirc", 0xE2},   {"atilde", 0xE3},   {"auml", 0xE4},
    {"aring", 0xE5},   {"aelig", 0xE6},   {"ccedil", 0xE7},  {"egrave", 0xE8},   {"eacute", 0xE9},
    {"ecirc", 0xEA},   {"euml", 0xEB},    {"igrave", 0xEC},  {"iacute", 0xED},   {"icirc", 0xEE},
    {"iuml", 0xEF},    {"ntilde", 0xF1},  {"ograve", 0xF2},  {"oacute", 0xF3},   {"ocirc", 0xF4},
    {"otilde", 0xF5},  {"ouml", 0xF6},    {"oslash", 0xF8},  {"ugrave", 0xF9},   {"uacute", 0xFA},
    {"ucirc", 0xFB},   {"uuml", 0xFC},    {"yacute", 0xFD},  {"yuml", 0xFF},     {"OElig", 0x152},
    {"oelig", 0x153},  {"Scaron", 0x160}, {"scaron", 0x161}, {"ijlig", 0x133},
}};

// The code point of the entity "&...;" at the start of `text` and its length in bytes.
std::optional<std::pair<char32_t, std::size_t>> entity_at(std::string_view text) {
  const std::size_t semicolon = text.substr(0, kMaxEntityBytes).find(';');
  if (semicolon == std::string_view::npos || semicolon < 2) return std::nullopt;
  const std::string_view name = text.substr(1, semicolon - 1);
  if (name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return std::nullopt;
    std::uint32_t value = 0;
    for (const char c : digits) {
      std::uint32_t digit = 0;
      if (is_ascii_digit(c)) {
        digit = static_cast<std::uint32_t>(c - '0');
      } else if (hex && ascii_lower(c) >= 'a' && ascii_lower(c) <= 'f') {
        digit = static_cast<std::uint32_t>(ascii_lower(c) - 'a' + 10);
      } else {
        return std::nullopt;
      }
      value = value * (hex ? 16u : 10u) + digit;
    }
    char32_t code_point = value;
    // Numeric references 0x80..0x9F mean Windows-1252, as in browsers: &#150; -> "–".
    if (value >= 0x80 && value <= 0x9F)
      code_point = utf8::cp1252_code_point(static_cast<unsigned char>(value));
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      code_point = 0xFFFD;
    }
    return std::pair{code_point, semicolon + 1};
  }
  for (const NamedEntity& entity : kEntities) {
    if (entity.name == name) return std::pair{entity.code_point, semicolon + 1};
  }
  return std::nullopt;
}

// Tags that end a paragraph, before or after them.
bool is_block_tag(std::string_view name) {
  static constexpr std::array<std::string_view, 20> kBlocks{
      "p",  "br", "div", "li",    "ul",         "ol",      "h1",      "h2",     "h3", "h4",
      "h5", "h6", "tr",  "table", "blockquote", "section", "article", "figure", "hr", "dd"};
  for (const std::string_view block : kBlocks) {
    if (name == block) return true;
  }
  return false;
}

// Collects text into paragraphs, collapsing white space as HTML does; a blank line is a
// paragraph break too, for feeds that send plain text.
class ParagraphBuilder {
 public:
  void add_space(char c) {
    if (c == '\n') ++newlines_;
    pending_space_ = !current_.empty();
    if (newlines_ >= 2) end_paragraph();
  }
  void add(std::string_view text) {
    if (text.empty()) return;
    if (pending_space_) current_ += ' ';
    pending_space_ = false;
    newlines_ = 0;
    current_.append(text);
  }
  void end_paragraph() {
    if (!current_.empty()) paragraphs_.push_back(std::move(current_));
    current_.clear();
    pending_space_ = false;
    newlines_ = 0;
  }
  std::vector<std::string> take() {
    end_paragraph();
    return std::move(paragraphs_);
  }

 private:
  std::vector<std::string> paragraphs_;
  std::string current_;
  bool pending_space_ = false;
  int newlines_ = 0;
};

// The end of the tag that starts at html[i] ('<'), just past its '>'; quoted attribute
// values may hold a '>'. npos for a tag cut off by the end of the text.
std::size_t tag_end(std::string_view html, std::size_t i) {
  char quote_char = 0;
  for (std::size_t k = i + 1; k < html.size(); ++k) {
    const char c = html[k];
    if (quote_char != 0) {
      if (c == quote_char) quote_char = 0;
    } else if (c == '"' || c == '\'') {
      quote_char = c;
    } else if (c == '>') {
      return k + 1;
    }
  }
  return std::string_view::npos;
}

// An HTML fragment -> its text as paragraphs. "<p>Eén &amp; twee</p><p>drie<br>vier</p>"
// -> {"Eén & twee", "drie", "vier"}. Comments, scripts and styles are dropped; a tag cut
// off by the end of the text is dropped with the rest.
std::vector<std::string> html_paragraphs(std::string_view html) {
  ParagraphBuilder builder;
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (is_ascii_space(c)) {
      builder.add_space(c);
      ++i;
      continue;
    }
    if (c == '&') {
      if (const auto entity = entity_at(html.substr(i))) {
        if (entity->first == ' ') {
          builder.add_space(' ');
        } else {
          std::string character;
          utf8::append(character, entity->first);
          builder.add(character);
        }
        i += entity->second;
      } else {
        builder.add("&");
        ++i;
      }
      continue;
    }
    const char next = i + 1 < html.size() ? html[i + 1] : '\0';
    const bool tag =
        c == '<' && (is_ascii_letter(next) || next == '/' || next == '!' || next == '?');
    if (c == '\xC2' && i + 1 < html.size() && static_cast<unsigned char>(next) >= 0x80 &&
        static_cast<unsigned char>(next) <= 0x9F) {
      // A C1 control, usually "&#150;" decoded by the XML parser: meant as Windows-1252.
      std::string character;
      utf8::append(character, utf8::cp1252_code_point(static_cast<unsigned char>(next)));
      builder.add(character);
      i += 2;
      continue;
    }
    if (!tag) {
      std::size_t end = i + 1;
      while (end < html.size() && !is_ascii_space(html[end]) && html[end] != '&' &&
             html[end] != '<' && html[end] != '\xC2') {
        ++end;
      }
      builder.add(html.substr(i, end - i));
      i = end;
      continue;
    }
    if (html.substr(i).starts_with("<!--")) {
      const std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const std::size_t end = tag_end(html, i);
    if (end == std::string_view::npos) break;
    std::size_t name_start = i + 1;
    if (html[name_start] == '/') ++name_start;
    std::size_t name_end = name_start;
    while (name_end < end && (is_ascii_letter(html[name_end]) || is_ascii_digit(html[name_end])))
      ++name_end;
    const std::string name = ascii_lower(html.substr(name_start, name_end - name_start));
    i = end;
    if ((name == "script" || name == "style") && html[i - 2] != '/' &&
        html[name_start - 1] != '/') {
      // Skip to the closing tag: its content is code, not news.
      const std::string closing = "</" + name;
      std::size_t close = i;
      while (close < html.size() && !starts_with_ignoring_case(html.substr(close), closing))
        ++close;
      i = close;
      continue;
    }
    if (is_block_tag(name)) builder.end_paragraph();
  }
  return builder.take();
}

// "Kabinet <b>valt</b>" -> "Kabinet valt": an HTML fragment as one line.
std::string html_line(std::string_view html) {
  std::string line;
  for (const std::string& paragraph : html_paragraphs(html)) {
    if (!line.empty()) line += ' ';
    line += paragraph;
  }
  return line;
}

// ---- XML ---------------------------------------------------------------------------------

// "dc:date" -> "date"; feeds are matched on local names, whatever prefix they bind.
std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name) {
  for (const pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) return child;
  }
  return {};
}

struct StringWriter : pugi::xml_writer {
  std::string text;
  void write(const void* data, std::size_t size) override {
    text.append(static_cast<const char*>(data), size);
  }
};

// An element's content as markup: its text and CDATA as they stand (escaped HTML has been
// unescaped by the XML parser) and child elements (Atom type="xhtml") written out. The XML
// parser writes a character reference to a surrogate ("&#xD800;") as invalid UTF-8, so its
// text is made valid here.
std::string inner_markup(const pugi::xml_node& node) {
  std::string markup;
  for (const pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      markup += child.value();
    } else if (child.type() == pugi::node_element) {
      StringWriter writer;
      child.print(writer, "", pugi::format_raw);
      markup += writer.text;
    }
  }
  return utf8::replace_invalid(markup);
}

std::string plain_text(const pugi::xml_node& node) {
  return utf8::replace_invalid(trim(node.child_value()));
}

enum class FeedKind { kRss, kAtom, kRdf };

struct FeedReader {
  FeedKind kind;
  Page page;
  std::vector<std::string> warnings;
  std::size_t left_out = 0;
  std::size_t item_number = 0;
  std::size_t undated = 0;

  void warn(std::string warning) {
    if (warnings.size() < kMaxWarnings) {
      warnings.push_back(std::move(warning));
    } else {
      ++left_out;
    }
  }

  // The text of an item: RSS description (or content:encoded), Atom summary (or content).
  std::vector<std::string> item_paragraphs(const pugi::xml_node& item) const {
    const bool atom = kind == FeedKind::kAtom;
    for (const std::string_view name :
         {atom ? std::string_view("summary") : std::string_view("description"),
          atom ? std::string_view("content") : std::string_view("encoded")}) {
      if (const pugi::xml_node node = child_named(item, name)) {
        std::vector<std::string> paragraphs = html_paragraphs(inner_markup(node));
        if (!paragraphs.empty()) return paragraphs;
      }
    }
    return {};
  }

  // The item's date element, by the format's preference.
  pugi::xml_node date_node(const pugi::xml_node& item) const {
    static constexpr std::array<std::string_view, 2> kAtomDates{"updated", "published"};
    static constexpr std::array<std::string_view, 2> kRssDates{"pubDate", "date"};
    static constexpr std::array<std::string_view, 1> kRdfDates{"date"};
    const std::span<const std::string_view> names =
        kind == FeedKind::kAtom  ? std::span<const std::string_view>(kAtomDates)
        : kind == FeedKind::kRss ? std::span<const std::string_view>(kRssDates)
                                 : std::span<const std::string_view>(kRdfDates);
    for (const std::string_view name : names) {
      if (const pugi::xml_node node = child_named(item, name)) return node;
    }
    return {};
  }

  void read_item(const pugi::xml_node& item) {
    ++item_number;
    Story story;
    story.headline = html_line(inner_markup(child_named(item, "title")));
    story.paragraphs = item_paragraphs(item);
    const std::string name =
        "item " + std::to_string(item_number) +
        (story.headline.empty() ? "" : " (" + utf8::quote(story.headline) + ")");
    if (story.paragraphs.empty()) {
      if (story.headline.empty()) {
        warn(name + " has no title and no text and was left out");
        return;
      }
      story.paragraphs.push_back(story.headline);  // a title-only item is read as its title
    }
    split_dateline(story);
    if (story.paragraphs.empty()) {
      if (story.headline.empty()) {
        warn(name + " has only a dateline and was left out");
        return;
      }
      story.paragraphs.push_back(story.headline);
    }
    if (const pugi::xml_node date = date_node(item)) {
      const std::string text = plain_text(date);
      story.published = parse_any_time(text);
      if (!story.published) {
        warn(name + ": date " + utf8::quote(text) + " is not understood, kept without time");
      }
    } else {
      ++undated;
    }
    story.page_position = page.ticker.size() + 1;
    page.ticker.push_back(std::move(story));
  }

  void read_items(const pugi::xml_node& parent) {
    const std::string_view item_name = kind == FeedKind::kAtom ? "entry" : "item";
    for (const pugi::xml_node child : parent.children()) {
      if (child.type() == pugi::node_element && local_name(child) == item_name) read_item(child);
    }
  }

  Page finish() {
    if (item_number == 0) {
      warn(std::string("the feed has no ") + (kind == FeedKind::kAtom ? "entries" : "items"));
    }
    if (undated > 0) {
      warn(std::to_string(undated) + " item(s) have no date and are kept without time");
    }
    if (left_out > 0) warnings.push_back(std::to_string(left_out) + " more warning(s) left out");
    page.warnings = std::move(warnings);
    return std::move(page);
  }
};

bool looks_like_html(std::string_view text) {
  return starts_with_ignoring_case(text, "<!doctype html") ||
         starts_with_ignoring_case(text, "<html");
}

}  // namespace

std::optional<sys_seconds> parse_rfc822_time(std::string_view text) {
  std::vector<std::string_view> parts = words(text);
  // An optional weekday: "Sat", "Saturday", "za".
  if (!parts.empty() && !parts.front().empty() && is_ascii_letter(parts.front()[0])) {
    parts.erase(parts.begin());
  }
  if (parts.size() != 5) return std::nullopt;  // day month year time zone
  std::size_t i = 0;
  const auto day = read_number(parts[0], i, 2);
  if (!day || i != parts[0].size()) return std::nullopt;
  const int month = month_number(parts[1]);
  if (month == 0 || parts[1].size() > 9) return std::nullopt;
  i = 0;
  auto year = read_number(parts[2], i, 4);
  if (!year || i != parts[2].size() || (i != 2 && i != 4)) return std::nullopt;
  if (i == 2) *year += *year >= 50 ? 1900 : 2000;
  const std::string_view clock = parts[3];
  i = 0;
  const auto hour = read_fixed(clock, i, 2);
  if (!hour || i >= clock.size() || clock[i++] != ':') return std::nullopt;
  const auto minute = read_fixed(clock, i, 2);
  if (!minute) return std::nullopt;
  int second = 0;
  if (i < clock.size()) {
    if (clock[i++] != ':') return std::nullopt;
    const auto read = read_fixed(clock, i, 2);
    if (!read || i != clock.size()) return std::nullopt;
    second = *read;
  }
  const auto offset = zone_offset(parts[4]);
  if (!offset) return std::nullopt;
  return make_instant(*year, month, *day, *hour, *minute, second, *offset);
}

std::optional<sys_seconds> parse_iso8601_time(std::string_view text) {
  text = trim(text);
  std::size_t i = 0;
  const auto year = read_fixed(text, i, 4);
  if (!year || i >= text.size() || text[i++] != '-') return std::nullopt;
  const auto month = read_fixed(text, i, 2);
  if (!month || i >= text.size() || text[i++] != '-') return std::nullopt;
  const auto day = read_fixed(text, i, 2);
  if (!day || i >= text.size() || (text[i] != 'T' && text[i] != 't' && text[i] != ' ')) {
    return std::nullopt;
  }
  ++i;
  const auto hour = read_fixed(text, i, 2);
  if (!hour || i >= text.size() || text[i++] != ':') return std::nullopt;
  const auto minute = read_fixed(text, i, 2);
  if (!minute) return std::nullopt;
  int second = 0;
  if (i < text.size() && text[i] == ':') {
    ++i;
    const auto read = read_fixed(text, i, 2);
    if (!read) return std::nullopt;
    second = *read;
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
      ++i;
      const std::size_t start = i;
      while (i < text.size() && is_ascii_digit(text[i])) ++i;
      if (i == start) return std::nullopt;
    }
  }
  const std::string_view zone = text.substr(i);
  std::optional<int> offset;
  if (zone == "Z" || zone == "z") {
    offset = 0;
  } else {
    offset = numeric_offset(zone);
  }
  if (!offset) return std::nullopt;
  return make_instant(*year, *month, *day, *hour, *minute, second, *offset);
}

Page parse_feed(std::string_view utf8_xml) {
  std::size_t start = 0;
  while (start < utf8_xml.size() && is_ascii_space(utf8_xml[start])) ++start;
  if (looks_like_html(utf8_xml.substr(start))) {
    throw InputError("is an HTML page, not a news page text or feed");
  }
  pugi::xml_document document;
  const pugi::xml_parse_result result = document.load_buffer(
      utf8_xml.data(), utf8_xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    throw InputError(std::string("is not well-formed XML: ") + result.description() + " at byte " +
                     std::to_string(result.offset));
  }
  const pugi::xml_node root = document.document_element();
  const std::string_view root_name = local_name(root);
  if (root_name == "html") throw InputError("is an HTML page, not a news page text or feed");

  FeedReader reader;
  pugi::xml_node channel;
  if (root_name == "rss") {
    reader.kind = FeedKind::kRss;
    channel = child_named(root, "channel");
    reader.read_items(channel ? channel : root);
    if (channel) reader.read_items(root);  // some RSS 0.9x feeds put items beside the channel
  } else if (root_name == "feed") {
    reader.kind = FeedKind::kAtom;
    channel = root;
    reader.read_items(root);
  } else if (root_name == "RDF") {
    reader.kind = FeedKind::kRdf;
    channel = child_named(root, "channel");
    reader.read_items(root);
  } else {
    throw InputError("is XML but not an RSS, Atom or RDF feed (the root element is <" +
                     std::string(root.name()) + ">)");
  }
  if (channel) reader.page.section = html_line(inner_markup(child_named(channel, "title")));
  return reader.finish();
}

}  // namespace nieuwslezer
