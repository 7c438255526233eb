#include "model/reply_limits.hpp"

#include <algorithm>

namespace hallsim {

namespace {

ReplyLimits limits_of(const Scenario& s, Node::Kind kind) {
  ReplyLimits out;
  for (const Node& n : s.nodes) {
    if (n.kind != kind) continue;
    int limit = s.time_limit_of(n);
    out.least = out.least == 0 ? limit : std::min(out.least, limit);
    out.most = std::max(out.most, limit);
  }
  return out;
}

}  // namespace

ReplyLimits picked_reply_limits(const Scenario& s) { return limits_of(s, Node::Kind::choices); }
ReplyLimits typed_reply_limits(const Scenario& s) { return limits_of(s, Node::Kind::free_text); }

}  // namespace hallsim
