#include "output/podcast_feed.h"

#include <cmath>
#include <ctime>
#include <pugixml.hpp>
#include <sstream>
#include <vector>

#include "errors.h"

namespace nieuwslezer {
namespace {

constexpr const char* kItunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";

void add_text(pugi::xml_node parent, const char* name, const std::string& text) {
  parent.append_child(name).text().set(text.c_str());
}

}  // namespace

std::string rfc822_time(long long unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm fields{};
  gmtime_r(&t, &fields);
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[fields.tm_wday],
                fields.tm_mday, kMonths[fields.tm_mon], fields.tm_year + 1900, fields.tm_hour,
                fields.tm_min, fields.tm_sec);
  return buffer;
}

std::string itunes_duration(double seconds) {
  const long long total = std::llround(std::max(0.0, seconds));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld", total / 3600, total / 60 % 60,
                total % 60);
  return buffer;
}

std::string add_podcast_episode(std::string_view existing, const PodcastEpisode& episode,
                                const PodcastChannel& channel, std::size_t keep) {
  pugi::xml_document document;
  if (existing.find_first_not_of(" \t\r\n") != std::string_view::npos) {
    const pugi::xml_parse_result parsed = document.load_buffer(
        existing.data(), existing.size(), pugi::parse_default | pugi::parse_declaration);
    if (!parsed) {
      throw InputError(std::string("is not an RSS 2.0 feed: ") + parsed.description() +
                       " at byte " + std::to_string(parsed.offset));
    }
    if (!document.child("rss").child("channel")) {
      throw InputError("is not an RSS 2.0 feed: no <rss><channel>");
    }
  } else {
    auto declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    auto rss = document.append_child("rss");
    rss.append_attribute("version") = "2.0";
    rss.append_attribute("xmlns:itunes") = kItunes;
    auto created = rss.append_child("channel");
    add_text(created, "title", channel.title);
    add_text(created, "link", channel.link);
    add_text(created, "description", channel.description);
    add_text(created, "language", channel.language);
  }
  pugi::xml_node rss = document.child("rss");
  if (!rss.attribute("xmlns:itunes")) rss.append_attribute("xmlns:itunes") = kItunes;
  pugi::xml_node feed = rss.child("channel");

  // Replace an item with the same GUID (a re-run of the same slot).
  for (pugi::xml_node item = feed.child("item"); item;) {
    const pugi::xml_node next = item.next_sibling("item");
    if (episode.guid == item.child_value("guid")) feed.remove_child(item);
    item = next;
  }
  // The newest item goes before the first existing one.
  pugi::xml_node first = feed.child("item");
  pugi::xml_node item = first ? feed.insert_child_before("item", first) : feed.append_child("item");
  add_text(item, "title", episode.title);
  if (!episode.description.empty()) add_text(item, "description", episode.description);
  auto enclosure = item.append_child("enclosure");
  enclosure.append_attribute("url") = episode.url.c_str();
  enclosure.append_attribute("length") = std::to_string(episode.bytes).c_str();
  enclosure.append_attribute("type") = episode.mime_type.c_str();
  auto guid = item.append_child("guid");
  guid.append_attribute("isPermaLink") = "false";
  guid.text().set(episode.guid.c_str());
  add_text(item, "pubDate", episode.pub_date);
  add_text(item, "itunes:duration", itunes_duration(episode.seconds));

  std::size_t count = 0;
  for (pugi::xml_node node = feed.child("item"); node;) {
    const pugi::xml_node next = node.next_sibling("item");
    if (++count > keep) feed.remove_child(node);
    node = next;
  }
  feed.remove_child("lastBuildDate");
  add_text(feed, "lastBuildDate", episode.pub_date);
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace nieuwslezer
