#pragma once
// The cache of inputs from the web: per URL its last body and what a conditional GET needs.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace nieuwslezer {

/// One cached response: the URL it is of, its validators (ETag, Last-Modified), when its
/// body was sent (what a 304 later gives as the time of the unchanged body) and the body.
struct CacheEntry {
  std::string url;
  std::string etag;           // "" when the server sent none
  std::string last_modified;  // "" when the server sent none
  std::chrono::sys_seconds sent_at{};
  std::string sent_at_source;  // "HTTP Last-Modified header", "HTTP Date header", ...
  std::string body;
};

/// What reading an entry gave: the entry, or nothing (no file: `problem` is empty; a broken
/// or foreign file: `problem` says what is wrong with it).
struct CacheRead {
  std::optional<CacheEntry> entry;
  std::string problem;  // "cache/3f2a9c0d1e5b7a64.http: its body is cut short"
};

/// The file of `url` in `dir`: "https://example.org/rss.xml" -> dir/"<16 hex digits>.http",
/// the digits a 64-bit FNV-1a hash of the URL (the URL is in the file as well).
std::filesystem::path cache_file(const std::filesystem::path& dir, std::string_view url);

/// The entry of `url` in `dir`. Never throws: a file that cannot be read, has a broken
/// header, another URL or a body of another length is `problem`, for a refetch.
CacheRead read_cache_entry(const std::filesystem::path& dir, std::string_view url);

/// Writes `entry` to its file in `dir` (made when missing), atomically (write_output): a
/// reader sees the old entry or the new one. Throws OutputError naming the file.
void write_cache_entry(const std::filesystem::path& dir, const CacheEntry& entry);

}  // namespace nieuwslezer
