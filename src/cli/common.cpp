#include "common.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include <fmt/format.h>

namespace hallsim::cli {

namespace fs = std::filesystem;

void print_diagnostics(const std::vector<Diagnostic>& ds, std::FILE* out) {
  for (const auto& d : ds) fmt::print(out, "{}\n", format_diagnostic(d));
}

bool collect_files(const std::vector<std::string>& paths, std::vector<std::string>& scenarios,
                   std::vector<std::string>& test_plans, std::vector<std::string>& rubric_files) {
  bool ok = true;
  auto classify = [&](const fs::path& p) {
    std::string s = p.string();
    if (is_test_plan_path(s)) test_plans.push_back(s);
    else if (p.parent_path().filename() == "rubrics") rubric_files.push_back(s);
    else scenarios.push_back(s);
  };
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file(ec) && it->path().extension() == ".yaml") found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      for (const auto& p : found) classify(p);
    } else if (fs::exists(path, ec)) {
      classify(path);
    } else {
      fmt::print(stderr, "hallsim: {}: no such file or folder\n", path);
      ok = false;
    }
  }
  return ok;
}

std::shared_ptr<const Scenario> load_for_command(const std::string& path, int& exit, bool show_warnings) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    fmt::print(stderr, "hallsim: {}: no such file\n", path);
    exit = kUsage;
    return nullptr;
  }
  LoadResult r = load_scenario_file(path);
  std::vector<Diagnostic> shown;
  for (const auto& d : r.diagnostics)
    if (d.severity == Severity::error || show_warnings) shown.push_back(d);
  print_diagnostics(shown, stderr);
  if (!r.ok()) {
    fmt::print(stderr, "hallsim: {} has errors; run `hallsim lint {}` for the full list\n", path, path);
    exit = kCheckFailed;
  }
  return r.scenario;
}

std::optional<std::string> shipped_library() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("HALLSIM_SCENARIOS")) candidates.emplace_back(env);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path().parent_path() / "share" / "hallsim" / "scenarios");
#ifdef HALLSIM_SOURCE_SCENARIOS
  candidates.emplace_back(HALLSIM_SOURCE_SCENARIOS);
#endif
  for (const auto& c : candidates)
    if (fs::is_directory(c, ec)) return c.string();
  return std::nullopt;
}

CLI::Validator language_validator() {
  return CLI::Validator(
      [](std::string& s) -> std::string {
        if (s.empty() || s == "zh-CN" || s == "en") return {};
        return fmt::format("language must be zh-CN or en, not '{}'", s);
      },
      "zh-CN|en");
}

}  // namespace hallsim::cli
