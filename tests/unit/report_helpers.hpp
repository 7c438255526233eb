// Shared by the report tests: playing an attempt to a transcript with pinned times.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "helpers.hpp"
#include "transcript/transcript.hpp"
#include "run/script.hpp"

namespace hallsim::test {

inline std::shared_ptr<const Scenario> load_scenario_or_fail(const std::string& path) {
  LoadResult r = load_scenario_file(path);
  for (const auto& d : r.diagnostics)
    if (d.severity == Severity::error) FAIL_CHECK(format_diagnostic(d));
  REQUIRE(r.ok());
  return r.scenario;
}

inline ScriptedReply pick(int number, double response_s) { return {false, number, {}, response_s}; }
inline ScriptedReply type(std::string text, double response_s) { return {true, 0, std::move(text), response_s}; }

// Plays `replies` and returns the transcript, its start and finish pinned so that it is the same
// on every run. Unless `stop_early`, the replies must reach an ending.
inline nlohmann::json play_to_transcript(std::shared_ptr<const Scenario> scenario,
                                         const std::vector<ScriptedReply>& replies, const std::string& trainee,
                                         const std::string& language = "", bool stop_early = false) {
  SessionOptions options;
  options.trainee = trainee;
  options.language = language;
  Session session = test::new_session(std::move(scenario), options);
  ScriptOutcome out = play_script(session, replies, 0);
  if (!stop_early) REQUIRE_MESSAGE(out.ok, out.error);
  nlohmann::json transcript = transcript_json(session, "2024-05-06T09:34:05Z");
  transcript["started_at"] = "2024-05-06T09:30:00Z";
  return transcript;
}

}  // namespace hallsim::test
