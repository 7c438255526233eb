// Scripted play: a list of replies (choice numbers and typed texts) driven through a Session.
// Used by `hallsim run`, test plans and transcript re-scoring.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "run/session.hpp"

namespace hallsim {

struct ScriptedReply {
  bool typed = false;
  int number = 0;  // 1-based position among the visible choices
  std::string text;
  std::optional<double> response_s;  // overrides the script's default
  std::optional<ClassVote> vote{};   // a choice a class voted for (a replayed classroom attempt)
};

struct ScriptOutcome {
  bool ok = true;
  std::string error;  // why the script could not be played to its end
  size_t used = 0;    // replies consumed
};

// Plays `replies` from the session's current point, continuing past `next` lines by itself.
// `between` (optional) runs before each reply with the number of replies made so far.
ScriptOutcome play_script(Session& session, const std::vector<ScriptedReply>& replies, double response_s,
                          const std::function<void(Session&, size_t)>& between = {});

// Continues past `next` lines until a reply is needed or the attempt ends.
void skip_lines(Session& session);

}  // namespace hallsim
