// Static analysis: which nodes and endings can be reached, and the best and worst raw score per
// dimension over every possible attempt. It searches reachable states (node, mood, vars, what has
// already scored), not just the graph, so `when` conditions are respected; cycles terminate
// because a cycle of states can never score (scores count once), and a state budget bounds the rest.
#pragma once

#include <vector>

#include "model/diagnostic.hpp"
#include "model/scenario.hpp"

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
  bool approximate = false;         // the state budget was exceeded; graph bounds used instead
  size_t states = 0, transitions = 0;
};

Analysis analyze(const Scenario& s, size_t state_budget = 2'000'000);

// Runs the analysis, stores the best scores in the scenario and reports its warnings.
void analyze_into(Scenario& s, DiagnosticSink& sink, size_t state_budget = 2'000'000);

}  // namespace hallsim
