// [SECTION] The analysis   exact search, or graph bounds when a limit cuts it short
// [SECTION] Warnings
#include "analyze/analysis.hpp"

#include <algorithm>
#include <new>

#include <fmt/format.h>

#include "analyze/graph_bounds.hpp"
#include "analyze/sampled_attempts.hpp"
#include "analyze/state_plan.hpp"
#include "analyze/state_search.hpp"

namespace hallsim {

namespace {

std::vector<char> can_reach_end(const Scenario& s, const std::vector<std::vector<int>>& succ) {
  std::vector<std::vector<int>> pred(s.nodes.size());
  for (size_t i = 0; i < succ.size(); ++i)
    for (int t : succ[i]) pred[static_cast<size_t>(t)].push_back(static_cast<int>(i));
  std::vector<char> ok(s.nodes.size(), 0);
  std::vector<int> work;
  for (size_t i = 0; i < s.nodes.size(); ++i)
    if (s.nodes[i].kind == Node::Kind::end) ok[i] = 1, work.push_back(static_cast<int>(i));
  while (!work.empty()) {
    int v = work.back();
    work.pop_back();
    for (int p : pred[static_cast<size_t>(v)])
      if (!ok[static_cast<size_t>(p)]) ok[static_cast<size_t>(p)] = 1, work.push_back(p);
  }
  return ok;
}

// The exact search cut short: graph bounds stand in, with sampled attempts for the other end.
void fall_back(const Scenario& s, AnalysisStop stop, Analysis& a) {
  Analysis b;
  b.approximate = true;
  b.stopped = stop;
  b.states = a.states, b.transitions = a.transitions;
  b.search_bytes = a.search_bytes, b.search_seconds = a.search_seconds;
  b.cue_cap_hit = a.cue_cap_hit;
  a = std::move(b);
  graph_bounds(s, a);
  SampledAttempts sampled = sample_attempts(s);
  a.reached_any = sampled.any_ended;
  a.reached_best = sampled.best;
  a.reached_worst = sampled.worst;
}

std::string megabytes(size_t bytes) { return fmt::format("{} MB", (bytes + (1 << 19)) >> 20); }

}  // namespace

std::string_view analysis_stop_name(AnalysisStop s) {
  switch (s) {
    case AnalysisStop::none: return "none";
    case AnalysisStop::states: return "states";
    case AnalysisStop::memory: return "memory";
    case AnalysisStop::time: return "time";
    case AnalysisStop::cancelled: return "cancelled";
    case AnalysisStop::out_of_memory: return "out_of_memory";
  }
  return "none";
}

// [SECTION] The analysis

Analysis analyze(const Scenario& s, const AnalysisLimits& limits) {
  Analysis a;
  if (s.start_node < 0 || s.nodes.empty()) return a;
  AnalysisStop stop = AnalysisStop::none;
  try {
    stop = search_states(s, limits, a);
  } catch (const std::bad_alloc&) {
    stop = AnalysisStop::out_of_memory;  // the search's memory is given back as it unwinds
  }
  if (stop != AnalysisStop::none) fall_back(s, stop, a);
  auto ends = can_reach_end(s, successors(s));
  for (size_t i = 0; i < s.nodes.size(); ++i) {
    if (!a.reachable[i]) a.unreachable.push_back(static_cast<int>(i));
    else if (s.nodes[i].kind == Node::Kind::end) a.endings.push_back(static_cast<int>(i));
    if (!ends[i]) a.dead_ends.push_back(static_cast<int>(i));
  }
  return a;
}

// [SECTION] Warnings

std::string describe_stop(const Analysis& a, const AnalysisLimits& limits) {
  std::string why;
  switch (a.stopped) {
    case AnalysisStop::states: why = fmt::format("reached its budget of {} states", limits.states); break;
    case AnalysisStop::memory: why = fmt::format("reached its memory budget of {}", megabytes(limits.bytes)); break;
    case AnalysisStop::time: why = fmt::format("reached its time budget of {:g} s", limits.seconds); break;
    case AnalysisStop::cancelled: why = "was cancelled"; break;
    case AnalysisStop::out_of_memory: why = "ran out of memory"; break;
    case AnalysisStop::none: why = "gave up on a typed reply with too many outcomes"; break;
  }
  return fmt::format("the exact analysis {} after {} states and {} transitions ({}, {:.1f} s)", why, a.states,
                     a.transitions, megabytes(a.search_bytes), a.search_seconds);
}

std::string describe_looseness(const Analysis& a) {
  if (!a.reached_any) return "no sampled attempt reached an ending, so how loose they are is unknown";
  std::string out = "sampled attempts reached";
  for (int d = 0; d < kDimensions; ++d)
    out += fmt::format("{} {} {}", d ? "," : "", kDimensionNames[d], a.reached_best[d]);
  out += " against bounds of";
  for (int d = 0; d < kDimensions; ++d)
    out += fmt::format("{} {}", d ? "," : "", a.best[d]);
  return out + ", so each best lies between the two";
}

ScoreBounds score_bounds(const Analysis& a) { return ScoreBounds(a.best, a.approximate); }

void report_analysis(const Scenario& s, const Analysis& a, const AnalysisLimits& limits, DiagnosticSink& sink) {
  auto at = [&](int node) { return s.nodes[static_cast<size_t>(node)].loc; };
  auto id = [&](int node) -> const std::string& { return s.nodes[static_cast<size_t>(node)].id; };
  if (a.stopped != AnalysisStop::none)
    sink.warning({1, 1}, "HS0106",
                 fmt::format("{}; best scores are upper bounds from the graph, so percentages may read low ({})",
                             describe_stop(a, limits), describe_looseness(a)));
  else if (a.approximate)
    sink.warning({1, 1}, "HS0106",
                 "a typed reply has too many distinct outcomes to weigh them all; best scores may be off");
  for (int n : a.unreachable)
    sink.warning(at(n), "HS0100", fmt::format("node '{}' can never be reached from '{}'", id(n), s.start));
  for (int n : a.dead_ends)
    if (a.reachable[static_cast<size_t>(n)])
      sink.warning(at(n), "HS0101", fmt::format("node '{}' is a dead end: no path from it leads to an ending", id(n)));
  for (int n : a.stuck) {
    const Node& node = s.nodes[static_cast<size_t>(n)];
    sink.warning(at(n), "HS0109",
                 node.kind == Node::Kind::choices
                     ? fmt::format("node '{}' can be reached when none of its choices is shown; relax a 'when' or add an "
                                   "unconditional choice", id(n))
                     : fmt::format("node '{}' can be reached when none of its routes holds; add a final route without 'when'",
                                   id(n)));
  }
  bool resolved = std::any_of(a.endings.begin(), a.endings.end(), [&](int n) {
    return s.nodes[static_cast<size_t>(n)].ending.outcome == Outcome::resolved;
  });
  if (!resolved)
    sink.warning({1, 1}, "HS0102", "no reachable ending has outcome 'resolved'; a trainee can never fully succeed");
  if (!a.single_path_best && !a.approximate)
    sink.warning({1, 1}, "HS0107",
                 fmt::format("no single attempt reaches the best of all three dimensions at once (best empathy {}, "
                             "timeliness {}, solution {}), so no trainee can score 100% on all three",
                             a.best[0], a.best[1], a.best[2]));
}

}  // namespace hallsim
