#include "output/podcast_feed.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <pugixml.hpp>
#include <sstream>

#include "base/utf8.h"
#include "errors.h"

namespace nieuwslezer {
namespace {

constexpr const char* kItunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
constexpr const char* kPodcast = "https://podcastindex.org/namespace/1.0";
constexpr const char* kAtom = "http://www.w3.org/2005/Atom";

void add_text(pugi::xml_node parent, const char* name, const std::string& text) {
  parent.append_child(name).text().set(text.c_str());
}

// A new element of the channel, before its items so the channel's own come first.
pugi::xml_node new_channel_element(pugi::xml_node channel, const char* name) {
  const pugi::xml_node first_item = channel.child("item");
  return first_item ? channel.insert_child_before(name, first_item) : channel.append_child(name);
}

// The channel's first element `name`, made when there is none.
pugi::xml_node child_or_new(pugi::xml_node channel, const char* name) {
  pugi::xml_node child = channel.child(name);
  return child ? child : new_channel_element(channel, name);
}

void set_attribute(pugi::xml_node node, const char* name, const std::string& value) {
  pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) attribute = node.append_attribute(name);
  attribute.set_value(value.c_str());
}

// Sets the text of the channel's element `name` when a value is given, replacing the old one.
void replace_text(pugi::xml_node channel, const char* name, const std::string& text) {
  if (text.empty()) return;
  pugi::xml_node node = child_or_new(channel, name);
  node.remove_children();
  node.text().set(text.c_str());
}

// A new, empty feed: the declaration and <rss version="2.0"><channel/>.
void start_feed(pugi::xml_document& document) {
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  auto rss = document.append_child("rss");
  rss.append_attribute("version") = "2.0";
  rss.append_child("channel");
}

void load_feed(pugi::xml_document& document, std::string_view existing) {
  if (existing.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw InputError("is empty, not an RSS 2.0 feed (its episodes would be lost)");
  }
  const pugi::xml_parse_result parsed = document.load_buffer(
      existing.data(), existing.size(), pugi::parse_default | pugi::parse_declaration);
  if (!parsed) {
    throw InputError(std::string("is not an RSS 2.0 feed: ") + parsed.description() + " at byte " +
                     std::to_string(parsed.offset));
  }
  if (!document.child("rss").child("channel")) {
    throw InputError("is not an RSS 2.0 feed: no <rss><channel>");
  }
}

// The channel's elements: those of a created feed only where missing, the podcast apps'
// ones from `channel` on every run.
void describe_channel(pugi::xml_node rss, const PodcastChannel& channel) {
  set_attribute(rss, "xmlns:itunes", kItunes);
  set_attribute(rss, "xmlns:podcast", kPodcast);
  set_attribute(rss, "xmlns:atom", kAtom);
  pugi::xml_node feed = rss.child("channel");
  for (const auto& [name, text] : {std::pair{"title", &channel.title},
                                   {"link", &channel.link},
                                   {"description", &channel.description},
                                   {"language", &channel.language}}) {
    if (*feed.child_value(name) == '\0') child_or_new(feed, name).text().set(text->c_str());
  }
  if (!channel.self_url.empty()) {
    pugi::xml_node self = feed.find_child_by_attribute("atom:link", "rel", "self");
    if (!self) self = new_channel_element(feed, "atom:link");
    set_attribute(self, "href", channel.self_url);
    set_attribute(self, "rel", "self");
    set_attribute(self, "type", "application/rss+xml");
  }
  replace_text(feed, "itunes:author", channel.author);
  if (!channel.owner_name.empty() || !channel.owner_email.empty()) {
    feed.remove_child("itunes:owner");
    pugi::xml_node owner = new_channel_element(feed, "itunes:owner");
    if (!channel.owner_name.empty()) add_text(owner, "itunes:name", channel.owner_name);
    if (!channel.owner_email.empty()) add_text(owner, "itunes:email", channel.owner_email);
  }
  if (!channel.image.empty())
    set_attribute(child_or_new(feed, "itunes:image"), "href", channel.image);
  if (!channel.category.empty()) {
    while (feed.remove_child("itunes:category")) {
    }
    pugi::xml_node category = new_channel_element(feed, "itunes:category");
    category.append_attribute("text") = channel.category.c_str();
    if (!channel.subcategory.empty()) {
      category.append_child("itunes:category").append_attribute("text") =
          channel.subcategory.c_str();
    }
  }
  replace_text(feed, "itunes:explicit", channel.explicit_content ? "true" : "false");
}

// `episode` as the feed's first item, in place of one with its GUID or its audio URL: a
// retry of the 08:00 run at 08:03 replaced the file at that URL, so the item the first run
// added would describe (length, duration) a file that is no longer there.
void add_item(pugi::xml_node feed, const PodcastEpisode& episode) {
  for (pugi::xml_node item = feed.child("item"); item;) {
    const pugi::xml_node next = item.next_sibling("item");
    if (episode.guid == item.child_value("guid") ||
        episode.url == item.child("enclosure").attribute("url").value()) {
      feed.remove_child(item);
    }
    item = next;
  }
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
  if (!episode.transcript_url.empty()) {
    auto transcript = item.append_child("podcast:transcript");
    transcript.append_attribute("url") = episode.transcript_url.c_str();
    transcript.append_attribute("type") = "text/vtt";
    transcript.append_attribute("rel") = "captions";
  }
  if (!episode.chapters_url.empty()) {
    auto chapters = item.append_child("podcast:chapters");
    chapters.append_attribute("url") = episode.chapters_url.c_str();
    chapters.append_attribute("type") = "application/json+chapters";
  }
}

// Every text and attribute of the tree as XML 1.0 allows it (see xml_text).
void clean_characters(pugi::xml_node node) {
  for (pugi::xml_attribute attribute : node.attributes()) {
    attribute.set_value(xml_text(attribute.value()).c_str());
  }
  if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata ||
      node.type() == pugi::node_comment) {
    node.set_value(xml_text(node.value()).c_str());
  }
  for (pugi::xml_node child : node.children()) clean_characters(child);
}

bool allowed_in_xml(char32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return true;
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return false;
  return cp != 0xFFFE && cp != 0xFFFF;
}

}  // namespace

std::string xml_text(std::string_view text) {
  const std::string valid = utf8::replace_invalid(text);
  std::string out;
  out.reserve(valid.size());
  for (std::size_t pos = 0; pos < valid.size();) {
    const utf8::CodePoint cp = utf8::decode(valid, pos);
    if (cp.value == '\f' || cp.value == '\v') {
      out += ' ';
    } else if (allowed_in_xml(cp.value)) {
      out.append(valid, pos, cp.length);
    }
    pos += cp.length;
  }
  return out;
}

std::string percent_encode(std::string_view name) {
  std::string out;
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) && byte < 0x80) {
      out += c;
    } else if (c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", byte);
      out += buffer;
    }
  }
  return out;
}

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

void check_podcast_feed(std::string_view existing) {
  pugi::xml_document document;
  load_feed(document, existing);
}

std::string add_podcast_episode(std::string_view existing, const PodcastEpisode& episode,
                                const PodcastChannel& channel, std::size_t keep) {
  pugi::xml_document document;
  if (existing.empty()) {
    start_feed(document);
  } else {
    load_feed(document, existing);
  }
  pugi::xml_node rss = document.child("rss");
  describe_channel(rss, channel);
  pugi::xml_node feed = rss.child("channel");
  add_item(feed, episode);
  std::size_t count = 0;
  for (pugi::xml_node node = feed.child("item"); node;) {
    const pugi::xml_node next = node.next_sibling("item");
    if (++count > keep) feed.remove_child(node);
    node = next;
  }
  feed.remove_child("lastBuildDate");
  new_channel_element(feed, "lastBuildDate").text().set(episode.pub_date.c_str());
  clean_characters(document);
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace nieuwslezer
