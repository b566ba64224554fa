#include "page/feed_parser.h"

#include <array>
#include <pugixml.hpp>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "base/dates.h"
#include "base/html_entities.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "errors.h"
#include "page/page_parser.h"
#include "page/unwanted_characters.h"

namespace nieuwslezer {

namespace {

constexpr std::size_t kMaxWarnings = 20;  // more would drown the useful ones

// ---- HTML to paragraphs ------------------------------------------------------------------

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
      const auto entity = html_entity_at(html.substr(i));
      if (entity && (entity->code_point == 0xA0 || entity->code_point == ' ')) {
        builder.add_space(' ');  // "&nbsp;" is a space like any other between words
        i += entity->length;
      } else if (entity && entity->code_point != 0) {
        std::string character;
        utf8::append(character, entity->code_point);
        builder.add(character);
        i += entity->length;
      } else {  // not an entity, or one this table does not know: kept as written
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
      story.published = parse_published_time(text);
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
  return without_unwanted_characters(reader.finish());
}

}  // namespace nieuwslezer
