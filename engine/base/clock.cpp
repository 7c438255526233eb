#include "base/clock.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <string_view>

#include <fmt/format.h>

namespace hallsim {

namespace {

// Reads exactly `width` digits at `pos`.
std::optional<int> digits(std::string_view s, size_t pos, size_t width) {
  if (pos + width > s.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<double> parse_utc_time(const std::string& iso8601) {
  std::string_view s(iso8601);
  auto year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
  auto hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
  if (!year || !month || !day || !hour || !minute || !second || s[4] != '-' || s[7] != '-' ||
      (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':')
    return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1 || *day > 31 || *hour > 23 || *minute > 59 || *second > 60)
    return std::nullopt;
  size_t pos = 19;
  double fraction = 0;
  if (pos < s.size() && s[pos] == '.') {
    double scale = 0.1;
    size_t start = ++pos;
    for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos, scale /= 10) fraction += (s[pos] - '0') * scale;
    if (pos == start) return std::nullopt;
  }
  int offset_s = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    auto oh = digits(s, pos + 1, 2), om = digits(s, pos + 4, 2);
    if (!oh || !om || s[pos + 3] != ':') return std::nullopt;
    offset_s = (s[pos] == '+' ? 1 : -1) * (*oh * 3600 + *om * 60);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;
  std::tm tm{};
  tm.tm_year = *year - 1900;
  tm.tm_mon = *month - 1;
  tm.tm_mday = *day;
  tm.tm_hour = *hour;
  tm.tm_min = *minute;
  tm.tm_sec = *second;
  return static_cast<double>(timegm(&tm)) + fraction - offset_s;
}

std::string iso8601_utc(double seconds_since_epoch) {
  long long ms = std::llround(seconds_since_epoch * 1000);
  std::time_t t = static_cast<std::time_t>(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
  int fraction = static_cast<int>(ms - static_cast<long long>(t) * 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::string_view stamp(buf, std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm));  // empty if it failed
  return fraction ? fmt::format("{}.{:03}Z", stamp, fraction) : fmt::format("{}Z", stamp);
}

std::string compact_utc_stamp(double seconds_since_epoch) {
  std::time_t t = static_cast<std::time_t>(std::floor(seconds_since_epoch));
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  return std::string(buf, std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm));
}

std::string iso8601_duration(double seconds) {
  // xAPI keeps durations to 0.01 s; work in hundredths so rounding cannot give "60S".
  long long hundredths = std::llround(std::max(0.0, seconds) * 100);
  long long hours = hundredths / 360000, minutes = hundredths / 6000 % 60, rest = hundredths % 6000;
  std::string out = "PT";
  if (hours) out += fmt::format("{}H", hours);
  if (minutes) out += fmt::format("{}M", minutes);
  if (rest || out == "PT") {
    out += std::to_string(rest / 100);
    if (rest % 100) out += fmt::format(".{:02}", rest % 100);
    if (out.back() == '0' && rest % 10 == 0 && rest % 100) out.pop_back();
    out += 'S';
  }
  return out;
}

std::string format_clock(int minutes) {
  minutes %= 24 * 60;
  if (minutes < 0) minutes += 24 * 60;
  return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

std::optional<int> parse_clock(std::string_view hhmm) {
  // H:MM or HH:MM, 00:00..23:59
  auto colon = hhmm.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || hhmm.size() != colon + 3) return std::nullopt;
  int h = 0, m = 0;
  for (size_t i = 0; i < colon; ++i) {
    if (hhmm[i] < '0' || hhmm[i] > '9') return std::nullopt;
    h = h * 10 + (hhmm[i] - '0');
  }
  for (size_t i = colon + 1; i < hhmm.size(); ++i) {
    if (hhmm[i] < '0' || hhmm[i] > '9') return std::nullopt;
    m = m * 10 + (hhmm[i] - '0');
  }
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::string now_iso8601() { return iso8601_utc(static_cast<double>(std::time(nullptr))); }

}  // namespace hallsim
