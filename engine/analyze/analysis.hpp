// Static analysis: which nodes and endings can be reached, and the best and worst raw score per
// dimension over every possible attempt. It searches reachable states (node, mood, vars, what has
// already scored), not just the graph, so `when` conditions are respected; cycles terminate
// because a cycle of states can never score (scores count once) and counters that only grow are
// saturated (state_plan.hpp). Budgets of states, bytes and seconds bound the rest: past them the
// search stops cleanly and graph bounds (graph_bounds.hpp) stand in, marked approximate.
#pragma once

#include <string>
#include <vector>

#include "analyze/limits.hpp"
#include "base/diagnostic.hpp"
#include "model/scenario.hpp"
#include "score/totals.hpp"

namespace hallsim {

struct Analysis {
  std::vector<char> reachable;      // per node
  std::vector<int> endings;         // reachable ending nodes
  std::vector<int> unreachable;     // nodes no attempt can reach
  std::vector<int> dead_ends;       // nodes with no path to any ending in the graph
  std::vector<int> stuck;           // nodes reachable in a state where nothing can follow
  ScoreVector best{}, worst{};
  bool any_ending = false;          // some attempt can end at all
  bool single_path_best = true;     // one attempt can reach the best of all three at once
  bool approximate = false;         // best and worst are bounds, not exact
  AnalysisStop stopped = AnalysisStop::none;  // the budget that cut the exact search short
  bool cue_cap_hit = false;         // a typed reply had too many outcomes to weigh them all
  size_t states = 0, transitions = 0;  // found by the exact search (so far, when it stopped)
  size_t search_bytes = 0;          // the most the search held
  double search_seconds = 0;
  // When approximate: the best and worst totals of attempts actually played (sampled), so each
  // true best lies between reached_best and best, and each true worst between worst and
  // reached_worst. `reached_any` says whether a sampled attempt ended at all.
  ScoreVector reached_best{}, reached_worst{};
  bool reached_any = false;
};

Analysis analyze(const Scenario& s, const AnalysisLimits& limits = {});
inline Analysis analyze(const Scenario& s, size_t state_budget) {
  AnalysisLimits limits;
  limits.states = state_budget;
  return analyze(s, limits);
}

// Why and where the exact search stopped ("the exact analysis reached its memory budget of 512 MB
// after ... states"), and how loose the fallback's bounds may be, for diagnostics and reports.
std::string describe_stop(const Analysis& a, const AnalysisLimits& limits);
std::string describe_looseness(const Analysis& a);

// What percentages are out of: the best scores, and whether they are only bounds.
ScoreBounds score_bounds(const Analysis& a);
// The analysis's findings as warnings (unreachable nodes, dead ends, no resolved ending, ...).
void report_analysis(const Scenario& s, const Analysis& a, const AnalysisLimits& limits, DiagnosticSink& sink);

}  // namespace hallsim
