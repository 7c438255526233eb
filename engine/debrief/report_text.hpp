// Short phrases every debrief format writes the same way: turn labels, score and mood changes,
// percentages and seconds. They return plain text; each renderer escapes for its own context.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/scenario.hpp"

namespace hallsim {

// A mood variable's name in the language: the product's words for anger and trust, else as written.
std::string mood_label(std::string_view language, const std::string& variable);
std::string turn_label(std::string_view language, int number);             // "第2轮" / "Turn 2"
std::string deltas_text(std::string_view language, const ScoreVector& d);   // "共情 +2, 及时性 -1" or "±0"
std::string mood_change_text(std::string_view language, const std::vector<std::pair<std::string, int>>& changes);
std::string percent_text(double percent);                                    // "80.0%"
std::string seconds_text(std::string_view language, double seconds);        // "5 s", "4.5 s" / "4.5秒"
std::string signed_text(double value);                                       // "+12.0", "-3.5", "±0.0"
// One option of a class vote: "7 票 (58.3%) · 专家 · 采用" / "7 votes (58.3%) · expert · applied".
std::string vote_count_text(std::string_view language, int votes, int total, bool expert, bool applied);

}  // namespace hallsim
