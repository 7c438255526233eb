// Shared by the unit tests: loading scenarios from text, finding test data.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "analyze/analysis.hpp"
#include "load/loader.hpp"
#include "run/session.hpp"

namespace hallsim::test {

inline std::string source_path(const std::string& relative) { return std::string(HALLSIM_SOURCE_DIR) + "/" + relative; }
inline std::string data_path(const std::string& name) { return source_path("tests/data/" + name); }

// A fresh folder under the system's temporary directory.
inline std::string temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "hallsim-test-XXXXXX").string();
  return ::mkdtemp(pattern.data()) ? pattern : std::string();
}

// What a test scenario's percentages are out of: its analysis, run here.
inline ScoreBounds bounds_of(const Scenario& s) { return score_bounds(analyze(s)); }

// A session at a test scenario, scored against its analysed best.
inline Session new_session(std::shared_ptr<const Scenario> s, SessionOptions options = {}) {
  ScoreBounds bounds = bounds_of(*s);
  return Session(std::move(s), bounds, std::move(options));
}

inline LoadResult load_text(const std::string& yaml, const std::string& path = "test.yaml") {
  LoadOptions o;
  o.rubric_dirs = {data_path("rubrics")};
  return load_scenario_text(yaml, path, o);
}

inline std::vector<std::string> codes(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(d.code);
  return out;
}

inline bool has_code(const std::vector<Diagnostic>& ds, const std::string& code) {
  return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic& d) { return d.code == code; });
}

inline const Diagnostic* find_code(const std::vector<Diagnostic>& ds, const std::string& code) {
  for (const auto& d : ds)
    if (d.code == code) return &d;
  return nullptr;
}

// A minimal valid scenario with the given nodes (YAML text indented by 2 under `nodes:`).
inline std::string scenario_with(const std::string& nodes, const std::string& extra = "") {
  return "id: t\ntitle: T\ncitizen: {name: X}\nmood: {anger: {start: 50, min: 0, max: 100}}\n" + extra +
         "start: a\nnodes:\n" + nodes;
}

}  // namespace hallsim::test
