// Random playthroughs: seeded and repeatable, every play accounted for, the spread of endings
// follows the odds of the replies, typed replies judged by the rubric, and nodes no play can see
// are named.
#include <doctest/doctest.h>

#include <algorithm>

#include "analyze/random_plays.hpp"
#include "helpers.hpp"
#include "run/typical_replies.hpp"
#include "score/rubric.hpp"

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

namespace {

// A typed reply that must meet twelve cues to be taken well. A play that flipped a coin per cue
// got there once in 4096 tries; one that types the model answer gets there every time it does.
const char* kRichRubric = R"(id: rich
language: zh-CN
title: 丰富的评分表
citizen: {name: 王先生}
start: ask
nodes:
  ask:
    say: 我等了一个小时了！
    free_text:
      prompt: 回应他的等待
      model_reply: 真是抱歉让您久等了。我很理解您的心情，换成谁都会着急。我这就马上为您查询一下进度。大概还需要十分钟左右就能轮到您。我看过了，您带的材料齐全，没有问题。到时候请您直接去三号窗口办理。我们实行首问负责，这件事我负责到底。需要的东西我一次性告知您，免得您再跑。您年纪大了，我们可以走绿色通道。您的诉求我先登记下来。方便的话请您留个电话给我。我明天回访您，确认事情办好了。
      rubric:
        - {id: c1, any: [抱歉], scores: {empathy: 1}}
        - {id: c2, any: [理解您的心情], scores: {empathy: 1}}
        - {id: c3, any: [马上为您查询], scores: {empathy: 1}}
        - {id: c4, any: [十分钟], scores: {empathy: 1}}
        - {id: c5, any: [材料齐全], scores: {empathy: 1}}
        - {id: c6, any: [三号窗口], scores: {empathy: 1}}
        - {id: c7, any: [留个电话], scores: {empathy: 1}}
        - {id: c8, any: [明天回访], scores: {empathy: 1}}
        - {id: c9, any: [首问负责], scores: {empathy: 1}}
        - {id: c10, any: [一次性告知], scores: {empathy: 1}}
        - {id: c11, any: [绿色通道], scores: {empathy: 1}}
        - {id: c12, any: [登记下来], scores: {empathy: 1}}
        - {id: blame, any: [怪你自己来晚了], scores: {empathy: -3}}
      routes:
        - {when: "cue.c1 and cue.c2 and cue.c3 and cue.c4 and cue.c5 and cue.c6 and cue.c7 and cue.c8 and cue.c9 and cue.c10 and cue.c11 and cue.c12", to: full}
        - {when: "cue.blame", to: scolded}
        - {to: plain}
  full: {say: 好，谢谢你。, end: {outcome: resolved}}
  scolded: {say: 什么态度！, end: {outcome: failed}}
  plain: {say: 那我再等等吧。, end: {outcome: partial}}
)";

std::shared_ptr<const Scenario> rich() {
  LoadResult r = test::load_text(kRichRubric);
  REQUIRE_MESSAGE(r.ok(), test::codes(r.diagnostics).size());
  return r.scenario;
}

}  // namespace

TEST_CASE("random plays type real replies judged by the rubric: the model answer reaches the route it earns") {
  auto s = rich();
  RandomPlays r = random_plays(*s, plays(4000, 5));
  // A quarter of the plays type the model answer, which meets all twelve cues: the best route is
  // taken about 1000 times, not once in 4096.
  CHECK(ending(*s, r, "full") == doctest::Approx(1000).epsilon(0.12));
  // Poor replies: the blame (to "scolded") or the conduct check's words (the default route).
  CHECK(ending(*s, r, "scolded") == doctest::Approx(500).epsilon(0.2));
  CHECK(ending(*s, r, "plain") == r.plays - ending(*s, r, "full") - ending(*s, r, "scolded"));
  CHECK(r.never_reached.empty());
  // Scores as the rubric gives them: +12 for the model answer, 0 for nothing, below zero for a
  // pitfall, and in between for a half-right answer.
  const auto& empathy = r.score_counts[0];
  CHECK(empathy.at(12) == ending(*s, r, "full"));
  CHECK(empathy.at(0) >= 800);
  CHECK(score_quantile(empathy, 0.0) <= -2);
  size_t in_between = 0;
  for (const auto& [score, n] : empathy)
    if (score > 0 && score < 12) in_between += n;
  CHECK(in_between >= 800);
}

TEST_CASE("the typical replies at a free-text node") {
  auto s = rich();
  const Node& ask = s->nodes[static_cast<size_t>(s->find_node("ask"))];
  const auto& cues = ask.free_text.cues;
  auto met = [&](const std::string& reply) {
    std::vector<std::string> ids;
    for (int c : judge_reply(cues, reply).matched_cues()) ids.push_back(cues[static_cast<size_t>(c)].id);
    return ids;
  };
  auto has = [](const std::vector<std::string>& ids, const char* id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
  TypicalReplies r = typical_replies(*s, ask);
  CHECK(r.model == s->text(ask.free_text.model_reply, "zh-CN"));
  CHECK(met(r.model).size() == 12);
  // One poor reply per costly cue: the conduct check's and the blame.
  REQUIRE(r.poor.size() == 2);
  CHECK(has(met(r.poor[0]), "conduct"));
  CHECK(has(met(r.poor[1]), "blame"));
  CHECK_FALSE(has(met(r.poor[1]), "c1"));
  // Half-right answers: some positive cues, never all, never a pitfall; the seed decides which.
  REQUIRE_FALSE(r.partial.empty());
  for (const std::string& reply : r.partial) {
    std::vector<std::string> ids = met(reply);
    CHECK_FALSE(ids.empty());
    CHECK(ids.size() < 12);
    CHECK_FALSE(has(ids, "blame"));
  }
  CHECK(typical_replies(*s, ask, "", 1).partial == r.partial);
  CHECK(typical_replies(*s, ask, "", 2).partial != r.partial);

  // Without a model answer, a stand-in says a phrase of every positive cue, and nothing of the rest.
  std::string without = kRichRubric;
  without.erase(without.find("      model_reply:"), without.find("      rubric:") - without.find("      model_reply:"));
  LoadResult bare = test::load_text(without);
  REQUIRE(bare.ok());
  const Node& bare_ask = bare.scenario->nodes[static_cast<size_t>(bare.scenario->find_node("ask"))];
  std::string stand_in = typical_replies(*bare.scenario, bare_ask).model;
  CHECK(stand_in == stand_in_reply(bare_ask.free_text.cues));
  std::vector<int> met_by_stand_in = judge_reply(bare_ask.free_text.cues, stand_in).matched_cues();
  CHECK(met_by_stand_in.size() == 12);  // one short sentence per cue reads as terse, not as stuffing
  CHECK(std::none_of(met_by_stand_in.begin(), met_by_stand_in.end(),
                     [&](int c) { return bare_ask.free_text.cues[static_cast<size_t>(c)].id == "blame"; }));
}
