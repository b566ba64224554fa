#include "input/http_fetch.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <string_view>

#include "base/bounded_read.h"
#include "errors.h"

namespace nieuwslezer {
namespace {

constexpr long kMaxConnectSeconds = 10;

struct EasyCleanup {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
using EasyHandle = std::unique_ptr<CURL, EasyCleanup>;

struct ListCleanup {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using HeaderList = std::unique_ptr<curl_slist, ListCleanup>;

// What the callbacks collect while the transfer runs.
struct Transfer {
  std::size_t max_bytes = 0;
  bool too_large = false;
  std::string body;
  std::string reason;  // "Not Found" from "HTTP/1.1 404 Not Found"; none in HTTP/2
  std::string etag, last_modified, date;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto& transfer = *static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  if (transfer.body.size() + bytes > transfer.max_bytes) {
    transfer.too_large = true;
    return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
  }
  transfer.body.append(data, bytes);
  return bytes;
}

std::string trimmed(std::string_view text) {
  const auto not_space = [](char c) { return !std::isspace(static_cast<unsigned char>(c)); };
  const auto begin = std::find_if(text.begin(), text.end(), not_space);
  const auto end = std::find_if(text.rbegin(), text.rend(), not_space).base();
  return begin < end ? std::string(begin, end) : std::string();
}

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// One header line. A status line starts a new response (after a redirect): what an earlier
// one said is forgotten.
std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto& transfer = *static_cast<Transfer*>(user);
  const std::string_view line(data, size * count);
  if (line.starts_with("HTTP/")) {
    transfer.etag.clear();
    transfer.last_modified.clear();
    transfer.date.clear();
    const std::size_t code = line.find(' ');
    const std::size_t reason = code == line.npos ? line.npos : line.find(' ', code + 1);
    transfer.reason = reason == line.npos ? "" : trimmed(line.substr(reason + 1));
    return line.size();
  }
  const std::size_t colon = line.find(':');
  if (colon == line.npos) return line.size();
  const std::string_view name = line.substr(0, colon);
  const std::string value = trimmed(line.substr(colon + 1));
  if (same_name(name, "ETag")) transfer.etag = value;
  if (same_name(name, "Last-Modified")) transfer.last_modified = value;
  if (same_name(name, "Date")) transfer.date = value;
  return line.size();
}

EasyHandle new_handle() {
  static std::once_flag initialized;
  std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  EasyHandle handle(curl_easy_init());
  if (!handle) throw InputError("cannot start libcurl (curl_easy_init failed)");
  return handle;
}

// The transfer's settings: limits, redirects to http(s) only, the callbacks.
void configure(CURL* curl, const HttpRequest& request, Transfer& transfer, curl_slist* headers,
               char* error_buffer) {
  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // our signal handlers stay ours
#if LIBCURL_VERSION_NUM >= 0x075500              // 7.85: the protocol options as strings
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS, long{CURLPROTO_HTTP | CURLPROTO_HTTPS});
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS, long{CURLPROTO_HTTP | CURLPROTO_HTTPS});
#endif
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, kMaxRedirects);
  const long seconds = static_cast<long>(request.timeout.count());
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, seconds);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, std::min(seconds, kMaxConnectSeconds));
  // A body of announced length over the limit is refused before it is read.
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.max_bytes));
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl decodes
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "nieuwslezer/" NIEUWSLEZER_VERSION);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
}

// The conditional headers, if any.
HeaderList request_headers(const HttpRequest& request) {
  HeaderList list;
  const auto add = [&](const std::string& line) {
    curl_slist* longer = curl_slist_append(list.get(), line.c_str());
    if (!longer) throw InputError(request.url + ": out of memory for the request headers");
    static_cast<void>(list.release());
    list.reset(longer);
  };
  if (!request.if_none_match.empty()) add("If-None-Match: " + request.if_none_match);
  if (!request.if_modified_since.empty()) add("If-Modified-Since: " + request.if_modified_since);
  return list;
}

// An HTTP date ("Sat, 28 Nov 2026 06:00:00 GMT"), as curl reads it; nullopt when there is
// none or it does not parse.
std::optional<std::chrono::sys_seconds> http_date(const std::string& text) {
  if (text.empty()) return std::nullopt;
  const std::time_t seconds = curl_getdate(text.c_str(), nullptr);
  if (seconds < 0) return std::nullopt;
  return std::chrono::sys_seconds(std::chrono::seconds(seconds));
}

}  // namespace

HttpResponse http_get(const HttpRequest& request) {
  const EasyHandle curl = new_handle();
  Transfer transfer;
  transfer.max_bytes = request.max_bytes;
  const HeaderList headers = request_headers(request);
  char error_buffer[CURL_ERROR_SIZE] = {};
  configure(curl.get(), request, transfer, headers.get(), error_buffer);
  const CURLcode result = curl_easy_perform(curl.get());
  if (transfer.too_large || result == CURLE_FILESIZE_EXCEEDED) {
    throw InputError(request.url + ": is larger than " + describe_size(request.max_bytes) +
                     " (limit)");
  }
  if (result != CURLE_OK) {
    const std::string message = error_buffer[0] ? error_buffer : curl_easy_strerror(result);
    throw InputError(request.url + ": " + message +
                     (result == CURLE_OPERATION_TIMEDOUT
                          ? " (--timeout " + std::to_string(request.timeout.count()) + ")"
                          : ""));
  }
  HttpResponse response;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &response.status);
  const bool conditional = !request.if_none_match.empty() || !request.if_modified_since.empty();
  const bool usable =
      (response.status >= 200 && response.status < 300) || (response.status == 304 && conditional);
  if (!usable) {
    throw InputError(request.url + ": HTTP " + std::to_string(response.status) +
                     (transfer.reason.empty() ? "" : " " + transfer.reason));
  }
  response.body = std::move(transfer.body);
  response.etag = std::move(transfer.etag);
  response.last_modified = std::move(transfer.last_modified);
  response.date = http_date(transfer.date);
  response.modified = http_date(response.last_modified);
  return response;
}

}  // namespace nieuwslezer
