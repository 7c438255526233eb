#include "common.hpp"

#include "load/library.hpp"
#include "base/paths.hpp"
#include "model/diagnostic_text.hpp"
#include "model/words.hpp"
#include "store/ui_language.hpp"

#include <algorithm>
#include <filesystem>
#include <unistd.h>

#include <fmt/format.h>

namespace hallsim::cli {

namespace fs = std::filesystem;

void print_diagnostics(const std::vector<Diagnostic>& ds, std::FILE* out) {
  for (const auto& d : ds) fmt::print(out, "{}\n", format_diagnostic(d));
}

void print_diagnostics(const std::vector<Diagnostic>& ds, std::FILE* out, std::string_view language) {
  for (const auto& d : ds) fmt::print(out, "{}\n", format_diagnostic(d, language));
}

bool collect_files(const std::vector<std::string>& paths, std::vector<std::string>& scenarios,
                   std::vector<std::string>& test_plans, std::vector<std::string>& rubric_files) {
  LibraryFiles files = find_library_files(paths);
  for (const auto& missing : files.missing) fmt::print(stderr, "hallsim: {}: no such file or folder\n", missing);
  scenarios = std::move(files.scenarios);
  test_plans = std::move(files.test_plans);
  rubric_files = std::move(files.rubric_files);
  return files.missing.empty();
}

LoadResult load_for_command(const std::string& path, int& exit, bool show_warnings, const LoadOptions& options,
                            const std::string& language) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    fmt::print(stderr, "hallsim: {}: no such file\n", path);
    exit = kUsage;
    return {};
  }
  LoadResult r = load_scenario_file(path, options);
  std::vector<Diagnostic> shown;
  for (const auto& d : r.diagnostics)
    if (d.severity == Severity::error || show_warnings) shown.push_back(d);
  std::string lang = ui_language(language);
  print_diagnostics(shown, stderr, lang);
  if (!r.ok()) {
    if (is_chinese(lang))
      fmt::print(stderr, "hallsim：{} 有错误；用 `hallsim lint {}` 查看全部问题\n", path, path);
    else
      fmt::print(stderr, "hallsim: {} has errors; run `hallsim lint {}` for the full list\n", path, path);
    exit = kCheckFailed;
  }
  return r;
}

CLI::Validator language_validator() {
  return CLI::Validator(
      [](std::string& s) -> std::string {
        if (s.empty() || s == "zh-CN" || s == "en") return {};
        return fmt::format("language must be zh-CN or en, not '{}'", s);
      },
      "zh-CN|en");
}

void add_language_option(CLI::App* cmd, std::string& language) {
  cmd->add_option("--lang", language,
                  "Language of the output: zh-CN or en (default: the app's setting, else the system locale)")
      ->check(language_validator());
}

std::string ui_language(const std::string& given) { return given.empty() ? default_ui_language(config_dir()) : given; }

void tell(const char* command, std::string_view language, const std::string& english, const std::string& about) {
  std::string_view colon = label_colon(language);
  std::string prefix = about.empty() ? std::string() : about + std::string(colon);
  fmt::print(stderr, "hallsim {}{}{}{}\n", command, colon, prefix, translate_message(english, language));
}

void add_analysis_limits(CLI::App* cmd, AnalysisLimits& limits) {
  cmd->add_option("--budget", limits.states, "Most states the exact analysis may search before it falls back to graph bounds")
      ->check(CLI::Range(size_t{1}, size_t{1'000'000'000}))
      ->capture_default_str();
  cmd->add_option_function<size_t>(
         "--memory-mb", [&limits](size_t mb) { limits.bytes = mb << 20; },
         "Most memory the exact analysis may hold, in MB (default 256)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 20));
  cmd->add_option("--time-limit", limits.seconds, "Most seconds the exact analysis may take")
      ->check(CLI::Range(0.001, 86400.0))
      ->capture_default_str();
}

}  // namespace hallsim::cli
