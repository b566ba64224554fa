#pragma once
// The one file that speaks HTTP (libcurl): a GET with limits, conditional when asked.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace nieuwslezer {

/// Redirects followed at most (a loop or a chain longer than this is bad input).
inline constexpr long kMaxRedirects = 8;

struct HttpRequest {
  std::string url;                           // http:// or https://
  std::chrono::seconds timeout{20};          // the whole transfer, redirects included
  std::size_t max_bytes = 64 * 1024 * 1024;  // a longer body aborts the transfer
  std::string if_none_match;                 // an ETag to send as If-None-Match ("": none)
  std::string if_modified_since;             // a Last-Modified to send back ("": none)
};

struct HttpResponse {
  long status = 0;   // 200..299, or 304 (only for a conditional request)
  std::string body;  // empty for a 304
  std::string etag;  // "" when the server sent none
  std::string last_modified;
  std::optional<std::chrono::sys_seconds> date;      // the Date header, when it parses
  std::optional<std::chrono::sys_seconds> modified;  // the Last-Modified header, when it parses
};

/// GETs `request.url`, following up to kMaxRedirects redirects to http and https URLs only,
/// with a connect timeout of at most 10 s inside `timeout`, and the body decompressed as the
/// server sent it (gzip, deflate, brotli). Returns a 2xx response, or a 304 to a conditional
/// request. Throws InputError naming the URL: "https://x/rss.xml: HTTP 404 Not Found",
/// "https://x/: Operation timed out after 1000 milliseconds with 0 bytes received",
/// "https://x/: Failed to connect to x port 443 ...", "https://x/: is larger than 64 MiB
/// (limit)" and "https://x/: Protocol "ftp" not supported" for a redirect elsewhere.
HttpResponse http_get(const HttpRequest& request);

}  // namespace nieuwslezer
