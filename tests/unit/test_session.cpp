#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "helpers.hpp"
#include "model/reply_limits.hpp"
#include "transcript/transcript.hpp"
#include "run/script.hpp"
#include "run/session.hpp"
#include "run/vote_tally.hpp"

using namespace hallsim;

namespace {

std::shared_ptr<const Scenario> features() {
  static std::shared_ptr<const Scenario> s = [] {
    LoadResult r = load_scenario_file(test::data_path("features.yaml"));
    REQUIRE(r.ok());
    return r.scenario;
  }();
  return s;
}

// A clock the test moves by hand.
struct FakeClock {
  double t = 1000;
  SessionOptions options() {
    SessionOptions o;
    o.now = [this] { return t; };
    return o;
  }
};

int var(const Session& s, const char* name) { return s.state().vars[static_cast<size_t>(s.scenario().find_variable(name))]; }

}  // namespace

SCENARIO("a trainee plays the feature sample through") {
  GIVEN("a fresh session") {
    FakeClock clock;
    Session s = test::new_session(features(), clock.options());
    THEN("it waits at the start with the visible choices") {
      CHECK(s.phase() == Session::Phase::choice);
      CHECK(s.node().id == "opening");
      CHECK(s.line() == "我都等了一个半小时了！");
      CHECK(s.visible_choices() == std::vector<int>{0, 1, 2});
      CHECK(s.time_limit() == 10);
      CHECK(s.clock() == "11:20");
    }
    WHEN("the trainee answers well within the time") {
      clock.t += 4;
      s.choose(1);
      THEN("scores, mood, clock and step move") {
        REQUIRE(s.turns().size() == 1);
        CHECK(s.turns()[0].response_s == doctest::Approx(4));
        CHECK_FALSE(s.turns()[0].late);
        CHECK(s.turns()[0].deltas == ScoreVector{2, 1, 0});
        CHECK(var(s, "anger") == 45);
        CHECK(var(s, "trust") == 40);
        CHECK(s.clock() == "11:23");  // 2 minutes for the reply, 1 entering 'check'
        CHECK(s.phase() == Session::Phase::free_text);
      }
      AND_WHEN("the typed reply meets cues of both rubrics") {
        s.say("抱歉！前面还有两位，大约５分钟。", 3);
        THEN("each cue applies once and the route follows the cues") {
          const Turn& t = s.turns()[1];
          CHECK(t.cues == std::vector<std::string>{"concrete_time", "apology"});
          CHECK(t.missed_cues == std::vector<std::string>{"deflection", "feelings"});
          CHECK(t.deltas == ScoreVector{2, 1, 2});
          CHECK(s.node().id == "colleague");
          CHECK(s.phase() == Session::Phase::line);
        }
      }
    }
    WHEN("the trainee is late") {
      clock.t += 15;
      s.choose(1);
      THEN("the late penalty comes off timeliness") {
        CHECK(s.turns()[0].late);
        CHECK(s.turns()[0].deltas[1] == 1 - 2);
        CHECK(s.totals().late_replies == 1);
      }
    }
    WHEN("a choice is made twice through a loop") {
      s.choose(2, 1);
      THEN("its condition hides it and the second visit shows fewer choices") {
        CHECK(s.node().id == "opening");
        CHECK(s.visible_choices() == std::vector<int>{0, 1});
        CHECK(var(s, "asked") == 1);
      }
    }
    WHEN("a choice that is not shown is picked") {
      THEN("the session refuses it") { CHECK_THROWS_AS(s.choose(5, 1), std::invalid_argument); }
    }
    WHEN("the trainee types where a choice is expected") {
      THEN("the session refuses it") { CHECK_THROWS_AS(s.say("hi", 1), std::invalid_argument); }
    }
  }
}

TEST_CASE("mood clamps to its range") {
  Session s = test::new_session(features());
  s.choose(0, 1);  // anger +50 from 60, then +10 entering 'angrier'
  CHECK(var(s, "anger") == 100);
  CHECK(s.ended());
  CHECK(s.ending()->outcome == Outcome::escalated);
}

TEST_CASE("an empty reply matches no cue and counts as late") {
  Session s = test::new_session(features());
  s.choose(1, 1);
  s.say("   ", 1);
  CHECK(s.turns()[1].late);
  CHECK(s.turns()[1].cues.empty());
  CHECK(s.node().id == "narrator");
}

TEST_CASE("a cue scores once per node even when matched again") {
  Session s = test::new_session(features());
  s.choose(1, 1);
  s.say("抱歉", 1);  // apology only: to narrator, then check_again
  skip_lines(s);
  CHECK(s.node().id == "check_again");
  s.say("大概十分钟", 1);
  CHECK(s.turns()[2].cues == std::vector<std::string>{"minutes"});
  CHECK(s.turns()[2].deltas == ScoreVector{0, 0, 1});
}

TEST_CASE("snapshot and restore give back the whole state") {
  FakeClock clock;
  Session s = test::new_session(features(), clock.options());
  s.choose(2, 1);
  s.choose(1, 1);
  std::string snap = s.snapshot();
  Session r = Session::restore(features(), test::bounds_of(*features()), snap, clock.options());
  CHECK(r.snapshot() == snap);
  CHECK(r.node().id == s.node().id);
  CHECK(r.turns().size() == 2);
  r.say("前面还有一位，两分钟", 1);
  s.say("前面还有一位，两分钟", 1);
  skip_lines(r);
  skip_lines(s);
  CHECK(result_json(r) == result_json(s));
}

TEST_CASE("a damaged or foreign snapshot is refused") {
  CHECK_THROWS(Session::restore(features(), test::bounds_of(*features()), "{not json"));
  CHECK_THROWS_AS(Session::restore(features(), test::bounds_of(*features()), "{\"format\": \"other\"}"), std::invalid_argument);
  Session s = test::new_session(features());
  auto j = nlohmann::json::parse(s.snapshot());
  j["hash"] = "0000";
  CHECK_THROWS_AS(Session::restore(features(), test::bounds_of(*features()), j.dump()), std::invalid_argument);
  j = nlohmann::json::parse(s.snapshot());
  j["vars"] = {1};
  CHECK_THROWS_AS(Session::restore(features(), test::bounds_of(*features()), j.dump()), std::invalid_argument);
}

TEST_CASE("run --json shape and totals") {
  Session s = test::new_session(features());
  std::vector<ScriptedReply> replies = {{false, 2, "", {}}, {true, 0, "抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情", {}}, {false, 1, "", {}}};
  REQUIRE(play_script(s, replies, 5).ok);
  auto j = result_json(s);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"scenario", "ending", "path", "scores", "steps", "mood", "rating"});
  CHECK(j["ending"]["node"] == "resolved");
  CHECK(j["scores"]["empathy"]["percent"] == 100.0);
  CHECK(j["scores"]["overall"] == 100.0);
  CHECK(j["steps"]["performed"] == nlohmann::json({"accept", "propose"}));
  CHECK(j["steps"]["missed"] == nlohmann::json({"soothe", "gather", "agree", "follow_up"}));
  CHECK(j["mood"].size() == 2);  // mood variables only
  CHECK(j["rating"] == "very_satisfied");
}

TEST_CASE("a transcript replays to the same result") {
  Session s = test::new_session(features());
  std::vector<ScriptedReply> replies = {{false, 3, "", {}}, {false, 2, "", {}}, {true, 0, "我查一下", {}}, {true, 0, "大约十分钟", {}}};
  REQUIRE(play_script(s, replies, 30).ok);
  auto transcript = nlohmann::json::parse(transcript_json(s).dump());
  Session again = replay_transcript(features(), test::bounds_of(*features()), read_transcript(transcript));
  CHECK(result_json(again) == result_json(s));
  CHECK(transcript["turns"].size() == 4);
  CHECK(transcript["turns"][0]["choice"] == 3);
  CHECK(transcript["turns"][2]["missed_cues"].size() == 4);
  transcript["turns"][0]["choice"] = 9;
  CHECK_THROWS_AS(replay_transcript(features(), test::bounds_of(*features()), read_transcript(transcript)), std::invalid_argument);
}

TEST_CASE("steps out of order are reported with the step they should follow") {
  StepReport r = report_steps({Step::propose, Step::accept, Step::gather, Step::agree});
  REQUIRE(r.out_of_order.size() == 1);
  CHECK(r.out_of_order[0].step == Step::propose);
  CHECK(r.out_of_order[0].should_follow == Step::accept);
  CHECK(r.missed == std::vector<Step>{Step::soothe, Step::follow_up});
}

TEST_CASE("percent, weighting and pass") {
  CHECK(percent_of(7, 9) == doctest::Approx(77.777).epsilon(0.001));
  CHECK(percent_of(-3, 9) == 0);
  CHECK(percent_of(12, 9) == 100);
  CHECK(percent_of(0, 0) == 100);
  CHECK(percent_of(-1, 0) == 0);
  Scenario s;
  ScoreBounds tens(ScoreVector{10, 10, 10});
  s.scoring.weights = {2, 1, 1};
  s.scoring.pass = 60;
  Totals t = compute_totals(s, tens, {10, 0, 0}, {}, {}, 0);
  CHECK(t.overall == doctest::Approx(50));
  CHECK_FALSE(t.passed);
  CHECK(t.grade == "F");
  CHECK(compute_totals(s, tens, {10, 10, 0}, {}, {}, 0).passed);
}

TEST_CASE("an author rehearses from any node with any values, and the attempt says it was edited") {
  FakeClock clock;
  Session s = test::new_session(features(), clock.options());
  CHECK_FALSE(s.edited());
  s.set_variable(s.scenario().find_variable("anger"), 500);  // a mood stays in its range
  CHECK(var(s, "anger") == 100);
  s.set_variable(s.scenario().find_variable("has_number"), 7);
  CHECK(var(s, "has_number") == 1);
  s.set_elapsed(30);
  CHECK(s.clock() == "11:50");
  s.set_raw_score(0, 9);
  CHECK(s.state().raw[0] == 9);
  s.jump_to(s.scenario().find_node("check"));
  CHECK(s.node().id == "check");
  CHECK(s.phase() == Session::Phase::free_text);
  CHECK(s.edited());
  CHECK_THROWS_AS(s.jump_to(999), std::invalid_argument);
  CHECK_THROWS_AS(s.set_raw_score(3, 1), std::invalid_argument);
  // A snapshot keeps the mark, so a resumed rehearsal is still one.
  CHECK(Session::restore(features(), test::bounds_of(*features()), s.snapshot()).edited());
}

TEST_CASE("a class vote travels with the turn through snapshot and transcript") {
  FakeClock clock;
  Session s = test::new_session(features(), clock.options());
  ClassVote vote{{0, 1, 2}, {3, 9, 1}, false};
  s.choose(1, 4.0, vote);
  REQUIRE(s.turns()[0].vote);
  Session back = Session::restore(features(), test::bounds_of(*features()), s.snapshot());
  REQUIRE(back.turns()[0].vote);
  CHECK(back.turns()[0].vote->counts == std::vector<int>{3, 9, 1});
  nlohmann::json t = transcript_json(s, "2026-11-23T10:00:00Z");
  const nlohmann::json& recorded = t["turns"][0]["class_vote"];
  CHECK(recorded["options"][1]["choice"] == 2);
  CHECK(recorded["options"][1]["votes"] == 9);
  CHECK(recorded["overridden"] == false);
  CHECK_FALSE(class_vote_from_json(nlohmann::json{{"options", {{{"choice", 0}, {"votes", 1}}}}}));
  CHECK_FALSE(class_vote_from_json(nlohmann::json("A")));
}

TEST_CASE("a class vote tally: add, take back, majority, ties and overrides") {
  VoteTally tally({0, 2, 3});
  CHECK_FALSE(tally.majority());  // no votes yet
  tally.add(0), tally.add(1), tally.add(1), tally.add(7);  // 7 is not shown: ignored
  CHECK(tally.counts() == std::vector<int>{1, 2, 0});
  CHECK(tally.majority() == 1);
  tally.add(0);
  CHECK_FALSE(tally.majority());  // 2 : 2 is a tie
  tally.remove_last();
  CHECK(tally.majority() == 1);
  ClassVote followed = tally.result(1);
  CHECK(followed.choices == std::vector<int>{0, 2, 3});
  CHECK(followed.counts == std::vector<int>{1, 2, 0});
  CHECK_FALSE(followed.overridden);
  CHECK(tally.result(2).overridden);
  tally.remove_last(), tally.remove_last(), tally.remove_last(), tally.remove_last();  // more than added
  CHECK(tally.total() == 0);
}

TEST_CASE("the briefing's reply limits are the timer's: the opening's 15 s is among them") {
  LoadResult r = load_scenario_file(test::source_path("scenarios/angry-man-in-hall.yaml"));
  REQUIRE(r.ok());
  ReplyLimits picked = picked_reply_limits(*r.scenario), typed = typed_reply_limits(*r.scenario);
  CHECK(picked.least == 15);  // the opening and `limit` set 15 s; the others the scenario's 20
  CHECK(picked.most == 20);
  CHECK(typed.least == 60);
  CHECK(typed.most == 90);
  Session s(r.scenario, r.bounds());
  CHECK(s.time_limit() == 15);
  CHECK(s.time_limit() >= picked.least);
  CHECK(s.time_limit() <= picked.most);
}
