#include "order/time_zone.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <optional>

#include "errors.h"

namespace nieuwslezer {
namespace {

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

}  // namespace

TimeZone TimeZone::named(const std::string& name) {
  if (!zone_exists(name)) {
    throw UsageError("--timezone: unknown time zone '" + name +
                     "' (expected an IANA name such as Europe/Amsterdam; is tzdata installed?)");
  }
  return TimeZone(name);
}

CivilTime TimeZone::to_civil(Instant instant) const {
  const ZoneScope scope(name_);
  const std::time_t seconds = static_cast<std::time_t>(instant.time_since_epoch().count());
  std::tm fields{};
  localtime_r(&seconds, &fields);
  return CivilTime{fields.tm_year + 1900, fields.tm_mon + 1, fields.tm_mday, fields.tm_hour,
                   fields.tm_min,         fields.tm_sec,     fields.tm_wday};
}

Instant TimeZone::to_instant(int year, int month, int day, int hour, int minute) const {
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

}  // namespace nieuwslezer
