// Random playthroughs: many seeded attempts that pick uniformly among the replies shown (and, at
// free-text nodes, let each cue match with even odds). They show how a scenario behaves for a
// trainee who guesses: which endings come up how often, how scores spread, which nodes no one sees.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "model/scenario.hpp"
#include "run/rules.hpp"

namespace hallsim {

struct RandomPlayOptions {
  size_t plays = 1000;
  std::uint64_t seed = 1;
  int max_replies = 500;  // an attempt still going after this many replies is cut off
  // Where each play begins; default: the scenario's start, with the starting variables.
  std::optional<PlayState> start;
};

struct RandomPlays {
  size_t plays = 0;
  size_t replies = 0;                   // over all plays
  std::vector<size_t> ending_counts;    // per node: plays that ended there
  std::array<size_t, 4> outcome_counts{};  // per Outcome
  size_t stuck = 0;                     // plays where nothing could follow
  size_t cut_off = 0;                   // plays stopped at max_replies
  std::vector<size_t> node_visits;      // per node: plays that visited it
  std::vector<int> never_reached;       // nodes no play visited
  // Per dimension: raw total -> plays that finished with it.
  std::array<std::map<int, size_t>, kDimensions> score_counts{};
};

RandomPlays random_plays(const Scenario& s, const RandomPlayOptions& options);

// The raw total at or below which `fraction` (0..1) of the plays fall, for one dimension.
int score_quantile(const std::map<int, size_t>& counts, double fraction);

}  // namespace hallsim
