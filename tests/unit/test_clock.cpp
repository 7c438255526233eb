// The UTC times and durations that transcripts, history and xAPI carry.
#include <doctest/doctest.h>

#include "base/clock.hpp"

using namespace hallsim;

TEST_CASE("ISO 8601 times are read as seconds since the epoch") {
  CHECK(parse_utc_time("1970-01-01T00:00:00Z") == 0.0);
  CHECK(parse_utc_time("2026-11-23T13:22:59Z") == 1795440179.0);
  CHECK(*parse_utc_time("2026-11-23T13:22:59.25Z") == doctest::Approx(1795440179.25));
  CHECK(parse_utc_time("2026-11-23T21:22:59+08:00") == 1795440179.0);
  CHECK(parse_utc_time("2026-11-23T08:22:59-05:00") == 1795440179.0);
  CHECK_FALSE(parse_utc_time("2026-11-23 13:22:59Z"));
  CHECK_FALSE(parse_utc_time("2026-11-23T13:22:59"));
  CHECK_FALSE(parse_utc_time("2026-13-23T13:22:59Z"));
  CHECK_FALSE(parse_utc_time("2026-11-23T13:22:59Zjunk"));
  CHECK_FALSE(parse_utc_time(""));
}

TEST_CASE("times are written back in UTC, with milliseconds only when needed") {
  CHECK(iso8601_utc(1795440179.0) == "2026-11-23T13:22:59Z");
  CHECK(iso8601_utc(1795440179.25) == "2026-11-23T13:22:59.250Z");
  CHECK(iso8601_utc(*parse_utc_time("2026-11-23T13:22:59.999Z")) == "2026-11-23T13:22:59.999Z");
  CHECK(compact_utc_stamp(1795440179.9) == "20261123T132259Z");
}

TEST_CASE("durations are ISO 8601, to a hundredth of a second") {
  CHECK(iso8601_duration(0) == "PT0S");
  CHECK(iso8601_duration(-3) == "PT0S");
  CHECK(iso8601_duration(5) == "PT5S");
  CHECK(iso8601_duration(5.5) == "PT5.5S");
  CHECK(iso8601_duration(5.05) == "PT5.05S");
  CHECK(iso8601_duration(60) == "PT1M");
  CHECK(iso8601_duration(59.999) == "PT1M");
  CHECK(iso8601_duration(90.25) == "PT1M30.25S");
  CHECK(iso8601_duration(3600 + 2 * 60 + 3) == "PT1H2M3S");
  CHECK(iso8601_duration(7200) == "PT2H");
}
