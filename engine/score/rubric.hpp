// Rubric matching: which cues a typed reply meets.
#pragma once

#include <string_view>
#include <vector>

#include "model/scenario.hpp"

namespace hallsim {

// A cue matches when at least one `any` phrase (if any are given) and every `all` phrase occur
// in the folded reply. An empty reply matches nothing.
bool cue_matches(const Cue& cue, std::string_view folded_reply);

// Indices of the cues that match `reply` (unfolded text as typed).
std::vector<int> match_cues(const std::vector<Cue>& cues, std::string_view reply);

}  // namespace hallsim
