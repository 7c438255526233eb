#include "analyze/reply_order.hpp"

#include <algorithm>

#include "score/advice.hpp"

namespace hallsim {

namespace {

size_t characters(const std::string& utf8) {
  size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

ReplyOrder reply_order(const Scenario& s) {
  ReplyOrder r;
  for (const Node& n : s.nodes) {
    if (n.kind != Node::Kind::choices || n.choices.size() < 2) continue;
    auto best = best_choice(n);
    if (!best) continue;
    ++r.choice_nodes;
    size_t longest = 0;
    for (const Choice& c : n.choices) longest = std::max(longest, characters(s.text(c.reply, s.language)));
    if (characters(s.text(n.choices[static_cast<size_t>(*best)].reply, s.language)) == longest) ++r.best_longest;
    ++r.best_at[std::min<size_t>(static_cast<size_t>(*best), r.best_at.size() - 1)];
  }
  return r;
}

}  // namespace hallsim
