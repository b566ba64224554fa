#include "input/web_input.h"

#include <cctype>

#include "errors.h"
#include "input/http_fetch.h"
#include "input/read_input.h"
#include "input/web_cache.h"

namespace nieuwslezer {

bool is_web_url(std::string_view input) {
  std::string scheme;
  for (const char c : input.substr(0, 8)) {
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return scheme.starts_with("http://") || scheme.starts_with("https://");
}

WebInput fetch_web_input(const std::string& url, const WebSettings& settings) {
  WebInput input;
  std::optional<CacheEntry> cached;
  if (settings.cache) {
    CacheRead read = read_cache_entry(*settings.cache, url);
    if (!read.problem.empty()) {
      input.warnings.push_back(url + ": cache entry ignored, fetching it whole: " + read.problem);
    }
    cached = std::move(read.entry);
  }
  HttpRequest request;
  request.url = url;
  request.timeout = settings.timeout;
  request.max_bytes = kMaxInputBytes;
  if (cached) {
    request.if_none_match = cached->etag;
    request.if_modified_since = cached->last_modified;
  }
  HttpResponse response = http_get(request);
  const auto fetched = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  if (response.status == 304) {
    // Only asked for with an entry: the server says the cached body is still the page, so it
    // is as old as it was at the first fetch.
    input.sent_at = cached->sent_at;
    input.sent_at_source = cached->sent_at_source;
    input.bytes = std::move(cached->body);
    input.notes.push_back(url + ": not changed (304), from the cache (" +
                          std::to_string(input.bytes.size()) + " bytes)");
    return input;
  }
  // The body was made when it was last modified (a scrape served as a file: its time, as a
  // local file's modification time is), else when it was sent; a Last-Modified later than
  // the response itself is not believed.
  const auto sent = response.date.value_or(fetched);
  if (response.modified && *response.modified <= sent) {
    input.sent_at = *response.modified;
    input.sent_at_source = "HTTP Last-Modified header";
  } else {
    input.sent_at = sent;
    input.sent_at_source = response.date ? "HTTP Date header" : "time of fetch";
  }
  input.notes.push_back(url + ": fetched: HTTP " + std::to_string(response.status) + ", " +
                        std::to_string(response.body.size()) + " bytes");
  if (settings.cache) {
    try {
      write_cache_entry(*settings.cache,
                        CacheEntry{url, response.etag, response.last_modified, input.sent_at,
                                   input.sent_at_source, response.body});
    } catch (const OutputError& error) {
      input.warnings.push_back(url + ": not cached: " + error.what());
    }
  }
  input.bytes = std::move(response.body);
  return input;
}

}  // namespace nieuwslezer
