#include "script/phrases.h"

#include <algorithm>
#include <array>

#include "base/strings.h"
#include "errors.h"

namespace nieuwslezer {
namespace {

// Rounds to the nearest 5 minutes, carrying into the hour: 07:58 -> 08:00.
std::pair<int, int> rounded(int hour, int minute) {
  int total = ((hour * 60 + minute + 2) / 5) * 5;
  total %= 24 * 60;
  return {total / 60, total % 60};
}

void check_variables(std::string_view text, std::string_view key, std::string_view source_name,
                     std::initializer_list<std::string_view> allowed) {
  for (std::size_t open = text.find('{'); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    const std::string_view name = close == std::string_view::npos
                                      ? text.substr(open)
                                      : text.substr(open + 1, close - open - 1);
    bool known = false;
    for (std::string_view candidate : allowed) known = known || candidate == name;
    if (!known) {
      throw InputError(std::string(source_name) + ": '" + std::string(key) +
                       "' uses unknown variable {" + std::string(name) + "}");
    }
  }
}

}  // namespace

Phrases parse_phrases(const KeyValues& values, std::string_view source_name) {
  Phrases phrases;
  const std::string source(source_name);
  const auto text = [&](std::string_view key, std::initializer_list<std::string_view> allowed) {
    const std::string& value = required_value(values, key, source_name);
    check_variables(value, key, source_name, allowed);
    return value;
  };
  phrases.opening = text("opening", {"greeting", "clock", "section", "station", "date"});
  phrases.transition = text("transition", {"greeting", "clock", "section", "station", "date"});
  phrases.closing = text("closing", {"greeting", "clock", "section", "station", "date"});
  const std::string& datelines = values.contains("dateline") ? text("dateline", {"place"}) : "";
  for (std::size_t start = 0; start < datelines.size();) {
    std::size_t bar = datelines.find('|', start);
    if (bar == std::string::npos) bar = datelines.size();
    const std::string phrasing(trim(std::string_view(datelines).substr(start, bar - start), " "));
    if (!phrasing.empty()) phrases.datelines.push_back(phrasing);
    start = bar + 1;
  }
  phrases.title = text("title", {"hour_number", "day", "month", "year"});
  phrases.page = {text("page.listen_from", {"time"}), text("page.download_audio", {}),
                  text("page.download_captions", {}), text("page.captions_label", {}),
                  text("page.no_audio_player", {}),   text("page.transcript", {})};
  phrases.names = {text("name.programme", {}), text("name.programme_of", {"station"}),
                   text("name.podcast_description", {}), text("name.intro", {}),
                   text("name.outro", {})};

  const std::string& hours = required_value(values, "hours", source_name);
  for (std::size_t start = 0; start <= hours.size();) {
    std::size_t comma = hours.find(',', start);
    if (comma == std::string::npos) comma = hours.size();
    phrases.hours.emplace_back(trim(std::string_view(hours).substr(start, comma - start), " "));
    start = comma + 1;
  }
  if (phrases.hours.size() != 12 ||
      std::any_of(phrases.hours.begin(), phrases.hours.end(), [](auto& h) { return h.empty(); })) {
    throw InputError(source + ": 'hours' must list 12 names, twaalf to elf");
  }
  for (int minute = 0; minute < 60; minute += 5) {
    phrases.clock[minute] = text("clock." + std::to_string(minute), {"hour", "next"});
  }
  for (int hour = 0; hour < 24; ++hour) {
    const auto found = values.find("greeting." + std::to_string(hour));
    if (found != values.end()) phrases.greetings[hour] = found->second;
  }
  if (!phrases.greetings.contains(0)) {
    throw InputError(source + ": missing key 'greeting.0' (the greeting from midnight on)");
  }
  return phrases;
}

Phrases load_phrases(const std::filesystem::path& file) {
  try {
    return parse_phrases(load_key_values(file), file.string());
  } catch (const InputError& error) {
    throw DataError(error.what());  // the program's own data: an installation problem
  }
}

std::string fill_template(std::string_view text, const std::map<std::string, std::string>& vars) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t open = text.find('{', pos);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(text, pos, open - pos);
    const auto found = vars.find(std::string(text.substr(open + 1, close - open - 1)));
    if (found != vars.end()) {
      out += found->second;
    } else {
      out.append(text, open, close - open + 1);
    }
    pos = close + 1;
  }
  out.append(text.substr(std::min(pos, text.size())));
  return out;
}

std::string clock_phrase(const Phrases& phrases, int hour, int minute) {
  const auto [h, m] = rounded(hour, minute);
  return fill_template(phrases.clock.at(m),
                       {{"hour", phrases.hours.at(static_cast<std::size_t>(h % 12))},
                        {"next", phrases.hours.at(static_cast<std::size_t>((h + 1) % 12))}});
}

std::string bulletin_title(const Phrases& phrases, const CivilTime& air_time,
                           const std::array<std::string, 13>& month_names) {
  return fill_template(phrases.title,
                       {{"hour_number", std::to_string(air_time.hour)},
                        {"day", std::to_string(air_time.day)},
                        {"month", month_names.at(static_cast<std::size_t>(air_time.month))},
                        {"year", std::to_string(air_time.year)}});
}

std::string greeting(const Phrases& phrases, int hour, int minute) {
  const int h = rounded(hour, minute).first;
  return std::prev(phrases.greetings.upper_bound(h))->second;
}

std::string programme_name(const Phrases& phrases, const std::string& station) {
  if (station.empty()) return phrases.names.programme;
  return fill_template(phrases.names.programme_of, {{"station", station}});
}

}  // namespace nieuwslezer
