#include <doctest/doctest.h>

#include "base/file_text.hpp"
#include "analyze/analysis.hpp"
#include "analyze/graph_export.hpp"
#include "brute_force.hpp"
#include "helpers.hpp"
#include "run/session.hpp"
#include "yaml/document.hpp"

using namespace hallsim;
using test::load_text;
using test::scenario_with;

using test::load_ok;

TEST_CASE("best scores respect conditions on mood") {
  // The +5 choice needs anger < 30, which no path can reach: the best is 2, not 5.
  auto s = load_ok(scenario_with(
      "  a:\n    choices:\n      - {reply: calm, to: b, effects: {anger: -10}, scores: {empathy: 2}}\n"
      "      - {reply: rude, to: b, effects: {anger: +10}, scores: {empathy: -1}}\n"
      "  b:\n    choices:\n      - {reply: great, to: z, when: \"anger < 30\", scores: {empathy: 5}}\n"
      "      - {reply: fine, to: z}\n"
      "  z: {end: {outcome: resolved}}\n"));
  Analysis a = analyze(*s);
  CHECK(a.best[0] == 2);
  CHECK(a.worst[0] == -1);
  CHECK_FALSE(a.approximate);
}

TEST_CASE("cycles terminate and a repeated choice scores once") {
  auto s = load_ok(scenario_with(
      "  a:\n    choices:\n      - {reply: again, to: a, scores: {empathy: 1}}\n"
      "      - {reply: leave, to: z, scores: {solution: 1}}\n"
      "  z: {end: {outcome: resolved}}\n"));
  Analysis a = analyze(*s);
  CHECK(a.best == ScoreVector{1, 0, 1});
  CHECK(a.single_path_best);
}

TEST_CASE("the best free-text reply combines every positive cue") {
  auto s = load_ok(scenario_with(
      "  a:\n    free_text:\n      rubric:\n        - {id: x, any: [x], scores: {empathy: 2}}\n"
      "        - {id: y, any: [y], scores: {empathy: 1, solution: 1}}\n        - {id: bad, any: [bad], scores: {empathy: -3}}\n"
      "      routes: [{when: \"cue.y\", to: z}, {to: w}]\n"
      "  z: {end: {outcome: resolved}}\n  w: {end: {outcome: failed}}\n"));
  Analysis a = analyze(*s);
  CHECK(a.best == ScoreVector{3, 0, 1});
  CHECK(a.worst[0] == -5);  // "bad" and the conduct check's -2
  CHECK(a.endings.size() == 2);
}

TEST_CASE("a scenario where no single path gets every best is warned about") {
  LoadResult r = load_text(scenario_with(
      "  a:\n    choices:\n      - {reply: kind, to: z, scores: {empathy: 3}}\n      - {reply: fast, to: z, scores: {solution: 3}}\n"
      "  z: {end: {outcome: resolved}}\n"));
  CHECK(test::has_code(r.diagnostics, "HS0107"));
}

TEST_CASE("nodes reachable only in some states, and states where nothing can follow") {
  LoadResult r = load_text(scenario_with(
      "  a:\n    choices:\n      - {reply: r, to: b, when: \"anger > 90\"}\n      - {reply: s, to: c}\n"
      "  b: {end: {outcome: resolved}}\n"
      "  c:\n    choices:\n      - {reply: t, to: b, when: \"anger > 80\"}\n"));
  CHECK(test::has_code(r.diagnostics, "HS0100"));  // b can never be reached: anger stays 50
  CHECK(test::has_code(r.diagnostics, "HS0109"));  // c shows no choice
}

TEST_CASE("a graph of 10,000 reachable nodes is analysed exactly, a budget falls back to bounds") {
  std::string nodes;
  const int n = 10000;
  for (int i = 0; i < n; ++i) {
    std::string next = i + 1 < n ? "n" + std::to_string(i + 1) : "z";
    nodes += "  " + std::string(i == 0 ? "a" : "n" + std::to_string(i)) + ":\n    choices:\n      - {reply: r, to: " + next +
             ", scores: {empathy: 1}}\n      - {reply: s, to: " + next + ", effects: {anger: +1}}\n";
  }
  nodes += "  z: {end: {outcome: resolved}}\n";
  LoadOptions o;
  o.analyze = false;
  LoadResult r = load_scenario_text(scenario_with(nodes), "big.yaml", o);
  REQUIRE(r.ok());
  Analysis exact = analyze(*r.scenario);
  CHECK_FALSE(exact.approximate);
  CHECK(exact.best[0] == n);
  CHECK(exact.reachable.size() == static_cast<size_t>(n + 1));
  Analysis bounded = analyze(*r.scenario, 1000);
  CHECK(bounded.approximate);
  CHECK(bounded.best[0] == n);  // the graph bound is exact on a chain
}

TEST_CASE("one big cycle: analysis ends and reports the dead end") {
  std::string nodes;
  for (int i = 0; i < 200; ++i)
    nodes += "  " + std::string(i == 0 ? "a" : "n" + std::to_string(i)) + ": {next: " + (i + 1 < 200 ? "n" + std::to_string(i + 1) : "a") + "}\n";
  LoadResult r = load_text(scenario_with(nodes));
  CHECK(test::has_code(r.diagnostics, "HS0101"));
  CHECK(test::has_code(r.diagnostics, "HS0102"));
}

TEST_CASE("graph export escapes labels") {
  auto s = load_ok(scenario_with("  a:\n    say: '他说\"不\" <b>#1</b>'\n    choices: [{reply: 'a \"quoted\" | reply', to: z}]\n"
                                 "  z: {end: {outcome: resolved}}\n"));
  std::string dot = graph_dot(*s, "zh-CN");
  CHECK(dot.find("他说\\\"不\\\"") != std::string::npos);
  CHECK(dot.find("\"a\" -> \"z\"") != std::string::npos);
  std::string mermaid = graph_mermaid(*s, "zh-CN");
  CHECK(mermaid.find("#quot;quoted#quot; #124; reply") != std::string::npos);
  CHECK(mermaid.find("<b>") == std::string::npos);
}

namespace {

}  // namespace

TEST_CASE("the analysis agrees with playing every possible attempt") {
  std::vector<std::string> scenarios = {
      *hallsim::read_file_text(test::data_path("features.yaml")),
      scenario_with(
          "  a:\n    free_text:\n      rubric:\n"
          "        - {id: calm, any: [冷静], effects: {anger: -30}, scores: {empathy: 1}}\n"
          "        - {id: rude, any: [走开], effects: {anger: +40}, scores: {empathy: -2, solution: 1}}\n"
          "        - {id: plan, any: [方案], scores: {solution: 2}}\n"
          "        - {id: fast, any: [马上], scores: {timeliness: 2}, effects: {anger: +5}}\n"
          "      routes:\n        - {when: \"cue.rude and anger > 80\", to: z}\n        - {when: \"cue.plan or cue.fast\", to: b}\n        - {to: c}\n"
          "  b:\n    choices:\n      - {reply: x, to: z, when: \"anger < 30\", scores: {empathy: 3}}\n      - {reply: y, to: c, scores: {solution: 1}}\n"
          "  c:\n    free_text:\n      rubric: [{id: sorry, any: [抱歉], scores: {empathy: 2}, effects: {anger: -10}}]\n"
          "      routes: [{when: \"anger < 50\", to: z}, {to: w}]\n"
          "  z: {end: {outcome: resolved}}\n  w: {end: {outcome: failed}}\n")};
  for (const auto& text : scenarios) {
    auto s = load_ok(text);
    Analysis a = analyze(*s);
    REQUIRE_FALSE(a.approximate);
    // Neither scenario loops, so a horizon of 50 replies sees every attempt.
    test::BruteForce brute = test::BruteForceExplorer(50).run(test::new_session(s));
    REQUIRE(brute.any);
    CHECK(a.best == brute.best);
    CHECK(a.worst == brute.worst);
  }
}
