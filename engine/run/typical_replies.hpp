// Replies a trainee might type at a free-text node, for plays and searches that type instead of
// guessing which cues a reply meets: the rubric (judge_reply) then decides what each one earns.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "model/scenario.hpp"

namespace hallsim {

enum class TypicalReply {
  model,  // the node's model answer; without one, a stand-in that says a phrase of every positive cue
  poor,   // a phrase of each cue that costs points (the conduct check's included); a non-answer if none
  empty,  // nothing typed: no cue matches and the default route is taken
};
inline constexpr std::array<TypicalReply, 3> kTypicalReplies = {TypicalReply::model, TypicalReply::poor, TypicalReply::empty};

// The reply of that kind at free-text node `n`, in `language` ("" = the scenario's own).
std::string typical_reply(const Scenario& s, const Node& n, TypicalReply kind, std::string_view language = "");

// A reply that says a phrase of every positive cue of `ft` (every phrase of a cue's `all` list).
std::string stand_in_reply(const FreeText& ft);

}  // namespace hallsim
