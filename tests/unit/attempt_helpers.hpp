// Shared by the history and xAPI tests: real attempts at tests/data/features.yaml and rows.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "base/clock.hpp"
#include "helpers.hpp"
#include "transcript/transcript.hpp"
#include "run/script.hpp"
#include "store/attempt.hpp"

namespace hallsim::test {

inline std::shared_ptr<const Scenario> features_scenario() {
  static std::shared_ptr<const Scenario> scenario = [] {
    LoadResult r = load_scenario_file(data_path("features.yaml"));
    REQUIRE(r.ok());
    return r.scenario;
  }();
  return scenario;
}

inline ScriptedReply pick(int number) { return {false, number, {}, std::nullopt}; }
inline ScriptedReply type(const std::string& text) { return {true, 0, text, std::nullopt}; }

// The best path (passes with 100), a failure (escalated at the first reply), an unfinished one.
inline std::vector<ScriptedReply> best_replies() {
  return {pick(2), type("抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情"), pick(1)};
}
inline std::vector<ScriptedReply> failing_replies() { return {pick(1)}; }
inline std::vector<ScriptedReply> unfinished_replies() { return {pick(2)}; }

inline Session play(const std::vector<ScriptedReply>& replies, const std::string& trainee = "张三",
                    double response_s = 5) {
  SessionOptions o;
  o.trainee = trainee;
  Session s = test::new_session(features_scenario(), o);
  play_script(s, replies, response_s);
  return s;
}

inline nlohmann::json transcript_of(const Session& s, const std::string& finished_at = now_iso8601()) {
  return nlohmann::json(transcript_json(s, s.ended() ? finished_at : std::string()));
}

inline std::string transcript_text(const Session& s, const std::string& finished_at = now_iso8601()) {
  return transcript_of(s, finished_at).dump(2) + "\n";
}

// A stored-looking row, for tests about listing and progress.
inline AttemptRow row(const std::string& trainee, const std::string& scenario, const std::string& finished_at,
                      double overall) {
  AttemptRow r;
  r.trainee = trainee;
  r.scenario_id = scenario;
  r.scenario_hash = "hash";
  r.started_at = finished_at;
  r.finished_at = finished_at;
  r.overall = overall;
  r.passed = overall >= 60;
  r.outcome = "resolved";
  r.rating = "satisfied";
  r.transcript_path = "/tmp/" + scenario + ".json";
  return r;
}

}  // namespace hallsim::test
