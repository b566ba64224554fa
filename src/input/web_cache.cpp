#include "input/web_cache.h"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <system_error>

#include "base/bounded_read.h"
#include "errors.h"
#include "input/read_input.h"
#include "system/atomic_file.h"

namespace nieuwslezer {
namespace {

// The file: this line, then "url ", "etag ", "last-modified ", "sent-at <Unix seconds>
// <source>" and "body <bytes>" lines, an empty line, and the body as it came.
constexpr std::string_view kMagic = "nieuwslezer web cache 2\n";
constexpr std::size_t kMaxHeaderBytes = 64 * 1024;

// The value of the line "<name> <value>\n" at `at`, which moves past it; nullopt when the
// line there is not that.
std::optional<std::string> header_line(std::string_view text, std::size_t& at,
                                       std::string_view name) {
  const std::size_t end = text.find('\n', at);
  if (end == text.npos) return std::nullopt;
  const std::string_view line = text.substr(at, end - at);
  if (!line.starts_with(name) || line.size() < name.size() + 1 || line[name.size()] != ' ') {
    return std::nullopt;
  }
  at = end + 1;
  return std::string(line.substr(name.size() + 1));
}

// The entry in `text`, or what is wrong with it.
CacheRead parse_entry(std::string_view text, std::string_view url, const std::string& name) {
  CacheRead read;
  if (!text.starts_with(kMagic)) {
    read.problem = name + ": is not a nieuwslezer cache entry";
    return read;
  }
  std::size_t at = kMagic.size();
  CacheEntry entry;
  const auto stored_url = header_line(text, at, "url");
  const auto etag = header_line(text, at, "etag");
  const auto last_modified = header_line(text, at, "last-modified");
  const auto sent = header_line(text, at, "sent-at");
  const auto length = header_line(text, at, "body");
  std::size_t bytes = 0;
  long long seconds = 0;
  const auto sent_end = sent ? sent->data() + sent->size() : nullptr;
  const auto sent_number = sent ? std::from_chars(sent->data(), sent_end, seconds)
                                : std::from_chars_result{nullptr, std::errc::invalid_argument};
  if (!stored_url || !etag || !last_modified || !sent || sent_number.ec != std::errc() ||
      sent_number.ptr == sent_end || *sent_number.ptr != ' ' || !length ||
      std::from_chars(length->data(), length->data() + length->size(), bytes).ec != std::errc() ||
      at >= text.size() || text[at] != '\n') {
    read.problem = name + ": its header is broken";
    return read;
  }
  if (*stored_url != url) {
    read.problem = name + ": holds another URL";
    return read;
  }
  if (text.size() - at - 1 != bytes) {
    read.problem = name + ": its body is " + std::to_string(text.size() - at - 1) +
                   " bytes, not the " + std::to_string(bytes) + " its header says";
    return read;
  }
  read.entry = CacheEntry{*stored_url,
                          *etag,
                          *last_modified,
                          std::chrono::sys_seconds(std::chrono::seconds(seconds)),
                          std::string(sent_number.ptr + 1, sent_end),
                          std::string(text.substr(at + 1))};
  return read;
}

}  // namespace

std::filesystem::path cache_file(const std::filesystem::path& dir, std::string_view url) {
  std::uint64_t hash = 0xCBF29CE484222325ULL;
  for (const char c : url) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001B3ULL;
  }
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.http", static_cast<unsigned long long>(hash));
  return dir / name;
}

CacheRead read_cache_entry(const std::filesystem::path& dir, std::string_view url) {
  const std::filesystem::path file = cache_file(dir, url);
  std::error_code error;
  if (!std::filesystem::exists(std::filesystem::symlink_status(file, error))) return {};
  std::string text;
  try {
    text = read_bounded(file, kMaxInputBytes + kMaxHeaderBytes, std::chrono::milliseconds(0));
  } catch (const InputError& problem) {
    return CacheRead{std::nullopt, problem.what()};
  }
  return parse_entry(text, url, file.string());
}

void write_cache_entry(const std::filesystem::path& dir, const CacheEntry& entry) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) throw OutputError(dir.string() + ": cannot make the cache folder: " + error.message());
  std::string text(kMagic);
  text += "url " + entry.url + "\netag " + entry.etag + "\nlast-modified " + entry.last_modified +
          "\nsent-at " + std::to_string(entry.sent_at.time_since_epoch().count()) + " " +
          entry.sent_at_source + "\nbody " + std::to_string(entry.body.size()) + "\n\n";
  text += entry.body;
  write_output(cache_file(dir, entry.url), text);
}

}  // namespace nieuwslezer
