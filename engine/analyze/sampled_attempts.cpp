#include "analyze/sampled_attempts.hpp"

#include <algorithm>
#include <chrono>
#include <random>

#include "run/rules.hpp"

namespace hallsim {

namespace {

constexpr int kMaxReplies = 500;

// How an attempt leans: towards the most (or least) of one dimension, or not at all.
struct Lean {
  int dimension = -1;  // -1: uniform at random
  bool up = true;
};

// The cues a reply matches: each at random, or, when leaning, those that help the lean. A
// conduct cue withholds every cue with a positive score, as in play.
std::vector<int> pick_cues(const FreeText& ft, const Lean& lean, std::mt19937_64& rng) {
  std::vector<int> matched;
  bool conduct = false;
  for (size_t c = 0; c < ft.cues.size(); ++c) {
    const Cue& cue = ft.cues[c];
    bool take = lean.dimension < 0 ? (rng() & 1u) != 0
                                   : (lean.up ? cue.scores[lean.dimension] > 0 : cue.scores[lean.dimension] < 0) || (rng() % 8 == 0);
    if (!take) continue;
    if (cue.conduct) conduct = true;
    matched.push_back(static_cast<int>(c));
  }
  if (conduct)
    matched.erase(std::remove_if(matched.begin(), matched.end(),
                                 [&](int c) {
                                   const Cue& cue = ft.cues[static_cast<size_t>(c)];
                                   return !cue.conduct && cue.positive();
                                 }),
                  matched.end());
  return matched;
}

// A visible choice: when leaning, mostly the one that adds most (or least) to the dimension.
int pick_choice(const Node& n, const std::vector<int>& shown, const Lean& lean, std::mt19937_64& rng) {
  if (lean.dimension < 0 || rng() % 4 == 0) return shown[rng() % shown.size()];
  int best = shown[0];
  for (int c : shown) {
    int v = n.choices[static_cast<size_t>(c)].scores[lean.dimension];
    int b = n.choices[static_cast<size_t>(best)].scores[lean.dimension];
    if (lean.up ? v > b : v < b) best = c;
  }
  return best;
}

}  // namespace

SampledAttempts sample_attempts(const Scenario& s, size_t plays, std::uint64_t seed, double seconds) {
  SampledAttempts out;
  if (s.start_node < 0) return out;
  auto started = std::chrono::steady_clock::now();
  std::mt19937_64 rng(seed);
  PlayState start = initial_state(s);
  enter_node(s, start, s.start_node);
  for (size_t i = 0; i < plays; ++i) {
    if (i % 16 == 0 && std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() > seconds) break;
    Lean lean;
    if (i % 7 < 6) lean = {static_cast<int>(i % 3), i % 7 < 3};
    PlayState st = start;
    bool ended = false;
    for (int replies = 0; replies < kMaxReplies && st.node >= 0; ++replies) {
      const Node& n = s.nodes[static_cast<size_t>(st.node)];
      if (n.kind == Node::Kind::end) {
        ended = true;
        break;
      }
      if (n.kind == Node::Kind::next) {
        if (!take_next(s, st)) break;
      } else if (n.kind == Node::Kind::choices) {
        std::vector<int> shown = visible_choices(s, st);
        if (shown.empty()) break;
        take_choice(s, st, pick_choice(n, shown, lean, rng));
      } else {
        int target = -1;
        take_cues(s, st, pick_cues(n.free_text, lean, rng), target);
        if (target < 0) break;
      }
    }
    if (!ended) continue;
    for (int d = 0; d < kDimensions; ++d) {
      out.best[d] = out.any_ended ? std::max(out.best[d], st.raw[d]) : st.raw[d];
      out.worst[d] = out.any_ended ? std::min(out.worst[d], st.raw[d]) : st.raw[d];
    }
    out.any_ended = true;
  }
  return out;
}

}  // namespace hallsim
