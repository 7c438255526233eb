// hallsim test PATH...: runs test plans.
#include <fmt/format.h>

#include "common.hpp"
#include "testplan/testplan.hpp"

namespace hallsim::cli {

namespace {

int test(const std::vector<std::string>& paths) {
  std::vector<std::string> scenarios, plans, rubrics;
  bool found = collect_files(paths, scenarios, plans, rubrics);
  if (plans.empty()) {
    fmt::print(stderr, "hallsim test: no test plans (*.test.yaml) found\n");
    return found ? kCheckFailed : kUsage;
  }
  size_t passed = 0, failed = 0;
  for (const auto& path : plans) {
    PlanResult r = run_test_plan(path);
    print_diagnostics(r.diagnostics, stdout);
    if (has_errors(r.diagnostics)) ++failed;
    for (const auto& play : r.plays) {
      fmt::print("{} {}:{}: {}\n", play.passed ? "PASS" : "FAIL", path, play.loc.line, play.name);
      for (const auto& f : play.failures) fmt::print("     {}\n", f);
      (play.passed ? passed : failed)++;
    }
  }
  fmt::print("{} passed, {} failed\n", passed, failed);
  if (!found) return kUsage;
  return failed ? kCheckFailed : kOk;
}

}  // namespace

void add_test(CLI::App& app, Commands& c) {
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("test", "Run test plans (*.test.yaml): scripted plays with expectations");
  cmd->add_option("paths", *paths, "Test plans, or folders to search for *.test.yaml")->required();
  cmd->footer("Every play also runs with a save and restore halfway, which must not change its result.");
  cmd->callback([paths, &c] { c.exit_code = test(*paths); });
}

}  // namespace hallsim::cli
