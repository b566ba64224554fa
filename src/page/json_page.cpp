#include "page/json_page.h"

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/dates.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "errors.h"
#include "page/page_parser.h"
#include "page/unwanted_characters.h"

namespace nieuwslezer {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxWarnings = 20;  // more would drown the useful ones

constexpr std::array<std::string_view, 7> kStoryKeys{"headline",  "text",       "place", "agency",
                                                     "published", "time_label", "lead"};

// "een\n\ntwee\n" -> {"een", "twee"}.
void add_lines(std::string_view text, std::vector<std::string>& paragraphs) {
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = trim(text.substr(0, end));
    if (!line.empty()) paragraphs.emplace_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

// A field of the wrong type: the story is left out, since its data cannot be trusted.
struct WrongType {
  std::string problem;  // "'headline' is a number, not a string"
};

std::string wrong_type(std::string_view key, const json& value, std::string_view expected) {
  return "'" + std::string(key) + "' is " + (value.is_array() || value.is_object() ? "an " : "a ") +
         value.type_name() + ", not " + std::string(expected);
}

// value[key] as a string; nullopt when absent or null.
std::optional<std::string> string_field(const json& story, std::string_view key) {
  const auto found = story.find(key);
  if (found == story.end() || found->is_null()) return std::nullopt;
  if (!found->is_string()) throw WrongType{wrong_type(key, *found, "a string")};
  return std::string(trim(found->get_ref<const std::string&>()));
}

class JsonReader {
 public:
  Page read(const json& document) {
    const json* stories = &document;
    if (document.is_object()) {
      for (const auto& [key, value] : document.items()) {
        if (key != "section" && key != "stories") warn("unknown key '" + key + "' ignored");
      }
      const auto section = document.find("section");
      if (section != document.end() && section->is_string()) {
        page_.section = trim(section->get_ref<const std::string&>());
      } else if (section != document.end() && !section->is_null()) {
        warn(wrong_type("section", *section, "a string") + "; ignored");
      }
      const auto list = document.find("stories");
      if (list == document.end() || !list->is_array()) {
        throw InputError(
            "is JSON but not a list of stories (expected an array, or an object with "
            "\"stories\": [...])");
      }
      stories = &*list;
    } else if (!document.is_array()) {
      throw InputError(
          "is JSON but not a list of stories (expected an array, or an object with "
          "\"stories\": [...])");
    }
    std::size_t number = 0;
    for (const json& story : *stories) read_story(story, ++number);
    if (number == 0) warn("the document has no stories");
    if (left_out_ > 0) warnings_.push_back(std::to_string(left_out_) + " more warning(s) left out");
    page_.warnings = std::move(warnings_);
    return std::move(page_);
  }

 private:
  void warn(std::string warning) {
    if (warnings_.size() < kMaxWarnings) {
      warnings_.push_back(std::move(warning));
    } else {
      ++left_out_;
    }
  }

  void read_story(const json& value, std::size_t number) {
    std::string name = "story " + std::to_string(number);
    if (!value.is_object()) {
      warn(name + " is " + (value.is_array() || value.is_object() ? "an " : "a ") +
           value.type_name() + ", not an object; it was left out");
      return;
    }
    Story story;
    bool lead = false;
    try {
      story.headline = string_field(value, "headline").value_or("");
      if (!story.headline.empty()) name += " (" + utf8::quote(story.headline) + ")";
      for (const auto& [key, field] : value.items()) {
        bool known = false;
        for (const std::string_view story_key : kStoryKeys) known = known || key == story_key;
        if (!known) warn(name + ": unknown key '" + key + "' ignored");
      }
      read_text(value, story);
      story.place = string_field(value, "place").value_or("");
      story.agency = string_field(value, "agency").value_or("");
      story.time_label = string_field(value, "time_label").value_or("");
      story.age = parse_time_label(story.time_label);
      const auto flag = value.find("lead");
      if (flag != value.end() && !flag->is_null()) {
        if (!flag->is_boolean()) throw WrongType{wrong_type("lead", *flag, "true or false")};
        lead = flag->get<bool>();
      }
      if (const auto published = string_field(value, "published")) {
        story.published = parse_published_time(*published);
        if (!story.published) {
          warn(name + ": 'published' " + utf8::quote(*published) +
               " is not an ISO 8601 time with an offset (such as 2026-11-28T07:45:00+01:00); "
               "kept without time");
        }
      }
    } catch (const WrongType& error) {
      warn(name + ": " + error.problem + "; the story was left out");
      return;
    }
    if (story.place.empty()) split_dateline(story);
    if (story.paragraphs.empty()) {
      warn(name + " has no text and was left out");
      return;
    }
    if (lead && page_.has_lead) {
      warn(name + " is a second lead story; it is read as a ticker item");
      lead = false;
    }
    if (lead) {
      page_.has_lead = true;
      story.page_position = 0;
      page_.lead = std::move(story);
    } else {
      story.page_position = page_.ticker.size() + 1;
      page_.ticker.push_back(std::move(story));
    }
  }

  // "text": a string (split at line ends) or an array of strings, one per paragraph.
  static void read_text(const json& value, Story& story) {
    const auto text = value.find("text");
    if (text == value.end() || text->is_null()) return;
    if (text->is_string()) {
      add_lines(text->get_ref<const std::string&>(), story.paragraphs);
    } else if (text->is_array()) {
      for (const json& paragraph : *text) {
        if (!paragraph.is_string()) {
          throw WrongType{"'text' holds " + std::string(paragraph.type_name()) +
                          " values; it must be a string or an array of strings"};
        }
        add_lines(paragraph.get_ref<const std::string&>(), story.paragraphs);
      }
    } else {
      throw WrongType{wrong_type("text", *text, "a string or an array of strings")};
    }
  }

  Page page_;
  std::vector<std::string> warnings_;
  std::size_t left_out_ = 0;
};

}  // namespace

Page parse_json_page(std::string_view utf8_json) {
  json document;
  try {
    document = json::parse(utf8_json.begin(), utf8_json.end());
  } catch (const json::exception& error) {
    // "[json.exception.parse_error.101] parse error at line 3, ..." -> "parse error at ...";
    // a number too large for a double is an out_of_range: "number overflow parsing '1e400'".
    std::string_view message = error.what();
    if (message.starts_with("[json.exception.")) {
      const std::size_t end = message.find("] ");
      if (end != std::string_view::npos) message.remove_prefix(end + 2);
    }
    throw InputError("is not valid JSON: " + std::string(message));
  }
  return without_unwanted_characters(JsonReader().read(document));
}

}  // namespace nieuwslezer
