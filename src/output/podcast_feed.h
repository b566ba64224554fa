#pragma once
// The podcast feed: an RSS 2.0 document that each bulletin adds itself to.

#include <cstdint>
#include <string>
#include <string_view>

namespace nieuwslezer {

struct PodcastEpisode {
  std::string title;        // "Nieuws van 8 uur, 28 november 2026"
  std::string url;          // where the audio will be served: "https://example.org/nieuws-0800.mp3"
  std::string mime_type;    // "audio/mpeg"
  std::uint64_t bytes = 0;  // the audio file's length
  double seconds = 0;       // its duration
  std::string guid;         // unique and stable: "nieuwslezer-2026-11-28T08:00:00+01:00"
  std::string pub_date;     // RFC 822: "Sat, 28 Nov 2026 07:00:00 GMT"
  std::string description;  // the bulletin's headlines
};

struct PodcastChannel {
  std::string title = "Nieuws";  // used only when the feed is created
  std::string link;              // the base URL
  std::string description = "Het nieuws, voorgelezen door nieuwslezer";
  std::string language = "nl";
};

/// The feed `existing` (empty: a new feed is made from `channel`) with `episode` added as its
/// newest item and only the newest `keep` items kept; an item with the same GUID is replaced.
/// Every earlier item keeps its elements, attributes and text (the file is re-indented). Items
/// carry title, description, enclosure (url, length, type), guid (isPermaLink="false"), pubDate and
/// itunes:duration (HH:MM:SS). Throws InputError "is not an RSS 2.0 feed: ..." when `existing`
/// is not one, so a broken feed is never overwritten.
std::string add_podcast_episode(std::string_view existing, const PodcastEpisode& episode,
                                const PodcastChannel& channel, std::size_t keep);

/// 2026-11-28T07:00:00Z as seconds since the epoch -> "Sat, 28 Nov 2026 07:00:00 GMT".
std::string rfc822_time(long long unix_seconds);

/// 3723.4 -> "01:02:03".
std::string itunes_duration(double seconds);

}  // namespace nieuwslezer
