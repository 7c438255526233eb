#include "analyze/random_plays.hpp"

#include <algorithm>
#include <random>

#include "run/typical_replies.hpp"
#include "score/rubric.hpp"

namespace hallsim {

namespace {

// At one free-text node, the cues each typical reply meets, by kind (judged once: a judgement
// depends on the words and the rubric, never on the state).
struct TypedCues {
  std::vector<std::vector<std::vector<int>>> kinds;  // model, poor, partial, empty; each kind non-empty
};

std::vector<int> cues_met(const Node& n, const std::string& reply) {
  // As the session does: a blank reply meets nothing.
  bool blank = reply.find_first_not_of(" \t\r\n") == std::string::npos;
  return blank ? std::vector<int>{} : judge_reply(n.free_text.cues, reply).matched_cues();
}

std::vector<TypedCues> judge_typical_replies(const Scenario& s, const RandomPlayOptions& o) {
  std::vector<TypedCues> typed(s.nodes.size());
  for (size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    if (n.kind != Node::Kind::free_text) continue;
    TypicalReplies replies = typical_replies(s, n, o.language, o.seed + i);
    auto& kinds = typed[i].kinds;
    kinds.push_back({cues_met(n, replies.model)});
    kinds.emplace_back();
    for (const std::string& reply : replies.poor) kinds.back().push_back(cues_met(n, reply));
    if (!replies.partial.empty()) {
      kinds.emplace_back();
      for (const std::string& reply : replies.partial) kinds.back().push_back(cues_met(n, reply));
    }
    kinds.push_back({std::vector<int>{}});
  }
  return typed;
}

// A kind with even odds, then one reply of it with even odds.
const std::vector<int>& pick_reply(const TypedCues& t, std::mt19937_64& rng) {
  std::uniform_int_distribution<size_t> kind(0, t.kinds.size() - 1);
  const auto& replies = t.kinds[kind(rng)];
  std::uniform_int_distribution<size_t> which(0, replies.size() - 1);
  return replies[which(rng)];
}

// One attempt from `st`, choosing with `rng`; returns the replies it took.
size_t play_once(const Scenario& s, const std::vector<TypedCues>& typed, PlayState st, std::mt19937_64& rng, const RandomPlayOptions& o,
                 RandomPlays& out, std::vector<char>& seen) {
  size_t replies = 0;
  std::fill(seen.begin(), seen.end(), 0);
  auto mark = [&](int node) {
    if (node >= 0 && !seen[static_cast<size_t>(node)]) seen[static_cast<size_t>(node)] = 1, ++out.node_visits[static_cast<size_t>(node)];
  };
  mark(st.node);
  for (;;) {
    if (st.node < 0) {
      ++out.stuck;
      break;
    }
    const Node& n = s.nodes[static_cast<size_t>(st.node)];
    if (n.kind == Node::Kind::end) {
      ++out.ending_counts[static_cast<size_t>(st.node)];
      ++out.outcome_counts[static_cast<size_t>(n.ending.outcome)];
      break;
    }
    if (static_cast<int>(replies) >= o.max_replies) {
      ++out.cut_off;
      break;
    }
    if (n.kind == Node::Kind::next) {
      if (!take_next(s, st)) st.node = -1;
    } else if (n.kind == Node::Kind::choices) {
      std::vector<int> shown = visible_choices(s, st);
      if (shown.empty()) {
        ++out.stuck;
        break;
      }
      std::uniform_int_distribution<size_t> pick(0, shown.size() - 1);
      take_choice(s, st, shown[pick(rng)]);
      ++replies;
    } else {
      int target = -1;
      take_cues(s, st, pick_reply(typed[static_cast<size_t>(st.node)], rng), target);
      ++replies;
    }
    mark(st.node);
  }
  for (int d = 0; d < kDimensions; ++d) ++out.score_counts[static_cast<size_t>(d)][st.raw[static_cast<size_t>(d)]];
  return replies;
}

}  // namespace

RandomPlays random_plays(const Scenario& s, const RandomPlayOptions& o) {
  RandomPlays out;
  out.ending_counts.assign(s.nodes.size(), 0);
  out.node_visits.assign(s.nodes.size(), 0);
  PlayState start = o.start ? *o.start : initial_state(s);
  if (!o.start) enter_node(s, start, s.start_node);
  std::vector<TypedCues> typed = judge_typical_replies(s, o);
  std::mt19937_64 rng(o.seed);
  std::vector<char> seen(s.nodes.size(), 0);
  for (size_t i = 0; i < o.plays; ++i) out.replies += play_once(s, typed, start, rng, o, out, seen);
  out.plays = o.plays;
  for (size_t n = 0; n < s.nodes.size(); ++n)
    if (!out.node_visits[n]) out.never_reached.push_back(static_cast<int>(n));
  return out;
}

int score_quantile(const std::map<int, size_t>& counts, double fraction) {
  size_t total = 0;
  for (const auto& [_, n] : counts) total += n;
  if (total == 0) return 0;
  auto wanted = static_cast<size_t>(fraction * static_cast<double>(total - 1));
  size_t seen = 0;
  for (const auto& [score, n] : counts) {
    seen += n;
    if (seen > wanted) return score;
  }
  return counts.rbegin()->first;
}

}  // namespace hallsim
