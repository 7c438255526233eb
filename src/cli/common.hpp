// What the `hallsim` commands share: exit codes, finding files, loading with printed diagnostics.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "load/loader.hpp"

namespace hallsim::cli {

// The documented exit status.
enum Exit : int { kOk = 0, kCheckFailed = 1, kUsage = 2 };

struct Commands {
  int exit_code = kOk;
};

void add_lint(CLI::App& app, Commands& c);
void add_run(CLI::App& app, Commands& c);
void add_play(CLI::App& app, Commands& c);
void add_test(CLI::App& app, Commands& c);
void add_analyze(CLI::App& app, Commands& c);
void add_graph(CLI::App& app, Commands& c);
void add_rubric(CLI::App& app, Commands& c);
void add_history(CLI::App& app, Commands& c);
void add_xapi(CLI::App& app, Commands& c);
void add_report(CLI::App& app, Commands& c);

// Scenario files under the given files or folders (recursively, sorted), test plans excluded
// unless asked for. Reports missing paths on stderr and returns false for them.
bool collect_files(const std::vector<std::string>& paths, std::vector<std::string>& scenarios,
                   std::vector<std::string>& test_plans, std::vector<std::string>& rubric_files);

// Loads a scenario for a command that needs a good one: prints its diagnostics (errors always,
// warnings when `show_warnings`) to stderr. Sets `exit` on failure.
LoadResult load_for_command(const std::string& path, int& exit, bool show_warnings = false,
                                                 const LoadOptions& options = {});

// --budget, --memory-mb and --time-limit: what the static analysis may spend.
void add_analysis_limits(CLI::App* cmd, AnalysisLimits& limits);

void print_diagnostics(const std::vector<Diagnostic>& ds, std::FILE* out);

// The shipped scenario library: $HALLSIM_SCENARIOS, then beside the installed program, then the
// source tree this program was built from.
std::optional<std::string> shipped_library();

// Whether a locale given with --lang is one the UI speaks; "" is the scenario's own.
CLI::Validator language_validator();

}  // namespace hallsim::cli
