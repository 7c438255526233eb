// What the exact analysis may spend before it stops and falls back to graph bounds: states,
// bytes and seconds; and, for a caller on another thread, a way to stop it and to watch it.
#pragma once

#include <atomic>
#include <cstddef>
#include <string_view>

namespace hallsim {

struct AnalysisLimits {
  size_t states = 20'000'000;
  size_t bytes = size_t{256} << 20;  // the search's own memory: states, edges, values, its stacks
  double seconds = 20;
  const std::atomic<bool>* cancel = nullptr;  // set to true (by another thread) to stop the search
  std::atomic<size_t>* progress = nullptr;    // states found so far, updated as the search goes
  // false: no saturated counters and a "scored" flag for every choice and cue of a node on a cycle,
  // as before issue 14; the tests compare both ways, which must agree wherever both finish.
  bool reductions = true;
};

// Why an exact search stopped before the end.
enum class AnalysisStop { none, states, memory, time, cancelled, out_of_memory };
std::string_view analysis_stop_name(AnalysisStop s);  // "states", "memory", ...

}  // namespace hallsim
