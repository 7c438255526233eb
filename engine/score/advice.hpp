// "The road not taken": the reply an expert would have made at a choice node.
#pragma once

#include <optional>

#include "model/scenario.hpp"

namespace hallsim {

// The choice of `node` with the highest total score (ties: the earlier one), or nullopt when the
// node has no choices. Conditions are ignored: the debrief shows the ideal, even if hidden now.
std::optional<int> best_choice(const Node& node);

// Sum of a choice's three score deltas.
int total_score(const ScoreVector& v);

}  // namespace hallsim
