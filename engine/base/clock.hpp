// Reading and writing times: the UTC times that transcripts, history and xAPI statements carry,
// and a hall's wall clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hallsim {

// Seconds since the epoch of an ISO 8601 date-time: "2026-11-23T13:22:59Z", with optional
// fraction of a second and "Z" or a "+08:00" offset. nullopt when it is not one.
std::optional<double> parse_utc_time(const std::string& iso8601);

// "2026-11-23T13:22:59Z", with milliseconds when there is a fraction: "...:59.250Z".
std::string iso8601_utc(double seconds_since_epoch);

// Now, to the second: "2026-11-23T13:22:59Z".
std::string now_iso8601();

// "20261123T132259Z": sorts by time and is safe in a file name.
std::string compact_utc_stamp(double seconds_since_epoch);

// A hall's wall clock, minutes after midnight: "09:05"; parse_clock reads H:MM or HH:MM.
std::string format_clock(int minutes_after_midnight);
std::optional<int> parse_clock(std::string_view hhmm);

// An xAPI / ISO 8601 duration: "PT1H2M3.5S", "PT0S".
std::string iso8601_duration(double seconds);

}  // namespace hallsim
