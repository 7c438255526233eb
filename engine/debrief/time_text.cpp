#include "debrief/time_text.hpp"

#include <cmath>
#include <ctime>

#include <fmt/format.h>

#include "model/words.hpp"

namespace hallsim {

namespace {

std::optional<std::time_t> parse_utc(std::string_view iso) {
  if (iso.size() != 20 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[13] != ':' || iso[16] != ':' ||
      iso[19] != 'Z')
    return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
    if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
  auto number = [&](size_t at, size_t digits) {
    int n = 0;
    for (size_t i = at; i < at + digits; ++i) n = n * 10 + (iso[i] - '0');
    return n;
  };
  std::tm tm{};
  tm.tm_year = number(0, 4) - 1900;
  tm.tm_mon = number(5, 2) - 1;
  tm.tm_mday = number(8, 2);
  tm.tm_hour = number(11, 2);
  tm.tm_min = number(14, 2);
  tm.tm_sec = number(17, 2);
  return timegm(&tm);
}

}  // namespace

std::optional<double> seconds_between(std::string_view from, std::string_view to) {
  auto a = parse_utc(from), b = parse_utc(to);
  if (!a || !b) return std::nullopt;
  return std::difftime(*b, *a);
}

std::string readable_date(std::string_view iso) {
  if (!parse_utc(iso)) return std::string(iso);
  return fmt::format("{} {} UTC", iso.substr(0, 10), iso.substr(11, 5));
}

std::string readable_duration(double seconds, std::string_view language) {
  long long total = std::llround(seconds < 0 ? 0 : seconds);
  long long minutes = total / 60, rest = total % 60;
  bool zh = is_chinese(language);
  if (minutes == 0) return fmt::format(zh ? "{}秒" : "{} s", rest);
  return fmt::format(zh ? "{}分{:02}秒" : "{} min {:02} s", minutes, rest);
}

}  // namespace hallsim
