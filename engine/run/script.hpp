// Scripted play: a list of replies (choice numbers and typed texts) driven through a Session.
// Used by `hallsim run`, test plans, transcript re-scoring and the authoring rehearsal, which
// replays an author's replies on a new version of the scenario.
#pragma once

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
  // A recorded reply names the node's choice itself (0-based), not its position on screen, and
  // the node it was made at; the script checks both against the scenario as it is now.
  int choice_index = -1;
  std::string node{};
};

struct ScriptOutcome {
  bool ok = true;
  std::string error;  // why the script could not be played to its end
  size_t used = 0;    // replies consumed
};

// Plays `replies` from the session's current point, continuing past `next` lines by itself.
// With `stop_after_last` the session stays where the last reply left it, even on a line.
ScriptOutcome play_script(Session& session, const std::vector<ScriptedReply>& replies, double response_s,
                          bool stop_after_last = false);

// The replies of recorded turns, to play them again (on a new version of the scenario).
std::vector<ScriptedReply> replies_of(const std::vector<Turn>& turns);

// Continues past `next` lines until a reply is needed or the attempt ends.
void skip_lines(Session& session);

}  // namespace hallsim
