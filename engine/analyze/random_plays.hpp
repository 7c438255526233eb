// Random playthroughs: many seeded attempts that pick uniformly among the replies shown and, at
// free-text nodes, type a real reply (run/typical_replies.hpp) judged by the rubric as play judges
// it: the node's model answer, a poor reply (one pitfall's words), a half-right answer or nothing,
// each kind with even odds. They show how a scenario behaves for a trainee who guesses: which
// endings come up how often, how scores spread, which nodes no one sees. (Letting each cue match
// by a coin flip instead made a route that needs every cue of a rich rubric unreachable, though
// the model answer takes it.)
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
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
  std::string language;  // of the typed model answers; "" = the scenario's own, which its rubric is written for
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
