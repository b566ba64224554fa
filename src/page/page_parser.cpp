#include "page/page_parser.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "page/time_label.h"

namespace nieuwslezer {

namespace {

// Every scan below looks at a bounded stretch of a line, so parsing stays linear even for
// a single 1 MB line or a ticker of 100 000 items.
constexpr std::size_t kMaxPlaceBytes = 60;       // "'S-HERTOGENBOSCH", "SÃO PAULO"
constexpr std::size_t kMaxAgencyBytes = 40;      // "ANP/RTR/DPA"
constexpr std::size_t kMaxAgencyPartBytes = 20;  // one credit between slashes
constexpr std::size_t kMaxLabelChars = 40;       // "12 minuten geleden", "vorige week"
constexpr std::size_t kMaxSubheadingChars = 80;  // "Bondgenoot"
constexpr std::size_t kMaxSectionChars = 60;     // "Buitenland" in "Meer uit Buitenland"
constexpr std::size_t kMaxWarnings = 20;         // more would drown the useful ones

constexpr std::string_view kSectionPrefix = "meer uit";

// The lower-case words inside place names written in normal case: "Alphen aan den Rijn",
// "Bergen op Zoom", "Frankfurt am Main", "Rio de Janeiro", "Port of Spain".
constexpr std::array<std::string_view, 24> kPlaceParticles = {
    "aan", "am",  "an", "bij", "d",  "da", "das", "de", "del", "den", "der", "di",
    "do",  "dos", "en", "im",  "in", "la", "le",  "of", "on",  "op",  "sur", "upon"};

// ---- Characters --------------------------------------------------------------------------

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte length of a non-ASCII capital at text[i], 0 when none: the Latin-1 capitals
// ("Ã", "É", not "×") and, of either case, Latin Extended-A and -B ("Ł", "Ž", "Ș").
std::size_t non_ascii_capital_length(std::string_view text, std::size_t i) {
  if (i + 1 >= text.size()) return 0;
  const auto first = static_cast<unsigned char>(text[i]);
  const auto second = static_cast<unsigned char>(text[i + 1]);
  if ((second & 0xC0) != 0x80) return 0;
  if (first == 0xC3) return second <= 0x9E && second != 0x97 ? 2 : 0;  // U+00C0..U+00DE
  if (first >= 0xC4 && first <= 0xC8) return 2;                        // U+0100..U+023F
  return 0;
}

// Whether `text` can be the start of a story: a capital, a digit or an opening quote.
// "De premier ..." and "\"Nee\", zei ..." can; "-zo" and "als vorig jaar" cannot.
bool can_start_story(std::string_view text) {
  if (text.empty()) return false;
  const char c = text[0];
  if (is_ascii_upper(c) || is_ascii_digit(c) || c == '"' || c == '\'' || c == '(') return true;
  if (non_ascii_capital_length(text, 0) > 0) return true;
  for (const std::string_view quote : {"\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E"}) {
    if (text.starts_with(quote)) return true;  // “ ‘ „
  }
  return false;
}

// Number of UTF-8 code points (continuation bytes are not counted).
std::size_t char_count(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += is_continuation_byte(c) ? 0 : 1;
  return count;
}

// ---- Line shapes -------------------------------------------------------------------------

bool contains_any(std::string_view text, std::initializer_list<std::string_view> needles) {
  for (const std::string_view needle : needles) {
    if (text.find(needle) != std::string_view::npos) return true;
  }
  return false;
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> endings) {
  for (const std::string_view ending : endings) {
    if (text.ends_with(ending)) return true;
  }
  return false;
}

bool has_letter_or_digit(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_ascii_upper(c) || is_ascii_lower(c) || is_ascii_digit(c)) return true;
    if (static_cast<unsigned char>(c) >= 0xC3 && static_cast<unsigned char>(c) <= 0xC8) {
      return true;  // a Latin letter with an accent
    }
  }
  return false;
}

// A short line that is not a sentence: no final punctuation, no quotes. "Bondgenoot" is;
// "Dat meldt Reuters." and "\"Nee\", zei hij" are not. Checks the length first, so a
// huge line costs nothing.
bool is_short_non_sentence(std::string_view line, std::size_t max_chars) {
  if (line.size() > max_chars * 4 || char_count(line) > max_chars) return false;
  if (!has_letter_or_digit(line)) return false;
  if (contains_any(line, {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E"})) return false;
  return !ends_with_any(line, {".", "!", "?", ":", ";", ",", "\xE2\x80\xA6", "'", ")",
                               "\xE2\x80\x99", "\xC2\xBB"});  // … ’ »
}

// What a label written out of the grammar may look like: "vorige week", "ma 3 nov".
bool could_be_label(std::string_view text) {
  return is_short_non_sentence(text, kMaxLabelChars) && !contains_any(text, {".", "!", "?", ";"});
}

// "Meer uit Buitenland" -> "Buitenland"; "Meer uit" -> ""; nullopt for any other line,
// "Meer uit de regio kwamen klachten." included.
std::optional<std::string_view> section_heading(std::string_view line) {
  if (!starts_with_ignoring_case(line, kSectionPrefix)) return std::nullopt;
  const std::string_view rest = line.substr(kSectionPrefix.size());
  if (rest.empty()) return rest;
  if (space_length(rest, 0) == 0) return std::nullopt;  // "Meer uitleg ..."
  const std::string_view name = trim_spaces(rest);
  if (!is_short_non_sentence(name, kMaxSectionChars)) return std::nullopt;
  return name;
}

struct Dateline {
  std::string_view place;   // "BRUSSEL"
  std::string_view agency;  // "ANP/RTR/DPA"
  std::string_view text;    // what follows the dash, trimmed
};

// "ANP", "ANP/RTR/DPA", "ANP / AFP", "Reuters": credits separated by slashes, each
// starting with a capital.
bool is_agency(std::string_view agency) {
  if (agency.empty()) return false;
  while (true) {
    const std::size_t slash = agency.find('/');
    const std::string_view part = trim_spaces(agency.substr(0, slash));
    if (part.empty() || part.size() > kMaxAgencyPartBytes || !is_ascii_upper(part[0])) {
      return false;
    }
    for (const char c : part) {
      if (!is_ascii_upper(c) && !is_ascii_lower(c) && !is_ascii_digit(c) && c != '.' && c != '&' &&
          c != '-') {
        return false;
      }
    }
    if (slash == std::string_view::npos) return true;
    agency = agency.substr(slash + 1);
  }
}

// Bytes of the dash at text[i] ("-", "–" or "—"), 0 when none.
std::size_t dash_length(std::string_view text, std::size_t i) {
  const std::string_view rest = text.substr(std::min(i, text.size()));
  if (rest.starts_with("-")) return 1;
  if (rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94")) return 3;  // – —
  return 0;
}

struct PlaceEnd {
  std::size_t end;   // the place is line.substr(0, end)
  std::size_t next;  // where what follows it starts, after spaces: '(' or a dash
};

// Whether a particle of place names starts at line[i], before a space or an apostrophe:
// "aan den Rijn", "Cortina d'Ampezzo".
bool particle_at(std::string_view line, std::size_t i) {
  std::size_t end = i;
  while (end < line.size() && end - i <= 4 && is_ascii_lower(line[end])) ++end;
  if (end >= line.size() || (line[end] != ' ' && line[end] != '\'')) return false;
  const std::string_view word = line.substr(i, end - i);
  return std::find(kPlaceParticles.begin(), kPlaceParticles.end(), word) != kPlaceParticles.end();
}

// Where a dateline place ends: the place is in capitals ("DEN HAAG", "'S-HERTOGENBOSCH",
// "ST. PETERSBURG", "SÃO PAULO") or in normal case ("Utrecht", "Den Haag", "'s-Hertogenbosch",
// "Alphen aan den Rijn", "Aix-en-Provence"). Each word starts with a capital or an apostrophe,
// or is a particle of place names (kPlaceParticles), and no capital follows a
// lower-case letter ("NovUtrecht" is a label glued to a place). A '(' or a dash follows it.
std::optional<PlaceEnd> place_end(std::string_view line) {
  std::size_t i = 0;
  std::size_t end = 0;
  std::size_t letters = 0;
  char32_t previous = U' ';  // U' ' at the start of a word
  while (i < line.size() && i < kMaxPlaceBytes) {
    if (const std::size_t space = space_length(line, i)) {
      i += space;  // spaces only count inside the place, not at its end
      previous = U' ';
      continue;
    }
    const utf8::CodePoint c = utf8::decode(line, i);
    if (previous == U' ') {                         // a word starts
      if (c.value == '-' || c.value == '.') break;  // "RIJN - Een brand"
      if (utf8::is_lower(c.value) && (end == 0 || !particle_at(line, i))) return std::nullopt;
    }
    if (utf8::is_letter(c.value)) {
      if (utf8::is_upper(c.value) && utf8::is_lower(previous)) return std::nullopt;
      ++letters;
    } else if (c.value != '\'' && c.value != U'\u2019' && c.value != '-' && c.value != '.') {
      break;
    }
    previous = c.value;
    i += c.length;
    end = i;
  }
  if (letters < 2 || i >= line.size() || (line[i] != '(' && dash_length(line, i) == 0)) {
    return std::nullopt;
  }
  return PlaceEnd{end, i};
}

// "DEN HAAG (ANP) - De Tweede Kamer ..." -> {"DEN HAAG", "ANP", "De Tweede Kamer ..."}, and
// so "Den Haag (ANP) - ...": a place (place_end), a credit in brackets and a dash. A place in
// capitals needs no credit before a spaced dash: "ALPHEN AAN DEN RIJN - Een brand ...".
std::optional<Dateline> parse_dateline(std::string_view line) {
  const std::optional<PlaceEnd> place = place_end(line);
  if (!place) return std::nullopt;
  const std::string_view name = line.substr(0, place->end);
  std::string_view agency;
  std::size_t j = place->next;
  if (line[j] == '(') {
    // Only look a short way for the ')': a long line without one must not cost a full scan.
    const std::size_t close = line.substr(0, j + kMaxAgencyBytes + 2).find(')', j);
    if (close == std::string_view::npos) return std::nullopt;
    agency = trim_spaces(line.substr(j + 1, close - j - 1));
    if (!is_agency(agency)) return std::nullopt;
    j = close + 1;
    while (const std::size_t n = space_length(line, j)) j += n;
  } else if (!utf8::is_all_upper(name) || j == place->end || char_count(name) < 3) {
    return std::nullopt;
  }
  const std::size_t dash = dash_length(line, j);
  if (dash == 0 || (agency.empty() && space_length(line, j + dash) == 0)) return std::nullopt;
  return Dateline{name, agency, trim_spaces(line.substr(j + dash))};
}

// A label the grammar does not know, glued to a dateline further on the line:
// "vorige weekBRUSSEL (ANP) - ..." -> label "vorige week" and that dateline.
struct LabelledDateline {
  std::string_view label;
  Dateline dateline;
};

std::optional<LabelledDateline> unknown_label_before_dateline(std::string_view line) {
  const std::size_t search_end = std::min(line.size(), kMaxLabelChars * 4);
  for (std::size_t start = 1; start < search_end; ++start) {
    const char c = line[start];
    const bool place_start = is_ascii_upper(c) || c == '\'' ||
                             non_ascii_capital_length(line, start) > 0 ||
                             line.substr(start).starts_with("\xE2\x80\x99");
    if (!place_start) continue;
    const auto dateline = parse_dateline(line.substr(start));
    if (!dateline) continue;
    const std::string_view label = trim_spaces(line.substr(0, start));
    if (!could_be_label(label)) return std::nullopt;
    return LabelledDateline{label, *dateline};
  }
  return std::nullopt;
}

// Lines without their outer spaces; blank lines are left out.
std::vector<std::string_view> non_blank_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = trim_spaces(text.substr(0, end));
    if (!line.empty()) lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

// ---- Warnings ----------------------------------------------------------------------------

// Keeps the first kMaxWarnings and counts the rest, so a broken 100 000-item page gives a
// readable list.
class Warnings {
 public:
  void add(std::string warning) {
    if (list_.size() < kMaxWarnings) {
      list_.push_back(std::move(warning));
    } else {
      ++left_out_;
    }
  }
  std::vector<std::string> take() {
    if (left_out_ > 0) list_.push_back(std::to_string(left_out_) + " more warning(s) left out");
    return std::move(list_);
  }

 private:
  std::vector<std::string> list_;
  std::size_t left_out_ = 0;
};

// ---- The lead ----------------------------------------------------------------------------

bool is_breadcrumb_separator(std::string_view token) {
  for (const std::string_view separator : {"|", ">", "/", "\xC2\xBB", "\xE2\x80\xBA"}) {  // » ›
    if (token == separator) return true;
  }
  return false;
}

// A site's breadcrumb trail above the headline: "Nieuws | Binnenland", "Home > Nieuws >
// Buitenland", "Sport › Voetbal". Parts of one or two words between separators, and a
// headline on the next line; "Live | Oorlog in Oekraine" is a headline.
bool is_breadcrumb(std::string_view line, std::string_view next) {
  if (!is_short_non_sentence(line, kMaxSubheadingChars)) return false;
  if (!is_short_non_sentence(next, kMaxSubheadingChars) || parse_dateline(next)) return false;
  std::size_t parts = 1;
  std::size_t words_in_part = 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != ' ') continue;
    const std::string_view rest = line.substr(i + 1);
    const std::string_view token = rest.substr(0, rest.find(' '));
    if (token.size() < rest.size() && is_breadcrumb_separator(token)) {
      ++parts;
      words_in_part = 1;
      i += token.size() + 1;  // to the space after it
    } else if (++words_in_part > 2) {
      return false;
    }
  }
  return parts > 1;
}

// The lead's first line of text as a dateline, bare or after its time label:
// "5 minuten geledenDEN HAAG (ANP) - ..." gives the lead that label.
std::optional<Dateline> dateline_after_label(std::string_view line, Story& lead) {
  const std::size_t label = lead.time_label.empty() ? known_label_prefix(line) : 0;
  const auto dateline = parse_dateline(trim_spaces(line.substr(label)));
  if (dateline && label > 0) {
    lead.time_label = line.substr(0, label);
    lead.age = parse_time_label(lead.time_label);
  }
  return dateline;
}

void read_lead(std::span<const std::string_view> lines, Page& page, Warnings& warnings) {
  if (lines.empty()) return;
  Story& lead = page.lead;
  std::size_t i = 0;
  if (!parse_dateline(lines[i])) lead.headline = lines[i++];
  for (; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    if (lead.time_label.empty() && known_label_prefix(line) == line.size()) {
      lead.time_label = line;
      lead.age = parse_time_label(line);
      continue;
    }
    if (lead.paragraphs.empty() && lead.place.empty()) {  // a subheading may come first
      if (const auto dateline = dateline_after_label(line, lead)) {
        lead.place = dateline->place;
        lead.agency = dateline->agency;
        if (!dateline->text.empty()) lead.paragraphs.emplace_back(dateline->text);
        continue;
      }
    }
    if (is_short_non_sentence(line, kMaxSubheadingChars)) {
      lead.subheadings.emplace_back(line);
    } else {
      lead.paragraphs.emplace_back(line);
    }
  }
  page.has_lead = !lead.paragraphs.empty();
  if (!page.has_lead) {
    warnings.add("no lead story: the page starts with " + utf8::quote(lines[0]) +
                 " but has no story text before the ticker");
  }
}

// ---- The ticker --------------------------------------------------------------------------

// Collects ticker items. An item is open from its first line until its time label; the
// label normally comes glued to the front of the next item's line.
class TickerReader {
 public:
  TickerReader(Page& page, Warnings& warnings) : page_(page), warnings_(warnings) {}

  void read(const std::vector<std::string_view>& lines, std::size_t first) {
    for (std::size_t i = first; i < lines.size(); ++i) {
      const bool last = i + 1 == lines.size();
      read_line(lines[i], last ? std::string_view{} : lines[i + 1]);
    }
    finish_item();
  }

 private:
  bool open_without_label() const { return item_.has_value() && !labelled_; }

  // Whether `line` begins a new item whatever came before it (or ends the page).
  static bool starts_item(std::string_view next_line) {
    return next_line.empty() || parse_dateline(next_line) || section_heading(next_line);
  }

  void read_line(std::string_view line, std::string_view next_line) {
    if (const auto section = section_heading(line)) {
      finish_item();
      warnings_.add("a second section heading " + utf8::quote(line) +
                    " was ignored; the items after it are read as part of the ticker");
      return;
    }
    if (const auto age = parse_time_label(line)) {
      set_label(line, age);
      return;
    }
    if (const std::size_t length = known_label_prefix(line)) {
      const std::string_view rest = trim_spaces(line.substr(length));
      if (can_start_story(rest)) {
        set_label(line.substr(0, length), parse_time_label(line.substr(0, length)));
        start_item_from(rest);
        return;
      }
    }
    if (parse_dateline(line)) {
      start_item_from(line);
      return;
    }
    if (const auto labelled = unknown_label_before_dateline(line)) {
      set_label(labelled->label, std::nullopt);
      start_item(labelled->dateline);
      return;
    }
    if (is_short_non_sentence(line, kMaxSubheadingChars)) {
      if (!open_without_label()) {
        warnings_.add("ignored the line " + utf8::quote(line) +
                      " in the ticker: it is not a story");
      } else if (starts_item(next_line) && could_be_label(line)) {
        set_label(line, std::nullopt);
      } else {
        item_->subheadings.emplace_back(line);
      }
      return;
    }
    if (open_without_label()) {
      item_->paragraphs.emplace_back(line);  // the item goes on over several lines
    } else {
      start_item(line);
    }
  }

  // A new item from its first line, with or without a dateline.
  void start_item_from(std::string_view line) {
    if (const auto dateline = parse_dateline(line)) {
      start_item(*dateline);
    } else {
      start_item(line);
    }
  }

  void start_item(const Dateline& dateline) {
    start_item(dateline.text);
    item_->place = dateline.place;
    item_->agency = dateline.agency;
  }

  void start_item(std::string_view text) {
    finish_item();
    item_.emplace();
    labelled_ = false;
    if (!text.empty()) item_->paragraphs.emplace_back(text);
  }

  // `age` is what the label says, nullopt for a label the grammar does not know.
  void set_label(std::string_view label, std::optional<TimeLabel> age) {
    if (!item_) {
      warnings_.add("time label " + utf8::quote(label) +
                    " before the first ticker item was ignored");
    } else if (labelled_) {
      warnings_.add(describe_item() + " has a second time label " + utf8::quote(label) +
                    ", which was ignored");
    } else {
      item_->time_label = label;
      item_->age = age;
      labelled_ = true;
      if (!age) {
        warnings_.add("unknown time label " + utf8::quote(label) + " on " + describe_item() +
                      ", kept as written");
      }
    }
  }

  void finish_item() {
    if (!item_) return;
    if (!labelled_) warnings_.add(describe_item() + " has no time label");
    if (item_->paragraphs.empty()) {
      warnings_.add(describe_item() + " has no text and was left out");
    } else {
      item_->page_position = page_.ticker.size() + 1;
      page_.ticker.push_back(std::move(*item_));
    }
    item_.reset();
  }

  // "ticker item 3 (BRUSSEL)"; the number is the page_position the open item gets.
  std::string describe_item() const {
    std::string text = "ticker item " + std::to_string(page_.ticker.size() + 1);
    if (item_ && !item_->place.empty()) text += " (" + item_->place + ")";
    return text;
  }

  Page& page_;
  Warnings& warnings_;
  std::optional<Story> item_;
  bool labelled_ = false;
};

// On a page without a "Meer uit ..." heading, where the ticker starts: the first line after
// some of the lead's text (its dateline line counts; its headline and a time label do not)
// that opens a story with a dateline, bare ("UTRECHT (ANP) - ...") or after a known time label
// ("5 minuten geledenUTRECHT (ANP) - ..."). None: the page is one story.
std::optional<std::size_t> ticker_without_heading(const std::vector<std::string_view>& lines) {
  bool lead_text = !lines.empty() && parse_dateline(lines[0]);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::size_t label = known_label_prefix(lines[i]);
    if (label == lines[i].size()) continue;  // a time label of its own
    if (lead_text && parse_dateline(trim_spaces(lines[i].substr(label)))) return i;
    lead_text = true;
  }
  return std::nullopt;
}

}  // namespace

Page parse_page(std::string_view utf8_text) {
  std::vector<std::string_view> lines = non_blank_lines(utf8_text);
  Page page;
  Warnings warnings;
  std::size_t trail = 0;
  for (; trail + 1 < lines.size() && is_breadcrumb(lines[trail], lines[trail + 1]); ++trail) {
    warnings.add("left out " + utf8::quote(lines[trail]) +
                 " above the headline: a breadcrumb trail");
  }
  lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(trail));

  std::size_t heading = 0;
  while (heading < lines.size() && !section_heading(lines[heading])) ++heading;
  if (heading < lines.size()) {
    read_lead(std::span(lines).first(heading), page, warnings);
    page.section = *section_heading(lines[heading]);
    TickerReader(page, warnings).read(lines, heading + 1);
  } else if (const std::optional<std::size_t> ticker = ticker_without_heading(lines)) {
    read_lead(std::span(lines).first(*ticker), page, warnings);
    // A label glued to the ticker's first dateline follows the lead: it is the lead's.
    std::vector<std::string_view> rest(lines.begin() + static_cast<std::ptrdiff_t>(*ticker),
                                       lines.end());
    if (const std::size_t label = known_label_prefix(rest[0])) {
      if (page.lead.time_label.empty()) {
        page.lead.time_label = rest[0].substr(0, label);
        page.lead.age = parse_time_label(page.lead.time_label);
      }
      rest[0] = trim_spaces(rest[0].substr(label));
    }
    warnings.add("no 'Meer uit ...' heading: the ticker was taken to start at " +
                 utf8::quote(rest[0]));
    TickerReader(page, warnings).read(rest, 0);
  } else {
    read_lead(lines, page, warnings);
  }
  page.warnings = warnings.take();
  return page;
}

void split_dateline(Story& story) {
  if (story.paragraphs.empty()) return;
  const Page line = parse_page(story.paragraphs.front());
  if (!line.lead.headline.empty() || line.lead.place.empty()) return;
  story.place = line.lead.place;
  story.agency = line.lead.agency;
  if (line.lead.paragraphs.empty()) {
    story.paragraphs.erase(story.paragraphs.begin());
  } else {
    story.paragraphs.front() = line.lead.paragraphs.front();
  }
}

}  // namespace nieuwslezer
