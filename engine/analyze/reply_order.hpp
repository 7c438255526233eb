// Test-wise cues in a scenario's choices: where the best reply sits and how often it is also the
// longest. A trainee who always picks the longest reply, or the first, must not beat chance.
#pragma once

#include <array>
#include <cstddef>

#include "model/scenario.hpp"

namespace hallsim {

struct ReplyOrder {
  size_t choice_nodes = 0;           // nodes with two or more choices
  size_t best_longest = 0;           // ... where the best reply is also the longest (ties count)
  std::array<size_t, 4> best_at{};   // ... where the best reply is 1st, 2nd, 3rd, 4th or later (the last slot)
  double longest_share() const { return choice_nodes ? static_cast<double>(best_longest) / static_cast<double>(choice_nodes) : 0; }
};

// Lint warns past this share of choice nodes whose best reply is the longest (HS0116).
constexpr double kLongestBestLimit = 0.40;

// The best reply is the choice with the highest total score (ties: the earlier); its length is
// counted in characters of the scenario's own language.
ReplyOrder reply_order(const Scenario& s);

}  // namespace hallsim
