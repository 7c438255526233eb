// Test plans (*.test.yaml): scripted playthroughs with expectations, so an instructor can keep a
// scenario from breaking when it is edited.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/loader.hpp"
#include "base/diagnostic.hpp"
#include "run/script.hpp"

namespace hallsim {

// "== 100", ">= 85", "< 3" or a bare number (==).
struct Comparison {
  std::string op = "==";
  double value = 0;
  bool holds(double actual) const;
  std::string text() const;
};

struct Expectation {
  std::optional<std::string> ending;   // ending node id or outcome
  std::optional<std::string> outcome;
  std::vector<std::string> visits, not_visits, cues;
  std::vector<std::pair<std::string, Comparison>> scores;  // empathy, timeliness, solution, overall (percent)
  std::vector<std::pair<std::string, Comparison>> raw;
  std::vector<std::pair<std::string, Comparison>> mood;    // any variable
  std::optional<bool> passed;
  std::optional<std::string> rating;
  std::optional<std::vector<std::string>> performed, attempted, missed, out_of_order;
  SourceLoc loc;
};

struct Play {
  std::string name;
  std::vector<ScriptedReply> replies;
  double response_s = 0;
  Expectation expect;
  SourceLoc loc;
};

struct TestPlan {
  std::string path;
  std::string scenario_path;  // resolved against the plan's folder
  SourceLoc scenario_loc;
  std::vector<Play> plays;
};

// Reads a plan; problems go to `sink`. Returns nullopt when it cannot be used.
std::optional<TestPlan> load_test_plan(const std::string& path, DiagnosticSink& sink);
// The same from text already read; `path` names it in diagnostics and resolves `scenario:`.
std::optional<TestPlan> load_test_plan_text(std::string text, const std::string& path, DiagnosticSink& sink);

struct PlayResult {
  std::string name;
  bool passed = true;
  std::vector<std::string> failures;
  SourceLoc loc;
};

struct PlanResult {
  std::string path;
  std::vector<Diagnostic> diagnostics;  // the plan's or the scenario's load problems
  std::vector<PlayResult> plays;
  bool passed() const;
};

// Plays every play twice, straight and with a snapshot/restore round trip halfway, and checks
// the expectations and that both runs agree.
PlanResult run_test_plan(const std::string& path, const LoadOptions& options = {});

}  // namespace hallsim
