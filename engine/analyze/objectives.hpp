// The seven quantities the analysis optimises at once: the most empathy, timeliness, solution and
// their sum (the sum tells whether one attempt reaches all three bests), and the least of each.
#pragma once

#include <algorithm>
#include <array>
#include <climits>

#include "model/scenario.hpp"

namespace hallsim {

constexpr int kObjectives = 7;
using Gains = std::array<int, kObjectives>;
using Values = std::array<int, kObjectives>;
constexpr int kNoEnding = INT_MIN / 4;  // a value: no ending can be reached from here

inline bool is_max(int objective) { return objective < 4; }

inline Gains gains_of(const ScoreVector& d) { return {d[0], d[1], d[2], d[0] + d[1] + d[2], d[0], d[1], d[2]}; }

// The worst value of each objective (what a max starts from), i.e. "nothing reachable yet".
inline Values no_values() {
  Values v;
  for (int o = 0; o < kObjectives; ++o) v[o] = is_max(o) ? kNoEnding : -kNoEnding;
  return v;
}

// Folds `candidate` into `into`, objective by objective.
inline void improve(Values& into, const Values& candidate) {
  for (int o = 0; o < kObjectives; ++o)
    into[o] = is_max(o) ? std::max(into[o], candidate[o]) : std::min(into[o], candidate[o]);
}

}  // namespace hallsim
