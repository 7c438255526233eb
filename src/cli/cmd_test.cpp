// hallsim test PATH...: runs test plans.
#include <fmt/format.h>

#include "common.hpp"
#include "model/diagnostic_text.hpp"
#include "model/words.hpp"
#include "testplan/testplan.hpp"

namespace hallsim::cli {

namespace {

int test(const std::vector<std::string>& paths, const std::string& lang) {
  std::vector<std::string> scenarios, plans, rubrics;
  bool found = collect_files(paths, scenarios, plans, rubrics);
  if (plans.empty()) {
    fmt::print(stderr, "{}\n", labelled_text(lang, "hallsim test", word(lang, "no_test_plans")));
    return found ? kCheckFailed : kUsage;
  }
  size_t passed = 0, failed = 0;
  for (const auto& path : plans) {
    PlanResult r = run_test_plan(path);
    print_diagnostics(r.diagnostics, stdout, lang);
    if (has_errors(r.diagnostics)) ++failed;
    for (const auto& play : r.plays) {
      fmt::print("{} {}:{}: {}\n", word(lang, play.passed ? "pass" : "fail"), path, play.loc.line, play.name);
      // The engine writes each failure in English; the templates of diagnostics.tsv translate it.
      for (const auto& f : play.failures) fmt::print("     {}\n", translate_message(f, lang));
      (play.passed ? passed : failed)++;
    }
  }
  fmt::print("{}\n", fmt::format(fmt::runtime(word(lang, "test_summary")), passed, failed));
  if (!found) return kUsage;
  return failed ? kCheckFailed : kOk;
}

}  // namespace

void add_test(CLI::App& app, Commands& c) {
  auto paths = std::make_shared<std::vector<std::string>>();
  auto language = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("test", "Run test plans (*.test.yaml): scripted plays with expectations");
  cmd->add_option("paths", *paths, "Test plans, or folders to search for *.test.yaml")->required();
  add_language_option(cmd, *language);
  cmd->footer("Every play also runs with a save and restore halfway, which must not change its result.");
  cmd->callback([paths, language, &c] { c.exit_code = test(*paths, ui_language(*language)); });
}

}  // namespace hallsim::cli
