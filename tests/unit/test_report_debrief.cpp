// The debrief model: re-scored from the transcript, it agrees with the engine; it explains each
// turn, follows the mood, lays out the six steps and picks the progress rows.
#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>

#include "model/words.hpp"
#include "debrief/debrief.hpp"
#include "debrief/render.hpp"
#include "debrief/time_text.hpp"
#include "report_helpers.hpp"

using namespace hallsim;
using test::pick;
using test::type;

namespace {

// Asks again before accepting (out of order), two late replies, a typed reply missing cues.
std::vector<ScriptedReply> learning_attempt() {
  return {pick(3, 12), pick(2, 12), type("前面还有两位，大约五分钟", 12), pick(1, 12)};
}

std::shared_ptr<const Scenario> features() { return test::load_scenario_or_fail(test::data_path("features.yaml")); }

}  // namespace

TEST_CASE("the debrief re-scores the transcript and agrees with the engine's totals") {
  auto scenario = features();
  nlohmann::json transcript = test::play_to_transcript(scenario, learning_attempt(), "王小明");
  Debrief d = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript));
  const nlohmann::json& totals = transcript["totals"];
  CHECK(d.overall == doctest::Approx(totals["overall"].get<double>()));
  CHECK(d.grade == totals["grade"].get<std::string>());
  CHECK(d.passed == totals["passed"].get<bool>());
  CHECK(d.late_replies == 2);
  for (int i = 0; i < kDimensions; ++i) {
    const nlohmann::json& dim = totals[std::string(kDimensionNames[i])];
    CHECK(d.dimensions[i].raw == dim["raw"].get<int>());
    CHECK(d.dimensions[i].best == dim["best"].get<int>());
    CHECK(d.dimensions[i].percent == doctest::Approx(dim["percent"].get<double>()));
  }
  CHECK(d.ended);
  CHECK(d.ending_node == "resolved");
  CHECK(d.outcome == Outcome::resolved);
  CHECK(d.trainee == "王小明");
  CHECK(d.duration_s == doctest::Approx(245));
  REQUIRE(d.turns.size() == 4);
}

TEST_CASE("edited scores in a transcript are ignored: the replies are what count") {
  auto scenario = features();
  nlohmann::json transcript = test::play_to_transcript(scenario, learning_attempt(), "");
  double honest = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript)).overall;
  transcript["totals"]["overall"] = 100.0;
  transcript["turns"][0]["deltas"]["empathy"] = 50;
  CHECK(build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript)).overall == doctest::Approx(honest));
  CHECK(honest < 100);
}

TEST_CASE("each turn says what was said, what it scored and the road not taken") {
  auto scenario = features();
  Debrief d = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(test::play_to_transcript(scenario, learning_attempt(), "")));
  const DebriefTurn& asked_again = d.turns[0];
  CHECK(asked_again.speaker_name == "李女士");
  CHECK(asked_again.line == "我都等了一个半小时了！");
  CHECK(asked_again.reply == "您再问一遍？");
  CHECK(asked_again.late);
  CHECK(asked_again.deltas == ScoreVector{0, -2, 0});  // late penalty 2
  CHECK(asked_again.feedback == "重复提问浪费时间。");
  REQUIRE(asked_again.better);
  CHECK_FALSE(asked_again.better->already_best);
  CHECK(asked_again.better->reply == "让您久等了，实在抱歉。我帮您查一下。");
  CHECK(asked_again.better->scores == ScoreVector{2, 1, 0});

  const DebriefTurn& accepted = d.turns[1];
  REQUIRE(accepted.better);
  CHECK(accepted.better->already_best);

  const DebriefTurn& typed = d.turns[2];
  CHECK(typed.typed);
  REQUIRE(typed.cues_matched.size() == 1);
  CHECK(typed.cues_matched[0].label == "具体时间");
  std::vector<std::string> missed, avoided;
  for (const auto& c : typed.cues_missed) missed.push_back(c.id);
  for (const auto& c : typed.cues_avoided) avoided.push_back(c.id);
  CHECK(avoided == std::vector<std::string>{"deflection"});
  REQUIRE(typed.better);
  CHECK_FALSE(typed.better->already_best);
  // The better reply of a typed turn is the node's model answer, with the cues it meets: every
  // cue the trainee missed that scores among them.
  CHECK(typed.better->reply == "您着急我明白，让您久等了，实在抱歉。您前面还有两位，大约十分钟就到您。");
  std::vector<std::string> model_meets;
  for (const auto& c : typed.better->cues) model_meets.push_back(c.id);
  for (const auto& c : typed.cues_missed)
    if (c.scores[0] + c.scores[1] + c.scores[2] > 0)
      CHECK(std::find(model_meets.begin(), model_meets.end(), c.id) != model_meets.end());
  int would_add = 0;
  for (const auto& c : typed.better->cues) would_add += c.scores[0] + c.scores[1] + c.scores[2];
  CHECK(would_add == typed.better->scores[0] + typed.better->scores[1] + typed.better->scores[2]);
  CHECK(would_add > 0);
}

TEST_CASE("the mood curve starts at the scenario's values and marks the biggest moves") {
  auto scenario = features();
  Debrief d = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(test::play_to_transcript(scenario, learning_attempt(), "")));
  REQUIRE(d.mood.size() == 2);
  CHECK(d.mood[0].variable == "anger");
  CHECK(d.mood[0].values == std::vector<int>{60, 60, 45, 45, 15});
  CHECK(d.mood[1].values == std::vector<int>{30, 30, 40, 40, 60});
  std::vector<int> marked;
  for (const auto& t : d.turns)
    if (t.mood_moved_most) marked.push_back(t.number);
  CHECK(marked == std::vector<int>{2, 4});  // 15 + 10 and 30 + 20; turns 1 and 3 left mood alone
  CHECK(d.turns[3].mood_change == std::vector<std::pair<std::string, int>>{{"anger", -30}, {"trust", 20}});
}

TEST_CASE("the six steps: performed at which turn, missed, out of order") {
  auto scenario = features();
  Debrief d = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(test::play_to_transcript(scenario, learning_attempt(), "")));
  REQUIRE(d.steps.size() == 6);
  CHECK(d.steps[0].step == Step::accept);
  CHECK(d.steps[0].turn == 2);
  CHECK(d.steps[1].turn == 0);  // soothe missed
  CHECK(d.steps[2].turn == 1);  // gather, before accept
  CHECK(d.steps[2].out_of_order);
  CHECK(d.steps[2].came_before == Step::accept);
  CHECK(d.steps[3].turn == 4);
  CHECK_FALSE(d.steps[3].out_of_order);
}

TEST_CASE("the debrief speaks the language asked for, whatever the transcript's") {
  auto scenario = features();
  nlohmann::json transcript = test::play_to_transcript(scenario, learning_attempt(), "", "zh-CN");
  Debrief en = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript), {"en", {}});
  CHECK(en.language == "en");
  CHECK(en.title == "Feature sample");
  CHECK(en.turns[0].speaker_name == "Ms. Li");
  CHECK(en.turns[0].line == "I have waited an hour and a half!");
  CHECK(en.turns[1].reply == "Sorry for the wait. Let me check.");
  CHECK(en.turns[2].reply == "前面还有两位，大约五分钟");  // typed text stays as typed
  CHECK(en.turns[2].cues_matched[0].label == "Concrete time");
  CHECK(build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript)).language == "zh-CN");
}

TEST_CASE("progress picks the first and the best earlier attempts") {
  auto scenario = features();
  nlohmann::json transcript = test::play_to_transcript(scenario, learning_attempt(), "");
  DebriefOptions options;
  options.past = {{"2024-05-02T10:00:00Z", 71.5, {80, 50, 60}},
                  {"2024-05-01T10:00:00Z", 40.0, {30, 20, 60}},
                  {"2024-05-03T10:00:00Z", 71.5, {70, 60, 80}}};
  Debrief d = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript), options);
  REQUIRE(d.first_attempt);
  REQUIRE(d.best_attempt);
  CHECK(d.first_attempt->date == "2024-05-01T10:00:00Z");
  CHECK(d.best_attempt->date == "2024-05-02T10:00:00Z");  // the earlier of two equal bests
  CHECK_FALSE(build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript)).first_attempt);
  CHECK(render_markdown(build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript))).find(word("zh-CN", "progress")) == std::string::npos);
  CHECK(render_markdown(d).find(word("zh-CN", "progress")) != std::string::npos);
}

TEST_CASE("an attempt that stopped before an ending still has a debrief") {
  auto scenario = features();
  nlohmann::json transcript = test::play_to_transcript(scenario, {pick(2, 1)}, "", "", true);
  Debrief d = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript));
  CHECK_FALSE(d.ended);
  CHECK(d.turns.size() == 1);
  CHECK(render_markdown(d).find(word("zh-CN", "no_ending")) != std::string::npos);
}

TEST_CASE("a transcript that is not one, or no longer fits, is refused") {
  auto scenario = features();
  CHECK_THROWS_AS(build_debrief(scenario, test::bounds_of(*scenario), read_transcript(nlohmann::json::array())), std::invalid_argument);
  CHECK_THROWS_AS(build_debrief(scenario, test::bounds_of(*scenario), read_transcript(nlohmann::json{{"format", "other"}})), std::invalid_argument);
  nlohmann::json transcript = test::play_to_transcript(scenario, learning_attempt(), "");
  nlohmann::json damaged = transcript;
  damaged["turns"][1].erase("response_s");
  CHECK_THROWS_AS(build_debrief(scenario, test::bounds_of(*scenario), read_transcript(damaged)), std::invalid_argument);
  transcript["turns"][0]["choice"] = 9;
  CHECK_THROWS_AS(build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript)), std::invalid_argument);
}

TEST_CASE("report formats are named or taken from the file's ending") {
  CHECK(report_format_named("html") == ReportFormat::html);
  CHECK(report_format_named("md") == ReportFormat::markdown);
  CHECK(report_format_named("json") == ReportFormat::json);
  CHECK_FALSE(report_format_named("pdf"));
  CHECK(report_format_of_path("out/r.HTML") == ReportFormat::html);
  CHECK(report_format_of_path("r.htm") == ReportFormat::html);
  CHECK(report_format_of_path("notes.md") == ReportFormat::markdown);
  CHECK(report_format_of_path("a.b/report.json") == ReportFormat::json);
  CHECK_FALSE(report_format_of_path("a.md/report"));
  CHECK_FALSE(report_format_of_path("report.txt"));
}

TEST_CASE("report times: durations and dates people read") {
  CHECK(seconds_between("2024-05-06T09:30:00Z", "2024-05-06T09:34:05Z") == doctest::Approx(245));
  CHECK(seconds_between("2024-12-31T23:59:59Z", "2025-01-01T00:00:01Z") == doctest::Approx(2));
  CHECK_FALSE(seconds_between("yesterday", "2024-05-06T09:34:05Z"));
  CHECK(readable_duration(245, "zh-CN") == "4分05秒");
  CHECK(readable_duration(245, "en") == "4 min 05 s");
  CHECK(readable_duration(12.4, "en") == "12 s");
  ::setenv("TZ", "UTC0", 1);  // people read local time: here it is UTC
  ::tzset();
  CHECK(readable_date("2024-05-06T09:30:00Z") == "2024-05-06 09:30 UTC");
  ::setenv("TZ", "CST-8", 1);  // China Standard Time, UTC+8
  ::tzset();
  CHECK(readable_date("2026-12-07T00:50:32Z") == "2026-12-07 08:50 UTC+8");
  ::setenv("TZ", "IST-5:30", 1);
  ::tzset();
  CHECK(readable_date("2026-12-07T00:50:32Z") == "2026-12-07 06:20 UTC+5:30");
  ::setenv("TZ", "EST5", 1);
  ::tzset();
  CHECK(readable_date("2026-12-07T00:50:32Z") == "2026-12-06 19:50 UTC-5");
  ::unsetenv("TZ");
  ::tzset();
  CHECK(readable_date("soon") == "soon");
}

TEST_CASE("a class's vote split is set against the expert's reply, in every format") {
  auto scenario = features();
  nlohmann::json transcript = test::play_to_transcript(scenario, learning_attempt(), "三班");
  // At the first turn 3 hands for A, 9 for B, 1 for C; the instructor overrode the majority (B)
  // with C, the reply the attempt made.
  transcript["turns"][0]["class_vote"] = {{"options", {{{"choice", 1}, {"votes", 3}}, {{"choice", 2}, {"votes", 9}}, {{"choice", 3}, {"votes", 1}}}},
                                          {"overridden", true}};
  Debrief d = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript), {"en", {}});
  REQUIRE(d.turns[0].vote);
  const VoteSplit& v = *d.turns[0].vote;
  CHECK(v.total == 13);
  CHECK(v.overridden);
  REQUIRE(v.options.size() == 3);
  CHECK(v.options[1].letter == "B");
  CHECK(v.options[1].expert);  // "Sorry for the wait. Let me check." scores best
  CHECK_FALSE(v.options[0].expert);
  CHECK(v.options[2].applied);  // the attempt's first reply was the third
  CHECK_FALSE(v.options[1].applied);
  CHECK_FALSE(d.turns[1].vote);
  std::string html = render_report(d, ReportFormat::html);
  CHECK(html.find("Class vote") != std::string::npos);
  CHECK(html.find("<meter min=\"0\" max=\"13\" value=\"9\">") != std::string::npos);
  std::string md = render_report(d, ReportFormat::markdown);
  CHECK(md.find("9 votes (69.2%) · expert") != std::string::npos);
  nlohmann::json j = nlohmann::json::parse(render_report(d, ReportFormat::json));
  CHECK(j["turns"][0]["class_vote"]["options"][2]["applied"] == true);
  // A damaged vote is left out, not trusted.
  transcript["turns"][0]["class_vote"]["options"][0]["choice"] = 99;
  CHECK_FALSE(build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript)).turns[0].vote);
}

TEST_CASE("a debrief from the live session: no transcript round trip, and the class vote survives") {
  auto scenario = features();
  SessionOptions session_options;
  session_options.trainee = "三班";
  session_options.language = "en";
  Session live = test::new_session(scenario, session_options);
  std::vector<ScriptedReply> replies = learning_attempt();
  // 3 hands for A, 9 for B, 1 for C at the first turn; the instructor applied C.
  replies[0].vote = ClassVote{{0, 1, 2}, {3, 9, 1}, true};
  REQUIRE(play_script(live, replies, 0).ok);

  DebriefOptions options;
  options.finished_at = "2099-01-01T00:00:00Z";
  Debrief now = build_debrief(live, options);
  CHECK(now.started_at == live.started_at());
  CHECK(now.finished_at == "2099-01-01T00:00:00Z");
  REQUIRE(now.turns[0].vote);
  CHECK(now.turns[0].vote->total == 13);
  CHECK(now.turns[0].vote->options[2].applied);
  CHECK(now.turns[0].vote->options[1].expert);

  // The same attempt written out and replayed gives the same debrief, the vote included.
  Debrief replayed = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript_json(live, options.finished_at)));
  CHECK(replayed.overall == doctest::Approx(now.overall));
  CHECK(replayed.grade == now.grade);
  REQUIRE(replayed.turns.size() == now.turns.size());
  for (size_t i = 0; i < now.turns.size(); ++i) {
    CAPTURE(i);
    CHECK(replayed.turns[i].deltas == now.turns[i].deltas);
    CHECK(replayed.turns[i].cues_missed.size() == now.turns[i].cues_missed.size());
    CHECK(replayed.turns[i].vote.has_value() == now.turns[i].vote.has_value());
  }
  REQUIRE(replayed.turns[0].vote);
  CHECK(replayed.turns[0].vote->total == 13);
  CHECK(replayed.turns[0].vote->overridden);
}

TEST_CASE("the text rendering is the terminal's summary, drawn from the debrief") {
  auto scenario = features();
  CHECK(report_format_named("text") == ReportFormat::text);
  Debrief d = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(test::play_to_transcript(scenario, learning_attempt(), "")), {"en", {}});
  std::string text = render_report(d, ReportFormat::text);
  CHECK(text.rfind("\n══ Debrief ══\n", 0) == 0);
  CHECK(text.find("Turn 1  ") != std::string::npos);
  CHECK(text.find("why: Asking again wastes time.") != std::string::npos);
  CHECK(text.find("Timeliness ░░░░░░░░░░") != std::string::npos);
  // At the best reply on offer, the feedback says what went well instead of "why".
  d.turns[0].better->already_best = true;
  std::string best = render_text(d);
  CHECK(best.find("What went well: Asking again wastes time.") != std::string::npos);
  CHECK(best.find("why: Asking again") == std::string::npos);
}
