// Times in reports: transcripts store ISO 8601 UTC; people read a date and a short duration.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace hallsim {

// Seconds from `from` to `to` ("YYYY-MM-DDTHH:MM:SSZ"), or nullopt when either is not such a time.
std::optional<double> seconds_between(std::string_view from, std::string_view to);

// An ISO 8601 UTC time ("2026-12-07T00:50:32Z") as people read it: local_time_text (base/clock),
// "2026-12-07 08:50 UTC+8"; the text itself when it is not such a time.
std::string readable_date(std::string_view iso);

// "4 min 05 s" or "4分05秒"; under a minute "12 s" / "12秒".
std::string readable_duration(double seconds, std::string_view language);

}  // namespace hallsim
