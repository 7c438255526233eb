#include "run/script.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

namespace hallsim {

void skip_lines(Session& session) {
  // Each advance moves to another node; a cycle made only of `next` lines is bounded here.
  for (size_t guard = 0; session.phase() == Session::Phase::line && guard < 100000; ++guard) session.advance();
}

namespace {

// The 1-based position among the visible choices the reply means.
int position_of(const Session& session, const ScriptedReply& r) {
  if (r.choice_index < 0) return r.number;
  auto visible = session.visible_choices();
  auto at = std::find(visible.begin(), visible.end(), r.choice_index);
  if (at == visible.end())
    throw std::invalid_argument(fmt::format("choice {} of node '{}' is not offered now", r.choice_index + 1, session.node().id));
  return static_cast<int>(at - visible.begin()) + 1;
}

}  // namespace

std::vector<ScriptedReply> replies_of(const std::vector<Turn>& turns) {
  std::vector<ScriptedReply> out;
  out.reserve(turns.size());
  for (const Turn& t : turns) {
    ScriptedReply r;
    r.typed = t.kind == Node::Kind::free_text;
    if (r.typed) r.text = t.reply;
    else r.choice_index = t.choice;
    r.node = t.node;
    r.response_s = t.response_s;
    r.vote = t.vote;
    out.push_back(std::move(r));
  }
  return out;
}

ScriptOutcome play_script(Session& session, const std::vector<ScriptedReply>& replies, double response_s,
                          bool stop_after_last) {
  ScriptOutcome out;
  skip_lines(session);
  for (const ScriptedReply& r : replies) {
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
      if (!r.node.empty() && r.node != where)
        throw std::invalid_argument(fmt::format("the reply was made at node '{}', but the scenario is now at '{}'", r.node, where));
      if (phase == Session::Phase::choice) {
        if (r.typed)
          throw std::invalid_argument(fmt::format("node '{}' offers choices, but the reply is the text \"{}\"", where, r.text));
        session.choose(position_of(session, r) - 1, seconds, r.vote);
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
    if (stop_after_last && out.used == replies.size()) return out;
    skip_lines(session);
  }
  if (session.phase() != Session::Phase::ended) {
    out.ok = false;
    out.error = fmt::format("the replies ran out at node '{}' before an ending", session.node().id);
  }
  return out;
}

}  // namespace hallsim
