// The analysis on loops and clocks (exact, thanks to the reductions), and when a limit of states,
// memory or time, or a cancel, cuts the exact search short (a clean fallback that says so).
#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>

#include "analyze/analysis.hpp"
#include "brute_force.hpp"
#include "helpers.hpp"

using namespace hallsim;

namespace {

std::shared_ptr<const Scenario> load_quiet(const std::string& text) {
  LoadOptions o;
  o.analyze = false;
  LoadResult r = load_scenario_text(text, "t.yaml", o);
  for (const auto& d : r.diagnostics) MESSAGE(format_diagnostic(d));
  REQUIRE(r.ok());
  return r.scenario;
}

// Nine nodes. `ask` is a typed reply whose fallback goes back to `listen`, which takes ten
// minutes; `offer`'s best reply is shown only before 17:00 (the clock starts at 16:30, so at
// most one trip back keeps it). A trip back can collect another reply at `listen`. Before the
// reductions each trip was a new state for ever, and the analysis fell back to graph bounds.
const char* kLoopAndClock = R"(id: loop-clock
title: T
citizen: {name: X}
mood: {anger: {start: 50, min: 0, max: 100}}
clock: {start: "16:30"}
start: greet
nodes:
  greet:
    choices:
      - {reply: 您好, to: listen, scores: {empathy: 1}}
      - {reply: 下一位, to: listen, scores: {empathy: -1}}
  listen:
    minutes: 10
    choices:
      - {reply: 请说, to: ask, scores: {solution: 1}}
      - {reply: 我记一下, to: ask, scores: {empathy: 1}}
      - {reply: 稍等, to: ask, scores: {timeliness: -1}}
  ask:
    free_text:
      rubric:
        - {id: apology, any: [抱歉], scores: {empathy: 2}, effects: {anger: -10}}
        - {id: plan, any: [方案], scores: {solution: 2}}
        - {id: deflect, any: [规定], scores: {empathy: -2}, effects: {anger: +10}}
      routes:
        - {when: "cue.apology and cue.plan", to: offer}
        - {to: listen}
  offer:
    choices:
      - {reply: 今天给您办, to: fast, when: 'clock < "17:00"', scores: {timeliness: 3, solution: 2}}
      - {reply: 明天再来, to: later, scores: {timeliness: -1}}
      - {reply: 找领导, to: escalate}
  fast:
    choices:
      - {reply: 还有别的吗, to: resolved, scores: {empathy: 1, solution: 1}}
  later:
    choices:
      - {reply: 抱歉, to: partial, scores: {empathy: 1}}
  escalate: {end: {outcome: escalated}}
  resolved: {end: {outcome: resolved}}
  partial: {end: {outcome: partial}}
)";

}  // namespace

TEST_CASE("a loop back through a node that takes minutes, with a clock condition, is analysed exactly") {
  auto s = load_quiet(kLoopAndClock);
  Analysis a = analyze(*s);
  REQUIRE_FALSE(a.approximate);
  // Empathy: 您好 1, 我记一下 1, apology 2 (it scores once however often it matches), 还有别的吗 1.
  // Timeliness: 今天给您办 3. Solution: 请说 1, plan 2, 今天给您办 2, 还有别的吗 1. One trip back
  // (listen again at 16:50) collects both 请说 and 我记一下 and still sees 今天给您办; a second
  // trip reaches 17:00 and loses it, which the analysis must know to stay exact.
  CHECK(a.best == ScoreVector{5, 3, 6});
  // Worst empathy: 下一位 -1, deflect -2 and a reply the conduct check flags -2 (each once), then
  // the apology without which `ask` never lets go, +2.
  CHECK(a.worst == ScoreVector{-3, -2, 2});
  CHECK(a.single_path_best);
  test::BruteForce brute = test::BruteForceExplorer(16).run(test::new_session(s));
  CHECK(brute.best == a.best);
  CHECK(brute.worst == a.worst);
}

TEST_CASE("the clock wraps at midnight: a reply shown only before 09:00 comes round the next morning") {
  // Starting at 20:00, one trip through `wait` (twelve hours) passes midnight to 08:00.
  auto s = load_quiet(R"(id: wrap
title: T
citizen: {name: X}
clock: {start: "20:00"}
start: hall
nodes:
  hall:
    choices:
      - {reply: 早上好, to: done, when: 'clock < "09:00"', scores: {empathy: 5}}
      - {reply: 请稍等, to: wait}
      - {reply: 再见, to: done}
  wait: {minutes: 720, next: hall}
  done: {end: {outcome: resolved}}
)");
  Analysis a = analyze(*s);
  REQUIRE_FALSE(a.approximate);
  CHECK(a.best[0] == 5);
  CHECK(a.worst[0] == 0);
  test::BruteForce brute = test::BruteForceExplorer(4).run(test::new_session(s));  // 请稍等 then 早上好
  CHECK(brute.best == a.best);
}

namespace {

// A chain whose replies move anger up or down by one and whose last reply needs anger low: the
// states are every reachable (node, anger), about 50 a node.
std::string many_states_text(int nodes) {
  std::string text;
  for (int i = 0; i < nodes; ++i) {
    std::string next = i + 1 < nodes ? "n" + std::to_string(i + 1) : "z";
    text += "  " + std::string(i == 0 ? "a" : "n" + std::to_string(i)) + ":\n    choices:\n      - {reply: r, to: " + next +
            ", effects: {anger: +1}, scores: {empathy: 1}}\n      - {reply: s, to: " + next + ", effects: {anger: -1}}\n";
  }
  text += "  z:\n    choices:\n      - {reply: t, to: y, when: 'anger < 10', scores: {solution: 5}}\n      - {reply: u, to: y}\n";
  text += "  y: {end: {outcome: resolved}}\n";
  return test::scenario_with(text);
}

std::shared_ptr<const Scenario> many_states(int nodes) { return load_quiet(many_states_text(nodes)); }

}  // namespace

TEST_CASE("each limit stops the exact search cleanly, and the fallback says which and how far it got") {
  auto s = many_states(400);
  Analysis exact = analyze(*s);
  REQUIRE_FALSE(exact.approximate);
  CHECK(exact.best == ScoreVector{400, 0, 5});
  CHECK(exact.states > 10'000);

  AnalysisLimits memory;
  memory.bytes = size_t{1} << 20;
  Analysis m = analyze(*s, memory);
  CHECK(m.approximate);
  CHECK(m.stopped == AnalysisStop::memory);
  CHECK(m.states > 0);
  CHECK(m.states < exact.states);
  CHECK(m.search_bytes <= memory.bytes + (size_t{1} << 20));  // one step past the budget at most
  CHECK(m.best == ScoreVector{400, 0, 5});  // the graph bound, exact on a chain
  CHECK(m.reached_any);
  CHECK(m.reached_best[0] <= m.best[0]);

  AnalysisLimits time;
  time.seconds = 1e-9;
  CHECK(analyze(*s, time).stopped == AnalysisStop::time);

  std::atomic<bool> cancel{true};
  AnalysisLimits cancelled;
  cancelled.cancel = &cancel;
  CHECK(analyze(*s, cancelled).stopped == AnalysisStop::cancelled);

  Analysis st = analyze(*s, 1000);
  CHECK(st.stopped == AnalysisStop::states);

  // What lint prints: the load's analysis under the same budget.
  LoadOptions o;
  o.analysis = memory;
  std::string text = many_states_text(400);
  LoadResult r = load_scenario_text(text, "t.yaml", o);
  REQUIRE(r.ok());
  CHECK(r.bounds().approximate);
  const Diagnostic* d = test::find_code(r.diagnostics, "HS0106");
  REQUIRE(d);
  CHECK(d->message.find("memory budget of 1 MB") != std::string::npos);
  CHECK(d->message.find(std::to_string(m.states) + " states") != std::string::npos);
  CHECK(d->message.find("sampled attempts reached") != std::string::npos);
}

TEST_CASE("progress is reported while the search runs, and a cancel from another thread stops it") {
  auto s = many_states(2000);
  std::atomic<bool> cancel{false};
  std::atomic<size_t> progress{0};
  AnalysisLimits limits;
  limits.cancel = &cancel;
  limits.progress = &progress;
  std::thread stopper([&] {
    while (progress.load() < 1000) std::this_thread::yield();
    cancel = true;
  });
  Analysis a = analyze(*s, limits);
  stopper.join();
  CHECK(progress.load() >= 1000);
  CHECK(a.stopped == AnalysisStop::cancelled);
  CHECK(a.approximate);
}
