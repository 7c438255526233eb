// The reference the analysis is checked against: every attempt a trainee can make, played through
// Session (each visible choice; at a free-text line every subset of cues, typed as a reply made of
// their phrases), with no reduction of the state at all. Attempts longer than `max_replies` are
// not followed, so on scenarios with loops it sees only the attempts up to that length: its best is
// a lower bound of the true best (its worst an upper bound of the true worst), and equal to it
// once a longer horizon changes nothing. Identical full states at the same reply count are
// explored once.
#pragma once

#include <set>
#include <string>

#include <doctest/doctest.h>

#include "run/session.hpp"

namespace hallsim::test {

struct BruteForce {
  bool any = false;  // some attempt within the horizon ended at an ending
  ScoreVector best{-1'000'000, -1'000'000, -1'000'000}, worst{1'000'000, 1'000'000, 1'000'000};
};

class BruteForceExplorer {
 public:
  explicit BruteForceExplorer(int max_replies) : max_replies_(max_replies) {}

  BruteForce run(const Session& start) {
    explore(start);
    return result_;
  }
  size_t states() const { return seen_.size(); }

 private:
  static std::string sample_of(const Phrase& p) {
    if (p.kind == Phrase::Kind::concrete_time) return "十分钟内";
    if (p.kind == Phrase::Kind::anyone_feels) return "谁都急";
    return p.folded;
  }

  static std::string key_of(const Session& s) {
    const PlayState& st = s.state();
    std::string k = std::to_string(static_cast<int>(s.phase())) + ":" + std::to_string(st.node) + ":" +
                    std::to_string(st.turn) + ":" + std::to_string(st.elapsed) + ":";
    for (int v : st.vars) k += std::to_string(v) + ",";
    for (int v : st.raw) k += std::to_string(v) + ",";
    k.append(st.visited.begin(), st.visited.end());
    k.append(st.choice_scored.begin(), st.choice_scored.end());
    k.append(st.cue_scored.begin(), st.cue_scored.end());
    return k;
  }

  void explore(const Session& s) {
    if (s.ended()) {
      if (!s.ending() || s.ending()->node.empty()) return;  // stuck, not an ending
      result_.any = true;
      for (int d = 0; d < kDimensions; ++d) {
        result_.best[d] = std::max(result_.best[d], s.state().raw[d]);
        result_.worst[d] = std::min(result_.worst[d], s.state().raw[d]);
      }
      return;
    }
    if (s.state().turn > max_replies_ || !seen_.insert(key_of(s)).second) return;
    if (s.phase() == Session::Phase::line) {
      Session next = s;
      next.advance();
      explore(next);
    } else if (s.phase() == Session::Phase::choice) {
      for (size_t i = 0; i < s.visible_choices().size(); ++i) {
        Session next = s;
        next.choose(static_cast<int>(i), 1);
        explore(next);
      }
    } else {
      const auto& cues = s.node().free_text.cues;
      for (size_t mask = 0; mask < (size_t{1} << cues.size()); ++mask) {
        std::string reply = "。";
        for (size_t c = 0; c < cues.size(); ++c)
          if (mask & (size_t{1} << c)) {
            // One phrase of `any` meets it (sets and recognisers stand for many), and every `all`.
            if (!cues[c].any_phrases.empty()) reply += sample_of(cues[c].any_phrases.front()) + "，";
            for (const auto& p : cues[c].all_phrases) reply += sample_of(p) + "，";
          }
        Session next = s;
        next.say(reply, 1);
        // Only subsets the phrases really produce (a phrase may contain another cue's phrase,
        // and a cue may withhold others).
        if (next.turns().back().cues.size() != static_cast<size_t>(__builtin_popcountll(mask))) continue;
        explore(next);
      }
    }
  }

  int max_replies_;
  BruteForce result_;
  std::set<std::string> seen_;
};

}  // namespace hallsim::test
