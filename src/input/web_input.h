#pragma once
// An input from the web: a page or feed URL fetched, conditionally when a cache holds it.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nieuwslezer {

/// How inputs from the web are fetched (--timeout, --cache).
struct WebSettings {
  std::chrono::seconds timeout{20};            // each URL's whole transfer
  std::optional<std::filesystem::path> cache;  // nothing is written without one
};

/// What a URL gave: its body and when it was made, as far as the server says.
struct WebInput {
  std::string bytes;  // the body (a 304: the cached body)
  // Its Last-Modified header (when not later than the response), else its Date header, else
  // the time of fetch; for a 304 the time the cached body had.
  std::chrono::sys_seconds sent_at;
  std::string sent_at_source;  // "HTTP Last-Modified header", "HTTP Date header", "time of fetch"
  std::vector<std::string> notes;     // for the info log: "fetched: HTTP 200, 5120 bytes"
  std::vector<std::string> warnings;  // a broken cache entry, a cache that cannot be written
};

/// Whether an input names a URL we fetch: "http://..." or "https://..." (any case of the
/// scheme); "page.txt", "-" and "ftp://..." are not.
bool is_web_url(std::string_view input);

/// GETs `url` (http_get's limits: --timeout, 64 MiB, redirects to http(s) only). With a
/// cache, an entry of the URL makes the request conditional (If-None-Match and
/// If-Modified-Since from its ETag and Last-Modified); a 304 gives the cached body, and a 200
/// replaces the entry. A broken entry is a warning, and the URL is fetched whole; so is a
/// cache that cannot be written (the bulletin does not need it). Throws InputError naming
/// the URL (http_get's errors).
WebInput fetch_web_input(const std::string& url, const WebSettings& settings);

}  // namespace nieuwslezer
