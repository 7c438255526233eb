// Trying typed replies at one free-text node as play would score them there: the rubric
// playground behind `hallsim rubric` and authoring mode's "type a reply, see it scored".
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "run/session.hpp"

namespace hallsim {

struct ReplyTrial {
  Turn turn;  // what the reply did: cues and their words, withheld cues, conduct, deltas
  std::vector<std::pair<std::string, int>> effects;  // per variable that changed: after minus before
  std::string next;  // the node the reply leads to, "" when no route holds
};

// A session standing at free-text node `node`, reached along the best-scoring path found: every
// choice is tried (best first), typed nodes on the way take their model answer or a blank reply
// (the default route), and of the attempts that arrive the one with the highest raw total wins.
// nullopt when none arrives within the search budget.
std::optional<Session> session_at(const std::shared_ptr<const Scenario>& scenario, const ScoreBounds& bounds, int node,
                                  const std::string& language = "");

// Says `reply` in a copy of `at` (which must stand at a free-text node) and reports what it did.
ReplyTrial try_reply(const Session& at, const std::string& reply);

}  // namespace hallsim
