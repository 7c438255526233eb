// Which parts of a PlayState can change the future of an attempt, and how they are packed into a
// state's key for the exact analysis. Two states with the same key have the same futures, so
// the search keeps one. The reductions, each one exact:
//   - only variables some condition reads are kept;
//   - counters that only grow (turn, elapsed minutes, variables whose every effect adds) and that
//     conditions only compare with constants saturate one past the largest such constant; the hall
//     clock, which wraps at midnight, keeps elapsed minutes modulo a day beyond that;
//   - "scored once" flags are kept only for choices and cues that can be met again (a choice
//     whose move stays inside a cycle of the node graph, a cue of a free-text node on a cycle)
//     and that score at all.
#pragma once

#include <cstdint>
#include <vector>

#include "model/scenario.hpp"
#include "run/rules.hpp"

namespace hallsim {

// How a monotone integer is reduced: kept as is, saturated at `cap` (from above when `up`, from
// below otherwise), or, for elapsed minutes read through the clock, taken modulo a day past `cap`.
struct Saturation {
  enum class Kind { none, saturate, day_cycle } kind = Kind::none;
  bool up = true;
  long long cap = 0;
  int apply(int value) const;
};

struct StatePlan {
  std::vector<int> vars;                 // variables some condition reads, in key order
  std::vector<Saturation> var_saturation;  // per entry of `vars`
  bool turn = false, elapsed = false, score = false;
  Saturation turn_saturation, elapsed_saturation;
  std::vector<int> choices;    // global choice indices whose "scored" flag can matter later
  std::vector<int> cue_slots;  // cue slots whose "scored" flag can matter later
  std::vector<int> visited;    // nodes named by visited.X
  std::vector<char> cyclic;    // per node: on a cycle of the node graph
  size_t key_words = 0;        // 32-bit words in a packed key

  // Packs the parts of `st` that matter (with counters reduced) into `key` (key_words long).
  void pack(const PlayState& st, uint32_t* key) const;
  // The reverse, onto a scratch state whose irrelevant flags are all zero.
  void unpack(const uint32_t* key, PlayState& st) const;
  // Zeroes the flags unpack() set, so the scratch state is clean for the next one.
  void clear_flags(PlayState& st) const;
  // Reduces the counters of `st` in place (the free-text expansion merges outcomes by them).
  void reduce_vars(int* values) const;
};

// `reduce` false keeps every counter as is and a flag for every choice and cue of a cyclic node.
StatePlan plan_state(const Scenario& s, bool reduce = true);

// The node graph's successors, and which nodes lie on a cycle; component ids per node, numbered
// in reverse topological order (successors first).
std::vector<std::vector<int>> successors(const Scenario& s);
std::vector<int> node_components(const std::vector<std::vector<int>>& succ, std::vector<char>& cyclic);

}  // namespace hallsim
