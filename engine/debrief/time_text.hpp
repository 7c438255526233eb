// Times in reports: transcripts store ISO 8601 UTC; people read a date and a short duration.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hallsim {

// Seconds from `from` to `to` ("YYYY-MM-DDTHH:MM:SSZ"), or nullopt when either is not such a time.
std::optional<double> seconds_between(std::string_view from, std::string_view to);

// "2024-05-01 09:30 UTC"; the text itself when it is not an ISO 8601 time.
std::string readable_date(std::string_view iso);

// "4 min 05 s" or "4分05秒"; under a minute "12 s" / "12秒".
std::string readable_duration(double seconds, std::string_view language);

}  // namespace hallsim
