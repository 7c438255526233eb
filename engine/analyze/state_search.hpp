// The exact search of the analysis: every reachable state (as state_plan.hpp keys it), the moves
// between them, and the best and worst score still to come from each, within the limits.
#pragma once

#include "analyze/analysis.hpp"

namespace hallsim {

// Fills reachable, stuck, best, worst, any_ending, single_path_best, states and transitions of
// `a` and returns AnalysisStop::none, or returns the limit that stopped the search (with states,
// transitions, search_bytes and search_seconds telling how far it got). May throw
// std::bad_alloc; analyze() catches it.
AnalysisStop search_states(const Scenario& s, const AnalysisLimits& limits, Analysis& a);

}  // namespace hallsim
