#pragma once
// The podcast feed: an RSS 2.0 document that each bulletin adds itself to, with the
// elements Apple Podcasts, Spotify and Podcasting 2.0 apps read (itunes:, podcast:, atom:).

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
  std::string transcript_url;  // the WebVTT captions (podcast:transcript); empty: none
  std::string chapters_url;    // the JSON chapters (podcast:chapters); empty: none
};

struct PodcastChannel {
  // Used only when the feed is created (or lacks them, or they are empty): an edited feed
  // keeps its own.
  std::string title;        // the programme: "Nieuws van Radio Zuid"
  std::string link;         // the base URL
  std::string description;  // "Het nieuws, voorgelezen door nieuwslezer"
  std::string language = "nl";
  // Set on every run, so the options win over what the feed said; empty: left as it is.
  std::string self_url;           // the feed's own URL: atom:link rel="self"
  std::string author;             // itunes:author
  std::string owner_name;         // itunes:owner/itunes:name
  std::string owner_email;        // itunes:owner/itunes:email
  std::string image;              // itunes:image href, a JPEG or PNG URL
  std::string category;           // itunes:category text, from Apple's list: "News"
  std::string subcategory;        // its nested itunes:category: "Daily News"; empty: none
  bool explicit_content = false;  // itunes:explicit "true" / "false"
};

/// The feed `existing` (empty: a new feed is made from `channel`) with `episode` added as its
/// newest item and only the newest `keep` items kept; an item with the same GUID is replaced.
/// Every earlier item keeps its elements, attributes and text (the file is re-indented). Items
/// carry title, description, enclosure (url, length, type), guid (isPermaLink="false"), pubDate,
/// itunes:duration (HH:MM:SS) and, when given, podcast:transcript (text/vtt) and
/// podcast:chapters (application/json+chapters). No character XML 1.0 forbids is written, not
/// even one an earlier item held (see xml_text). Throws InputError "is not an RSS 2.0 feed: ..."
/// when `existing` is not one, so a broken feed is never overwritten.
std::string add_podcast_episode(std::string_view existing, const PodcastEpisode& episode,
                                const PodcastChannel& channel, std::size_t keep);

/// Throws InputError "is not an RSS 2.0 feed: ..." (or "is empty") unless `existing` is one
/// that add_podcast_episode can add to. For checking a feed before any output is written.
void check_podcast_feed(std::string_view existing);

/// Text that XML 1.0 allows: invalid UTF-8 becomes U+FFFD, form feed and vertical tab become
/// a space, other C0 and C1 controls, DEL, U+FFFE and U+FFFF are left out.
/// "a\x1b[1mb\fc" -> "a[1mb c".
std::string xml_text(std::string_view text);

/// A file name as one URL path segment, percent-encoded (RFC 3986: all but A-Z a-z 0-9 - . _ ~):
/// "nieuws 08 é.mp3" -> "nieuws%2008%20%C3%A9.mp3".
std::string percent_encode(std::string_view name);

/// 2026-11-28T07:00:00Z as seconds since the epoch -> "Sat, 28 Nov 2026 07:00:00 GMT".
std::string rfc822_time(long long unix_seconds);

/// 3723.4 -> "01:02:03".
std::string itunes_duration(double seconds);

}  // namespace nieuwslezer
