#include "load/library.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "analyze/analysis.hpp"

namespace hallsim {

namespace fs = std::filesystem;

LibraryFiles find_library_files(const std::vector<std::string>& paths) {
  LibraryFiles out;
  auto classify = [&](const fs::path& p) {
    std::string s = p.string();
    if (is_test_plan_path(s)) out.test_plans.push_back(s);
    else if (p.parent_path().filename() == "rubrics") out.rubric_files.push_back(s);
    else out.scenarios.push_back(s);
  };
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".yaml") found.push_back(it->path());
      std::sort(found.begin(), found.end());
      for (const auto& p : found) classify(p);
    } else if (fs::exists(path, ec)) {
      classify(path);
    } else {
      out.missing.push_back(path);
    }
  }
  return out;
}

std::vector<LibraryEntry> load_library(const std::string& folder, const LoadOptions& options) {
  std::vector<LibraryEntry> entries;
  for (const auto& path : find_library_files({folder}).scenarios) {
    LoadResult r = load_scenario_file(path, options);
    entries.push_back({path, r.scenario, std::move(r.diagnostics), r.analysis});
  }
  return entries;
}

ScoreBounds LibraryEntry::bounds() const {
  if (!analysis) throw std::logic_error("'" + path + "' has not been analysed, so its best scores are unknown");
  return score_bounds(*analysis);
}

void analyze_entry(LibraryEntry& entry, const AnalysisLimits& limits) {
  if (entry.analyzed() || !entry.scenario) return;
  apply_entry_analysis(entry, analyze(*entry.scenario, limits), limits);
}

void apply_entry_analysis(LibraryEntry& entry, Analysis a, const AnalysisLimits& limits) {
  if (entry.analyzed() || !entry.scenario) return;
  DiagnosticSink sink(entry.path);
  report_analysis(*entry.scenario, a, limits, sink);
  for (auto& d : sink.take()) entry.diagnostics.push_back(std::move(d));
  sort_diagnostics(entry.diagnostics);
  entry.analysis = std::make_shared<const Analysis>(std::move(a));
}

}  // namespace hallsim
