// Shared by the unit tests: loading scenarios from text, finding test data.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "analyze/analysis.hpp"
#include "load/loader.hpp"
#include "model/diagnostic_text.hpp"
#include "run/session.hpp"

namespace hallsim::test {

inline std::string source_path(const std::string& relative) { return std::string(HALLSIM_SOURCE_DIR) + "/" + relative; }
inline std::string data_path(const std::string& name) { return source_path("tests/data/" + name); }

// A fresh folder under the system's temporary directory.
inline std::string temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "hallsim-test-XXXXXX").string();
  return ::mkdtemp(pattern.data()) ? pattern : std::string();
}

// Every regular file below dir, for tests that check what an operation left on disk.
inline std::vector<std::filesystem::path> files_under(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
    if (e.is_regular_file()) out.push_back(e.path());
  return out;
}

// Calls visit(path, line number, line) for every line of every file under engine/; returns how
// many files it read.
template <class Visit>
size_t for_each_engine_line(Visit visit) {
  size_t files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(source_path("engine"))) {
    if (!e.is_regular_file()) continue;
    ++files;
    std::ifstream in(e.path());
    std::string line;
    int n = 0;
    while (std::getline(in, line)) visit(e.path(), ++n, line);
  }
  return files;
}

// Every diagnostic reads in Chinese too: its message matches a template of diagnostics.tsv.
inline void check_translated(const std::vector<Diagnostic>& ds) {
  for (const auto& d : ds) CHECK_MESSAGE(diagnostic_message(d, "zh-CN").translated, "no zh-CN template for: ", d.message);
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
  LoadResult r = load_scenario_text(yaml, path, o);
  check_translated(r.diagnostics);
  return r;
}

// A scenario that must load without errors; the diagnostics are shown when it does not.
inline std::shared_ptr<const Scenario> load_ok(const std::string& yaml, bool analyze = true) {
  LoadOptions o;
  o.rubric_dirs = {data_path("rubrics")};
  o.analyze = analyze;
  LoadResult r = load_scenario_text(yaml, "test.yaml", o);
  check_translated(r.diagnostics);
  for (const auto& d : r.diagnostics) MESSAGE(format_diagnostic(d));
  REQUIRE(r.ok());
  return r.scenario;
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
