// The analysis against brute force on generated small scenarios with loops, the hall clock, visit
// and reply-count conditions, a counter variable and typed replies: the exact reductions
// (saturated counters, the clock modulo a day, "scored" flags only where a move can recur) must
// give the same best and worst as playing every attempt.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "analyze/analysis.hpp"
#include "brute_force.hpp"
#include "helpers.hpp"

using namespace hallsim;

namespace {

struct Rng {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
};

// A condition on what the reductions touch: mood, clock, elapsed, reply count, visits, a counter.
std::string condition(Rng& rng, int nodes) {
  switch (rng.below(6)) {
    case 0: return std::string("anger ") + (rng.chance(50) ? "<" : ">=") + " " + std::to_string(40 + 10 * rng.below(3));
    case 1: return "clock < \"09:" + std::to_string(10 + 10 * rng.below(4)) + "\"";
    case 2: return "elapsed >= " + std::to_string(10 * (1 + rng.below(3)));
    case 3: return "turn " + std::string(rng.chance(50) ? "<" : ">") + " " + std::to_string(1 + rng.below(4));
    case 4: return "visited.n" + std::to_string(rng.below(nodes));
    default: return "asked " + std::string(rng.chance(50) ? "<" : ">=") + " " + std::to_string(1 + rng.below(2));
  }
}

std::string scores(Rng& rng) {
  return "{empathy: " + std::to_string(rng.below(5) - 1) + ", timeliness: " + std::to_string(rng.below(4) - 1) +
         ", solution: " + std::to_string(rng.below(5) - 2) + "}";
}

std::string effects(Rng& rng) {
  switch (rng.below(4)) {
    case 0: return ", effects: {anger: +10}";
    case 1: return ", effects: {anger: -10}";
    case 2: return ", effects: {asked: +1}";
    default: return "";
  }
}

// n0..n{k-1} talk (choices or a typed reply), then two endings. Targets are random, so back edges
// and self-loops are common, and some nodes take minutes, so loops move the clock. Every move
// back (to the same or an earlier node) needs `turn < loops`: past that the graph is acyclic, so
// no attempt lasts more than loops + k replies and a brute force of that horizon sees them all.
struct Generated {
  std::string text;
  int horizon = 0;
};

// With `guarded` false, moves back need nothing: loops go on for ever (past midnight, too).
Generated generate(uint64_t seed, bool guarded = true) {
  Rng rng{seed};
  const int talk = 3 + rng.below(4);
  const int nodes = talk + 2;
  const int loops = 3 + rng.below(4);
  const std::string back_guard = "turn < " + std::to_string(loops);
  std::string y = "id: gen\ntitle: G\ncitizen: {name: X}\nmood: {anger: {start: 50, min: 0, max: 100}}\n"
                  "vars: {asked: 0}\nclock: {start: \"09:00\"}\nstart: n0\nnodes:\n";
  static const char* kPhrases[] = {"抱歉", "马上", "方案", "走开", "规定"};
  auto forward = [&](int i) { return rng.chance(40) ? talk + rng.below(2) : i + 1 + rng.below(talk + 1 - i); };
  // A target and the condition that goes with it ("" for none).
  auto move = [&](int i, bool conditional) -> std::pair<std::string, std::string> {
    int to = rng.chance(50) ? rng.below(i + 1) : forward(i);
    std::string when = conditional ? condition(rng, nodes) : "";
    if (to <= i && guarded) when = when.empty() ? back_guard : back_guard + " and " + when;
    return {"n" + std::to_string(to), when};
  };
  for (int i = 0; i < talk; ++i) {
    y += "  n" + std::to_string(i) + ":\n";
    if (rng.chance(40)) y += "    minutes: " + std::to_string(10 * (1 + rng.below(2))) + "\n";
    if (i > 0 && rng.chance(35)) {
      y += "    free_text:\n      rubric:\n";
      int cues = 1 + rng.below(3);
      for (int c = 0; c < cues; ++c)
        y += std::string("        - {id: c") + std::to_string(c) + ", any: [" + kPhrases[(i + c) % 5] + "], scores: " +
             scores(rng) + effects(rng) + "}\n";
      y += "      routes:\n";
      auto [to, when] = move(i, true);
      y += "        - {when: 'cue.c0 and " + when + "', to: " + to + "}\n";
      if (rng.chance(50)) {
        auto [to2, when2] = move(i, true);
        y += "        - {when: '" + when2 + "', to: " + to2 + "}\n";
      }
      y += "        - {when: '" + (guarded ? back_guard : "turn >= 0") + "', to: n" + std::to_string(rng.below(i)) +
           "}\n";  // back to an earlier node
      y += "        - {to: n" + std::to_string(forward(i)) + "}\n";
    } else {
      y += "    choices:\n";
      int choices = 2 + rng.below(2);
      for (int c = 0; c < choices; ++c) {
        auto [to, when] = c == 0 ? std::pair{"n" + std::to_string(forward(i)), std::string()} : move(i, rng.chance(60));
        y += "      - {reply: r" + std::to_string(c) + ", to: " + to + ", scores: " + scores(rng) + effects(rng);
        if (!when.empty()) y += ", when: '" + when + "'";
        if (rng.chance(20)) y += ", minutes: 10";
        y += "}\n";
      }
    }
  }
  y += "  n" + std::to_string(talk) + ": {end: {outcome: resolved}}\n";
  y += "  n" + std::to_string(talk + 1) + ": {end: {outcome: failed}}\n";
  return {y, loops + talk + 1};
}

}  // namespace

TEST_CASE("the analysis agrees with brute force on 240 generated scenarios with loops, clocks and visits") {
  auto show = [](const ScoreVector& v) { return std::to_string(v[0]) + "/" + std::to_string(v[1]) + "/" + std::to_string(v[2]); };
  int compared = 0, with_ending = 0;
  for (uint64_t seed = 1; seed <= 240; ++seed) {
    Generated g = generate(seed);
    LoadOptions o;
    o.analyze = false;
    LoadResult r = load_scenario_text(g.text, "gen.yaml", o);
    for (const auto& d : r.diagnostics)
      if (d.severity == Severity::error) MESSAGE(seed, ": ", format_diagnostic(d), "\n", g.text);
    REQUIRE(r.ok());
    Analysis a = analyze(*r.scenario);
    REQUIRE_MESSAGE(!a.approximate, "seed ", seed);
    test::BruteForce brute = test::BruteForceExplorer(g.horizon).run(test::new_session(r.scenario));
    ++compared;
    INFO("seed ", seed, ": analysis best ", show(a.best), " worst ", show(a.worst), "; brute force best ", show(brute.best),
         " worst ", show(brute.worst), "\n", g.text);
    CHECK(a.any_ending == brute.any);
    if (!brute.any) continue;
    ++with_ending;
    CHECK(a.best == brute.best);
    CHECK(a.worst == brute.worst);
    // And each reduction on its own terms: the search without them finds the same.
    AnalysisLimits unreduced;
    unreduced.reductions = false;
    Analysis u = analyze(*r.scenario, unreduced);
    REQUIRE_FALSE(u.approximate);
    CHECK(u.best == a.best);
    CHECK(u.worst == a.worst);
    CHECK(u.reachable == a.reachable);
    CHECK(u.states >= a.states);
  }
  MESSAGE(compared, " scenarios compared, ", with_ending, " with an ending");
  CHECK(with_ending >= 200);
}

TEST_CASE("on endless loops the analysis stays exact and no attempt beats it") {
  // Here no brute force sees every attempt (loops never close, the clock wraps at midnight), so
  // the check is one-sided: within 12 replies nothing beats the analysis's best or undercuts its
  // worst, and the analysis finishes exactly although the unreduced search would never end.
  for (uint64_t seed = 1001; seed <= 1100; ++seed) {
    Generated g = generate(seed, false);
    LoadOptions o;
    o.analyze = false;
    LoadResult r = load_scenario_text(g.text, "gen.yaml", o);
    REQUIRE(r.ok());
    Analysis a = analyze(*r.scenario);
    INFO("seed ", seed, "\n", g.text);
    REQUIRE_FALSE(a.approximate);
    test::BruteForce brute = test::BruteForceExplorer(12).run(test::new_session(r.scenario));
    CHECK(a.any_ending >= brute.any);
    if (!brute.any) continue;
    for (int d = 0; d < kDimensions; ++d) {
      CHECK(a.best[d] >= brute.best[d]);
      CHECK(a.worst[d] <= brute.worst[d]);
    }
  }
}

TEST_CASE("a reply the conduct check flags earns no positive cue, in the analysis as in play") {
  // Apology alone: 2. Flagged alone: -2, and anger 60 shows the +3 reply: 1. Both at once would
  // be 3, but the check withholds the apology, so the best is 2.
  LoadOptions o;
  o.analyze = false;
  LoadResult r = load_scenario_text(test::scenario_with(
                                        "  a:\n    free_text:\n      rubric: [{id: apology, any: [抱歉], scores: {empathy: 2}}]\n"
                                        "      routes: [{to: b}]\n"
                                        "  b:\n    choices:\n      - {reply: x, to: z, when: 'anger >= 60', scores: {empathy: 3}}\n"
                                        "      - {reply: y, to: z}\n"
                                        "  z: {end: {outcome: resolved}}\n"),
                                    "conduct.yaml", o);
  REQUIRE(r.ok());
  const auto& cues = r.scenario->nodes[0].free_text.cues;
  REQUIRE(cues.size() == 2);
  REQUIRE(cues[0].conduct);
  Analysis a = analyze(*r.scenario);
  CHECK(a.best[0] == 2);
  CHECK(a.worst[0] == -2);
  test::BruteForce brute = test::BruteForceExplorer(5).run(test::new_session(r.scenario));
  CHECK(brute.best == a.best);
  CHECK(brute.worst == a.worst);
}
