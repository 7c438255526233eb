#include "analyze/random_plays.hpp"

#include <algorithm>
#include <random>

namespace hallsim {

namespace {

// One attempt from `st`, choosing with `rng`; returns the replies it took.
size_t play_once(const Scenario& s, PlayState st, std::mt19937_64& rng, const RandomPlayOptions& o, RandomPlays& out,
                 std::vector<char>& seen) {
  size_t replies = 0;
  std::fill(seen.begin(), seen.end(), 0);
  auto mark = [&](int node) {
    if (node >= 0 && !seen[static_cast<size_t>(node)]) seen[static_cast<size_t>(node)] = 1, ++out.node_visits[static_cast<size_t>(node)];
  };
  mark(st.node);
  std::vector<int> matched;
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
      matched.clear();
      bool flagged = false;  // by the conduct check, which withholds every cue that would score
      for (size_t c = 0; c < n.free_text.cues.size(); ++c)
        if (rng() & 1u) matched.push_back(static_cast<int>(c)), flagged = flagged || n.free_text.cues[c].conduct;
      if (flagged)
        matched.erase(std::remove_if(matched.begin(), matched.end(),
                                     [&](int c) {
                                       const Cue& cue = n.free_text.cues[static_cast<size_t>(c)];
                                       return !cue.conduct && cue.positive();
                                     }),
                      matched.end());
      int target = -1;
      take_cues(s, st, matched, target);
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
  std::mt19937_64 rng(o.seed);
  std::vector<char> seen(s.nodes.size(), 0);
  for (size_t i = 0; i < o.plays; ++i) out.replies += play_once(s, start, rng, o, out, seen);
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
