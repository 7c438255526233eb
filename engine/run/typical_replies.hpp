// Replies a trainee might type at a free-text node, for plays and searches that type instead of
// guessing which cues a reply meets: the rubric (judge_reply) then decides what each one earns.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/scenario.hpp"

namespace hallsim {

struct TypicalReplies {
  // The node's model answer; without one, a stand-in that says a phrase of every positive cue.
  std::string model;
  // One per cue that costs points (the conduct check's included): a sentence with its phrase, so
  // each pitfall and the route behind it is tried on its own. A non-answer ("……") when none.
  std::vector<std::string> poor;
  // Stand-ins for some of the positive cues, each kept with even odds: a half-right answer, for
  // routes that want one cue and not another. None where there are fewer than two positive cues.
  std::vector<std::string> partial;
  // And the empty reply, "": no cue matches and the default route is taken.
};

// The replies at free-text node `n`, in `language` ("" = the scenario's own); the partial ones
// drawn from `seed` (the same seed, the same replies).
TypicalReplies typical_replies(const Scenario& s, const Node& n, std::string_view language = "", std::uint64_t seed = 1,
                               size_t partials = 16);

// A reply that says a phrase of every positive cue in `cues` (every phrase of a cue's `all` list),
// one short sentence each.
std::string stand_in_reply(const std::vector<Cue>& cues);

}  // namespace hallsim
