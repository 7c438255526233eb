// Random playthroughs: seeded and repeatable, every play accounted for, the spread of endings
// follows the odds of the replies, and nodes no play can see are named.
#include <doctest/doctest.h>

#include "analyze/random_plays.hpp"
#include "helpers.hpp"

using namespace hallsim;

namespace {

// Two replies at the start: one ends well at once, the other leads to a node with two endings.
// A guessing trainee ends at `good` half the time and at each of the others a quarter.
const char* kFork = R"(id: fork
language: en
title: Fork
citizen: {name: Ann}
mood:
  anger: {start: 50, min: 0, max: 100}
start: a
nodes:
  a:
    say: Hello
    choices:
      - {reply: Well, scores: {empathy: 2}, to: good}
      - {reply: Meh, effects: {anger: +10}, to: b}
  b:
    say: Hmm
    choices:
      - {reply: Fine, scores: {solution: 1}, to: partial}
      - {reply: Bad, when: "anger > 55", scores: {empathy: -3}, to: bad}
  orphan:
    say: Nobody comes here
    next: good
  good: {say: Thanks, end: {outcome: resolved}}
  partial: {say: Okay, end: {outcome: partial}}
  bad: {say: No, end: {outcome: failed}}
)";

std::shared_ptr<const Scenario> fork() {
  LoadResult r = test::load_text(kFork);
  REQUIRE_MESSAGE(r.ok(), test::codes(r.diagnostics).size());
  return r.scenario;
}

RandomPlayOptions plays(size_t n, std::uint64_t seed) {
  RandomPlayOptions o;
  o.plays = n;
  o.seed = seed;
  return o;
}

size_t ending(const Scenario& s, const RandomPlays& r, const char* id) { return r.ending_counts[static_cast<size_t>(s.find_node(id))]; }

}  // namespace

TEST_CASE("random plays are repeatable from their seed and account for every play") {
  auto s = fork();
  RandomPlays a = random_plays(*s, plays(4000, 42));
  RandomPlays b = random_plays(*s, plays(4000, 42));
  RandomPlays c = random_plays(*s, plays(4000, 43));
  CHECK(a.ending_counts == b.ending_counts);
  CHECK(a.replies == b.replies);
  CHECK(a.ending_counts != c.ending_counts);
  CHECK(a.plays == 4000);
  size_t ended = a.outcome_counts[0] + a.outcome_counts[1] + a.outcome_counts[2] + a.outcome_counts[3];
  CHECK(ended + a.stuck + a.cut_off == a.plays);
  CHECK(a.stuck == 0);
}

TEST_CASE("the spread of endings follows the odds of guessing, conditions included") {
  auto s = fork();
  RandomPlays r = random_plays(*s, plays(20000, 7));
  // Anger is 60 at b, so both of its replies show.
  CHECK(ending(*s, r, "good") == doctest::Approx(10000).epsilon(0.05));
  CHECK(ending(*s, r, "partial") == doctest::Approx(5000).epsilon(0.08));
  CHECK(ending(*s, r, "bad") == doctest::Approx(5000).epsilon(0.08));
  CHECK(r.outcome_counts[static_cast<size_t>(Outcome::failed)] == ending(*s, r, "bad"));
  // Every play that went to b made two replies, the others one.
  CHECK(r.replies == r.plays + ending(*s, r, "partial") + ending(*s, r, "bad"));
  // Empathy ends at 2 (good), 0 (partial) or -3 (bad).
  const auto& empathy = r.score_counts[0];
  CHECK(empathy.size() == 3);
  CHECK(empathy.at(2) == ending(*s, r, "good"));
  CHECK(score_quantile(empathy, 0.0) == -3);
  CHECK(score_quantile(empathy, 1.0) == 2);
}

TEST_CASE("nodes no play reaches are named") {
  auto s = fork();
  RandomPlays r = random_plays(*s, plays(500, 1));
  REQUIRE(r.never_reached.size() == 1);
  CHECK(s->nodes[static_cast<size_t>(r.never_reached[0])].id == "orphan");
  CHECK(r.node_visits[static_cast<size_t>(s->find_node("a"))] == 500);
}

TEST_CASE("plays can start from any node with any mood") {
  auto s = fork();
  PlayState start = initial_state(*s);
  enter_node(*s, start, s->find_node("b"));  // anger stays 50: the bad reply is hidden
  RandomPlayOptions o = plays(1000, 3);
  o.start = start;
  RandomPlays r = random_plays(*s, o);
  CHECK(ending(*s, r, "partial") == 1000);
  CHECK(r.node_visits[static_cast<size_t>(s->find_node("a"))] == 0);
}

TEST_CASE("a play that never ends is cut off, not looped forever") {
  LoadResult loaded = test::load_text(R"(id: loop
language: en
title: Loop
citizen: {name: Ann}
start: a
nodes:
  a:
    say: Again
    choices:
      - {reply: Again, to: a}
      - {reply: Stop, when: "turn > 1000", to: done}
  done: {say: Bye, end: {outcome: resolved}}
)");
  REQUIRE(loaded.ok());
  RandomPlayOptions o = plays(10, 1);
  o.max_replies = 50;
  RandomPlays r = random_plays(*loaded.scenario, o);
  CHECK(r.cut_off == 10);
  CHECK(r.replies == 500);
}
