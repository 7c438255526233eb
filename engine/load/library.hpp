// A scenario library: the scenario files, shared rubrics and test plans under some folders.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analyze/analysis.hpp"
#include "load/loader.hpp"

namespace hallsim {

struct LibraryFiles {
  std::vector<std::string> scenarios, test_plans, rubric_files;
  std::vector<std::string> missing;  // paths that do not exist
};

// Files under the given files or folders (folders searched recursively, sorted by path).
LibraryFiles find_library_files(const std::vector<std::string>& paths);

struct LibraryEntry {
  std::string path;
  std::shared_ptr<const Scenario> scenario;  // null when the file has errors
  std::vector<Diagnostic> diagnostics;
  // The static analysis, once run: best scores known, its warnings in `diagnostics`.
  std::shared_ptr<const Analysis> analysis;
  bool analyzed() const { return analysis != nullptr; }
  ScoreBounds bounds() const;  // throws std::logic_error before the analysis
};

// Loads every scenario under `folder`; broken files are kept with their diagnostics. Loaded
// with options.analyze false (the desktop app, to open faster), an entry must go through
// analyze_entry() before it is played.
std::vector<LibraryEntry> load_library(const std::string& folder, const LoadOptions& options = {});

// The static analysis load_library() skipped: best scores (which percentages need) and
// reachability warnings. Does nothing for a broken or already analysed entry.
void analyze_entry(LibraryEntry& entry, const AnalysisLimits& limits = {});
// The same with an analysis made elsewhere (the desktop app runs it on another thread).
void apply_entry_analysis(LibraryEntry& entry, Analysis a, const AnalysisLimits& limits = {});

}  // namespace hallsim
