// hallsim report TRANSCRIPT: the debrief of a recorded attempt as HTML, Markdown, JSON or text.
#include <cstdio>

#include <fmt/format.h>

#include "base/file_text.hpp"
#include "common.hpp"
#include "base/hash.hpp"
#include "record.hpp"
#include "debrief/past_attempts.hpp"
#include "debrief/render.hpp"
#include "base/atomic_file.hpp"
#include "transcript_scenario.hpp"
#include "yaml/document.hpp"

namespace hallsim::cli {

namespace {

struct ReportOptions {
  std::string transcript;
  std::string format;
  std::string output;
  std::string language;
  std::string scenario;
  std::string data_dir;
};

int report(const ReportOptions& o) {
  // Messages: --lang when given, else the app's setting or the system's locale (the report itself
  // then follows the transcript).
  const std::string messages = ui_language(o.language);
  auto complain = [&](const std::string& english, const std::string& about = "") { tell("report", messages, english, about); };
  std::optional<ReportFormat> format = o.format.empty() ? report_format_of_path(o.output) : report_format_named(o.format);
  if (!format && o.format.empty()) format = ReportFormat::markdown;
  if (!format) {
    complain(fmt::format("--format must be html, md, json or text, not '{}'", o.format));
    return kUsage;
  }
  std::optional<std::string> text = read_file_text(o.transcript);
  if (!text) {
    complain("cannot read the file (check the path and its permissions)", o.transcript);
    return kUsage;
  }
  Transcript transcript;
  try {
    transcript = read_transcript_text(*text);
  } catch (const TranscriptError& e) {
    complain(e.what(), o.transcript);
    return kUsage;
  }
  int exit = kOk;
  LoadResult loaded = scenario_for_transcript("report", messages, o.transcript, transcript, o.scenario, exit);
  if (!loaded.ok()) return exit;
  const auto& scenario = loaded.scenario;
  Debrief debrief;
  try {
    // Progress: the trainee's earlier attempts at this scenario, from the history.
    std::vector<PastAttempt> past =
        past_attempts(resolve_data_dir(o.data_dir), transcript.trainee, scenario->id, sha256_hex(*text));
    debrief = build_debrief(scenario, loaded.bounds(), transcript, {o.language, past});
  } catch (const std::exception& e) {
    complain(e.what(), o.transcript);
    return kCheckFailed;
  }
  std::string rendered = render_report(debrief, *format);
  if (o.output.empty() || o.output == "-") {
    if (std::fwrite(rendered.data(), 1, rendered.size(), stdout) != rendered.size() || std::fflush(stdout) != 0) {
      complain("cannot write the report to standard output");
      return kUsage;
    }
    return kOk;
  }
  std::string failed = write_file_atomically(o.output, rendered);
  if (!failed.empty()) {
    complain(failed);
    return kUsage;
  }
  return kOk;
}

}  // namespace

void add_report(CLI::App& app, Commands& c) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand("report", "Write the debrief of a recorded attempt (a transcript) as HTML, Markdown, JSON or text");
  cmd->add_option("transcript", o->transcript, "Transcript file (.json) from `run --transcript` or `play --transcript`")
      ->required();
  cmd->add_option("--data-dir", o->data_dir, "Folder of the history, for the progress section (default: $XDG_DATA_HOME/hallsim)");
  cmd->add_option("--format", o->format, "html, md, json or text (default: from the -o file's ending, else md)")
      ->check(CLI::IsMember({"html", "md", "markdown", "json", "text"}));
  cmd->add_option("-o,--output", o->output, "Write the report to this file (default: standard output)");
  cmd->add_option("--lang", o->language, "Language of the report: zh-CN or en (default: the transcript's)")
      ->check(language_validator());
  cmd->add_option("--scenario", o->scenario,
                  "The scenario file (default: found by the transcript's id beside it or in the shipped library)");
  cmd->footer("The replies are replayed against the scenario, so the scores always agree with the engine.\n"
              "Exit status: 0 written; 1 the transcript no longer fits the scenario, or the scenario has errors; "
              "2 usage or I/O error.");
  cmd->callback([o, &c] { c.exit_code = report(*o); });
}

}  // namespace hallsim::cli
