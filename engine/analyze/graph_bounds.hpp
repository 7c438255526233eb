// Bounds on the best and worst scores from the node graph alone, ignoring conditions: what the
// analysis reports when the exact search is cut off. Each choice and each free-text node's cues
// count at most once on any path (scores count once), which is what keeps the bound of a scenario
// with cycles finite; inside a cycle every scoring move is assumed to be collectable.
#pragma once

#include "analyze/analysis.hpp"

namespace hallsim {

// Fills reachable (in the graph), any_ending, best and worst of `a`.
void graph_bounds(const Scenario& s, Analysis& a);

}  // namespace hallsim
