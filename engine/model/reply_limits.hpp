// The reply time limits a trainee meets in a scenario, from Scenario::time_limit_of (what the
// reply timer uses): the briefing promises exactly what the timer gives.
#pragma once

#include "model/scenario.hpp"

namespace hallsim {

struct ReplyLimits {
  int least = 0, most = 0;  // seconds; 0: the scenario asks for no such reply
};

// Over every node that asks for a picked reply.
ReplyLimits picked_reply_limits(const Scenario& s);
// Over every free-text node.
ReplyLimits typed_reply_limits(const Scenario& s);

}  // namespace hallsim
