// hallsim lint PATH...: every problem in scenarios, shared rubrics and test plans.
#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common.hpp"
#include "model/words.hpp"
#include "testplan/testplan.hpp"

namespace hallsim::cli {

namespace {

struct LintOptions {
  std::vector<std::string> paths;
  bool json = false;
  bool werror = false;
  std::string language;
  AnalysisLimits limits;
};

int lint(const LintOptions& o) {
  std::vector<std::string> scenarios, plans, rubrics;
  bool found = collect_files(o.paths, scenarios, plans, rubrics);
  std::vector<Diagnostic> all;
  std::map<std::string, std::pair<std::string, SourceLoc>> ids;  // scenario id -> first file
  for (const auto& path : scenarios) {
    LoadOptions options;
    options.analysis = o.limits;
    LoadResult r = load_scenario_file(path, options);
    for (auto& d : r.diagnostics) all.push_back(std::move(d));
    if (!r.scenario) continue;
    auto [it, fresh] = ids.try_emplace(r.scenario->id, path, SourceLoc{1, 1});
    if (!fresh)
      all.push_back({path, 1, 1, "HS0027", Severity::error,
                     fmt::format("scenario id '{}' is also used by {}; ids must be unique in a library", r.scenario->id,
                                 it->second.first)});
  }
  for (const auto& path : rubrics) {
    DiagnosticSink sink(path);
    load_rubric_file(path, sink);
    for (auto& d : sink.take()) all.push_back(std::move(d));
  }
  for (const auto& path : plans) {
    DiagnosticSink sink(path);
    auto plan = load_test_plan(path, sink);
    std::error_code ec;
    if (plan && !std::filesystem::exists(plan->scenario_path, ec))
      sink.error(plan->scenario_loc, "HS0010", fmt::format("the scenario '{}' does not exist", plan->scenario_path));
    for (auto& d : sink.take()) all.push_back(std::move(d));
  }
  // A shared rubric file's problems are found once per scenario using it: report them once.
  sort_diagnostics(all);
  all.erase(std::unique(all.begin(), all.end(),
                        [](const Diagnostic& a, const Diagnostic& b) {
                          return a.path == b.path && a.line == b.line && a.column == b.column && a.code == b.code &&
                                 a.message == b.message;
                        }),
            all.end());
  size_t errors = static_cast<size_t>(std::count_if(all.begin(), all.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
  size_t warnings = all.size() - errors;
  size_t files = scenarios.size() + rubrics.size() + plans.size();
  if (o.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& d : all)
      out.push_back({{"path", d.path}, {"line", d.line}, {"column", d.column}, {"code", d.code},
                     {"severity", std::string(severity_name(d.severity))}, {"message", d.message}});
    fmt::print("{}\n", out.dump(2));
  } else if (std::string lang = ui_language(o.language); is_chinese(lang)) {
    print_diagnostics(all, stdout, lang);
    fmt::print(stderr, "lint：{} 个文件，{} 个错误，{} 个警告\n", files, errors, warnings);
  } else {
    print_diagnostics(all, stdout);
    fmt::print(stderr, "lint: {} file{}, {} error{}, {} warning{}\n", files, files == 1 ? "" : "s", errors,
               errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
  }
  if (!found) return kUsage;
  return errors > 0 || (o.werror && warnings > 0) ? kCheckFailed : kOk;
}

}  // namespace

void add_lint(CLI::App& app, Commands& c) {
  auto o = std::make_shared<LintOptions>();
  CLI::App* cmd = app.add_subcommand("lint", "Check scenario files, shared rubrics and test plans; print every problem");
  cmd->add_option("paths", o->paths, "Files or folders (folders are searched for *.yaml)")->required();
  cmd->add_flag("--json", o->json, "Print the diagnostics as a JSON list");
  cmd->add_flag("--warnings-as-errors", o->werror, "Exit with 1 on warnings too");
  add_language_option(cmd, o->language);
  add_analysis_limits(cmd, o->limits);
  cmd->footer("Each problem prints as FILE:LINE:COL: error|warning: MESSAGE [HSxxxx]; docs/diagnostics.md explains every code.");
  cmd->callback([o, &c] { c.exit_code = lint(*o); });
}

}  // namespace hallsim::cli
