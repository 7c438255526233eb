// What the `hallsim` commands share: exit codes, finding files, loading with printed diagnostics.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "launch.hpp"
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
// warnings when `show_warnings`) to stderr, in `language` (see ui_language). Sets `exit` on failure.
LoadResult load_for_command(const std::string& path, int& exit, bool show_warnings = false, const LoadOptions& options = {},
                            const std::string& language = "");

// --budget, --memory-mb and --time-limit: what the static analysis may spend.
void add_analysis_limits(CLI::App* cmd, AnalysisLimits& limits);

void print_diagnostics(const std::vector<Diagnostic>& ds, std::FILE* out);

// The shipped scenario library (shared with the desktop app, which finds it the same way).
using app::shipped_library;

// Whether a locale given with --lang is one the UI speaks; "" is the scenario's own.
CLI::Validator language_validator();

// --lang for a command whose own words (headers, diagnostics, values) have no scenario to follow.
void add_language_option(CLI::App* cmd, std::string& language);
// The language given with --lang, else the app's setting (settings.json), else the system locale.
std::string ui_language(const std::string& given);
// "hallsim COMMAND: MESSAGE" on stderr, the message (written in English by the commands and the
// engine) in `language` through the '*' templates of diagnostics.tsv. With `about` (a file the
// user named): "hallsim COMMAND: ABOUT: MESSAGE", the file's name kept out of the translation.
void tell(const char* command, std::string_view language, const std::string& english, const std::string& about = "");
// FILE:LINE:COL: error: MESSAGE [HS0001] in `language`, one a line.
void print_diagnostics(const std::vector<Diagnostic>& ds, std::FILE* out, std::string_view language);

}  // namespace hallsim::cli
