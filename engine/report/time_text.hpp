// Times in reports: transcripts store ISO 8601 UTC; people read a date and a short duration.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace hallsim {

// Seconds from `from` to `to` ("YYYY-MM-DDTHH:MM:SSZ"), or nullopt when either is not such a time.
std::optional<double> seconds_between(std::string_view from, std::string_view to);

// A UTC time as people read it: local time with the zone named, "2026-12-07 08:50 UTC+8", or
// "2026-12-07 00:50 UTC" where local time is UTC. Transcripts keep the ISO 8601 UTC time.
std::string local_time_text(std::time_t t);
// The same from an ISO 8601 UTC time ("2026-12-07T00:50:32Z"); the text itself when it is not one.
std::string readable_date(std::string_view iso);

// "4 min 05 s" or "4分05秒"; under a minute "12 s" / "12秒".
std::string readable_duration(double seconds, std::string_view language);

}  // namespace hallsim
