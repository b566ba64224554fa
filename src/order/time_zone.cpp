#include "order/time_zone.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include "errors.h"

namespace nieuwslezer {

// The UTC offsets of a zone file as the C library (glibc) applies them: offsets[0] before
// the first transition, offsets[i] from transitions[i - 1] on. From `rule_from` on, where
// the file's POSIX rule takes over, the C library computes.
struct ZoneTable {
  std::vector<std::int64_t> transitions;  // UTC seconds, ascending
  std::vector<std::int32_t> offsets;      // seconds east of UTC; one more than transitions
  std::int64_t rule_from = INT64_MAX;
};

namespace {

constexpr std::int64_t kMaxOffset = 26 * 60 * 60;  // RFC 8536: offsets lie within -25..+26 h
// Beyond this many seconds from 1970 (about 34 000 years) the C library converts: the
// calendar arithmetic here stays well inside std::chrono::year.
constexpr std::int64_t kMaxTableSeconds = std::int64_t{1} << 40;

// The C library converts in the zone named by $TZ. We point TZ at the zone for one call
// and put it back, so the process's own zone is never changed for long. Single-threaded.
class ZoneScope {
 public:
  explicit ZoneScope(const std::string& zone) {
    if (const char* old = std::getenv("TZ")) previous_ = old;
    setenv("TZ", (":" + zone).c_str(), 1);
    tzset();
  }
  ~ZoneScope() {
    if (previous_) {
      setenv("TZ", previous_->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }
  ZoneScope(const ZoneScope&) = delete;
  ZoneScope& operator=(const ZoneScope&) = delete;

 private:
  std::optional<std::string> previous_;
};

bool zone_exists(const std::string& name) {
  if (name == "UTC") return true;
  if (name.empty() || name.front() == '/' || name.find("..") != std::string::npos) return false;
  for (const char* root : {"/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo"}) {
    if (std::filesystem::is_regular_file(std::filesystem::path(root) / name)) return true;
  }
  return false;
}

// A signed big-endian number of `width` bytes at bytes[at].
std::int64_t big_endian(std::string_view bytes, std::size_t at, std::size_t width) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  }
  if (width < 8 && (value >> (width * 8 - 1)) != 0) value |= ~std::uint64_t{0} << (width * 8);
  return static_cast<std::int64_t>(value);
}

// The counts in the TZif header at bytes[at] (RFC 8536 section 3.1).
struct TzifCounts {
  std::int64_t isut, isstd, leap, time, type, chars;

  // Bytes of the data block that follows, with transition times of `time_width` bytes.
  std::int64_t data_size(std::int64_t time_width) const {
    return time * (time_width + 1) + type * 6 + chars + leap * (time_width + 4) + isstd + isut;
  }
};

std::optional<TzifCounts> tzif_counts(std::string_view bytes, std::size_t at) {
  if (bytes.size() < at + 44 || bytes.substr(at, 4) != "TZif" || bytes[at + 4] < '2') {
    return std::nullopt;
  }
  const auto count = [&](std::size_t k) { return big_endian(bytes, at + 20 + 4 * k, 4); };
  const TzifCounts counts{count(0), count(1), count(2), count(3), count(4), count(5)};
  if (counts.time < 0 || counts.type < 1 || counts.type > 256 || counts.chars < 0 ||
      counts.leap < 0 || counts.isstd < 0 || counts.isut < 0) {
    return std::nullopt;
  }
  return counts;
}

// The zone's table from its file in $TZDIR or /usr/share/zoneinfo, where the C library
// reads it (version 2 or later, 64-bit times); null for a file with leap seconds or one
// that cannot be read, which leaves every conversion to the C library.
std::shared_ptr<const ZoneTable> read_zone_table(const std::string& name) {
  const char* dir = std::getenv("TZDIR");
  std::ifstream in(
      std::filesystem::path(dir != nullptr && *dir != '\0' ? dir : "/usr/share/zoneinfo") / name,
      std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto v1 = tzif_counts(bytes, 0);
  if (!v1) return nullptr;
  const std::size_t header = 44 + static_cast<std::size_t>(v1->data_size(4));
  const auto counts = tzif_counts(bytes, header);
  if (!counts || counts->leap != 0) return nullptr;
  const std::size_t data = header + 44;
  if (bytes.size() < data + static_cast<std::size_t>(counts->data_size(8))) return nullptr;

  const auto n = static_cast<std::size_t>(counts->time);
  const std::size_t kinds = data + 8 * n;  // the type of each transition
  const std::size_t types = kinds + n;     // 6 bytes each: offset, is-DST, name index
  const auto offset_of = [&](std::size_t type) {
    return static_cast<std::int32_t>(big_endian(bytes, types + 6 * type, 4));
  };
  const auto is_dst = [&](std::size_t type) { return bytes[types + 6 * type + 4] != 0; };

  auto table = std::make_shared<ZoneTable>();
  // Before the first transition: the first standard-time type, else the first type.
  std::size_t first = 0;
  while (first < static_cast<std::size_t>(counts->type) && is_dst(first)) ++first;
  table->offsets.push_back(offset_of(first < static_cast<std::size_t>(counts->type) ? first : 0));
  for (std::size_t i = 0; i < n; ++i) {
    const std::int64_t at = big_endian(bytes, data + 8 * i, 8);
    const auto type = static_cast<unsigned char>(bytes[kinds + i]);
    if (type >= counts->type || (i > 0 && at <= table->transitions.back())) return nullptr;
    table->transitions.push_back(at);
    table->offsets.push_back(offset_of(type));
  }
  // After the last transition a POSIX rule in the footer ("\nCET-1CEST,M3.5.0,M10.5.0/3\n")
  // takes over; without one the last type stays.
  const std::size_t footer = data + static_cast<std::size_t>(counts->data_size(8));
  if (n > 0 && bytes.size() > footer + 2 && bytes[footer] == '\n' && bytes[footer + 1] != '\n') {
    table->rule_from = table->transitions.back();
  }
  return table;
}

// The offset at UTC second `t`, or nullopt where the C library computes it.
std::optional<std::int32_t> offset_at(const ZoneTable& table, std::int64_t t) {
  if (t >= table.rule_from || t >= kMaxTableSeconds || t <= -kMaxTableSeconds) return std::nullopt;
  const auto next = std::upper_bound(table.transitions.begin(), table.transitions.end(), t);
  return table.offsets[static_cast<std::size_t>(next - table.transitions.begin())];
}

// The UTC second of wall-clock second `local`: the earliest reading in an overlap, the
// offset from before the jump in a gap; nullopt where the C library computes it.
std::optional<std::int64_t> instant_of(const ZoneTable& table, std::int64_t local) {
  // Every reading of `local` lies within kMaxOffset of it.
  if (!offset_at(table, local + kMaxOffset) || !offset_at(table, local - kMaxOffset)) {
    return std::nullopt;
  }
  const auto& starts = table.transitions;
  const auto begin = static_cast<std::size_t>(
      std::upper_bound(starts.begin(), starts.end(), local - kMaxOffset) - starts.begin());
  const auto end = static_cast<std::size_t>(
      std::upper_bound(starts.begin(), starts.end(), local + kMaxOffset) - starts.begin());
  // Period k runs from starts[k - 1] (or the beginning of time) to starts[k].
  for (std::size_t k = begin; k <= end; ++k) {
    const std::int64_t t = local - table.offsets[k];
    if ((k == 0 || t >= starts[k - 1]) && (k == starts.size() || t < starts[k])) return t;
  }
  for (std::size_t k = std::max<std::size_t>(begin, 1); k <= end; ++k) {
    const std::int64_t jump = starts[k - 1];
    if (local >= jump + table.offsets[k - 1] && local < jump + table.offsets[k]) {
      return local - table.offsets[k - 1];
    }
  }
  return std::nullopt;
}

}  // namespace

TimeZone TimeZone::named(const std::string& name) {
  if (!zone_exists(name)) {
    throw UsageError("--timezone: unknown time zone '" + name +
                     "' (expected an IANA name such as Europe/Amsterdam; is tzdata installed?)");
  }
  return TimeZone(name, read_zone_table(name));
}

CivilTime TimeZone::to_civil(Instant instant) const {
  using namespace std::chrono;
  if (const auto offset =
          table_ ? offset_at(*table_, instant.time_since_epoch().count()) : std::nullopt) {
    const sys_seconds local = instant + seconds(*offset);
    const sys_days date = floor<days>(local);
    const year_month_day ymd(date);
    const hh_mm_ss time(local - date);
    return CivilTime{int(ymd.year()),
                     static_cast<int>(unsigned(ymd.month())),
                     static_cast<int>(unsigned(ymd.day())),
                     static_cast<int>(time.hours().count()),
                     static_cast<int>(time.minutes().count()),
                     static_cast<int>(time.seconds().count()),
                     static_cast<int>(weekday(date).c_encoding())};
  }
  const ZoneScope scope(name_);
  const std::time_t seconds = static_cast<std::time_t>(instant.time_since_epoch().count());
  std::tm fields{};
  localtime_r(&seconds, &fields);
  return CivilTime{fields.tm_year + 1900, fields.tm_mon + 1, fields.tm_mday, fields.tm_hour,
                   fields.tm_min,         fields.tm_sec,     fields.tm_wday};
}

Instant TimeZone::to_instant(int year, int month, int day, int hour, int minute) const {
  using namespace std::chrono;
  // Fields out of their range ("31-02", "24:00") are left to mktime, which normalizes them.
  const bool plain = year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
                     day <= 31 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
  const year_month_day date{std::chrono::year(year),
                            std::chrono::month(static_cast<unsigned>(month)),
                            std::chrono::day(static_cast<unsigned>(day))};
  if (table_ && plain && date.ok()) {
    const sys_seconds local = sys_days(date) + hours(hour) + minutes(minute);
    if (const auto t = instant_of(*table_, local.time_since_epoch().count())) {
      return Instant(seconds(*t));
    }
  }
  const ZoneScope scope(name_);
  std::tm fields{};
  fields.tm_year = year - 1900;
  fields.tm_mon = month - 1;
  fields.tm_mday = day;
  fields.tm_hour = hour;
  fields.tm_min = minute;
  fields.tm_isdst = -1;  // let the C library decide whether DST applies
  const std::time_t seconds = mktime(&fields);
  return Instant(std::chrono::seconds(seconds));
}

Instant next_full_hour(Instant clock, const TimeZone& zone) {
  const CivilTime civil = zone.to_civil(clock);
  const std::chrono::seconds into_hour(civil.minute * 60 + civil.second);
  if (into_hour.count() == 0) return clock;
  // Zones are offset from UTC by whole minutes, so the hour's start is this many seconds back.
  return clock - into_hour + std::chrono::hours(1);
}

}  // namespace nieuwslezer
