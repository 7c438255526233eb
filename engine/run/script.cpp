#include "run/script.hpp"

#include <stdexcept>

#include <fmt/format.h>

namespace hallsim {

void skip_lines(Session& session) {
  // Each advance moves to another node; a cycle made only of `next` lines is bounded here.
  for (size_t guard = 0; session.phase() == Session::Phase::line && guard < 100000; ++guard) session.advance();
}

ScriptOutcome play_script(Session& session, const std::vector<ScriptedReply>& replies, double response_s,
                          const std::function<void(Session&, size_t)>& between) {
  ScriptOutcome out;
  skip_lines(session);
  for (const ScriptedReply& r : replies) {
    if (between) between(session, out.used);
    auto phase = session.phase();
    std::string where = session.node().id;
    if (phase == Session::Phase::ended) {
      out.ok = false;
      out.error = fmt::format("the attempt ended at '{}' with {} repl{} left over", where, replies.size() - out.used,
                              replies.size() - out.used == 1 ? "y" : "ies");
      return out;
    }
    double seconds = r.response_s.value_or(response_s);
    try {
      if (phase == Session::Phase::choice) {
        if (r.typed)
          throw std::invalid_argument(fmt::format("node '{}' offers choices, but the reply is the text \"{}\"", where, r.text));
        session.choose(r.number - 1, seconds, r.vote);
      } else {
        if (!r.typed)
          throw std::invalid_argument(fmt::format("node '{}' takes a typed reply, but the reply is the number {}", where, r.number));
        session.say(r.text, seconds);
      }
    } catch (const std::invalid_argument& e) {
      out.ok = false;
      out.error = fmt::format("reply {} at node '{}': {}", out.used + 1, where, e.what());
      return out;
    }
    ++out.used;
    skip_lines(session);
  }
  if (session.phase() != Session::Phase::ended) {
    out.ok = false;
    out.error = fmt::format("the replies ran out at node '{}' before an ending", session.node().id);
  }
  return out;
}

}  // namespace hallsim
