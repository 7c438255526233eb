// YAML file -> Scenario, collecting every problem as a diagnostic.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analyze/analysis.hpp"
#include "analyze/limits.hpp"
#include "model/scenario.hpp"
#include "yaml/document.hpp"

namespace hallsim {

struct LoadOptions {
  yaml::Limits limits;
  // Folders searched for shared rubric files; empty means "rubrics/ beside the scenario".
  std::vector<std::string> rubric_dirs;
  bool analyze = true;  // run static analysis (best scores, reachability warnings)
  AnalysisLimits analysis;  // what the analysis may spend before it falls back to graph bounds
};

struct LoadResult {
  std::shared_ptr<const Scenario> scenario;  // null when there were errors
  std::vector<Diagnostic> diagnostics;
  std::shared_ptr<const Analysis> analysis;  // null when there were errors or options.analyze was false
  bool ok() const { return scenario != nullptr; }
  // What percentages are out of. Throws std::logic_error when the scenario was not analysed: a
  // percentage of an unknown best would be made up.
  ScoreBounds bounds() const;
};

LoadResult load_scenario_file(const std::string& path, const LoadOptions& options = {});
LoadResult load_scenario_text(std::string text, const std::string& path, const LoadOptions& options = {});

// Shared rubric files: a map of rubric name to a list of cues.
struct RubricFile {
  std::string path;
  std::vector<Rubric> rubrics;
};
RubricFile load_rubric_file(const std::string& path, DiagnosticSink& sink, const std::string& language = "zh-CN");
// Every *.yaml in `dir`, sorted by name; problems go to `diagnostics` with their own paths.
std::vector<RubricFile> load_rubric_dir(const std::string& dir, std::vector<Diagnostic>& diagnostics);

// A file holds a test plan rather than a scenario when its name ends in .test.yaml.
bool is_test_plan_path(const std::string& path);

}  // namespace hallsim
