// hallsim run SCENARIO --choices 1,3,2 [--say TEXT]...: plays without a window.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/clock.hpp"
#include "common.hpp"
#include "record.hpp"
#include "base/hash.hpp"
#include "debrief/past_attempts.hpp"
#include "debrief/render.hpp"
#include "xapi/xapi.hpp"
#include "xapi/xapi_ids.hpp"
#include "transcript/transcript.hpp"
#include "run/script.hpp"
#include "base/atomic_file.hpp"
#include "terminal_player.hpp"

namespace hallsim::cli {

namespace {

struct RunOptions {
  std::string scenario;
  std::vector<int> choices;
  std::vector<std::string> says;
  double response_s = 0;
  std::string transcript;
  std::string report;
  std::string xapi;
  std::string language;
  std::string trainee;
  bool json = false;
  bool record = false;
  std::string data_dir;
};

// Takes from the two queues as the scenario asks: a number at a choice node, a text at a
// free-text node. Returns what went wrong, or "".
std::string play_queues(Session& probe, const RunOptions& o) {
  std::string error;
  size_t next_choice = 0, next_say = 0;
  skip_lines(probe);
  while (!probe.ended()) {
    if (probe.phase() == Session::Phase::choice) {
      if (next_choice >= o.choices.size()) break;
      int number = o.choices[next_choice++];
      if (number < 1 || static_cast<size_t>(number) > probe.visible_choices().size())
        return fmt::format("--choices: {} is not a choice at node '{}' (it shows {})", number, probe.node().id,
                           probe.visible_choices().size());
      probe.choose(number - 1, o.response_s);
    } else {
      if (next_say >= o.says.size()) break;
      probe.say(o.says[next_say++], o.response_s);
    }
    skip_lines(probe);
  }
  if (next_choice < o.choices.size() || next_say < o.says.size())
    error = fmt::format("the attempt ended at '{}' with {} choice(s) and {} --say text(s) unused", probe.node().id,
                        o.choices.size() - next_choice, o.says.size() - next_say);
  else if (!probe.ended())
    error = fmt::format("the replies ran out at node '{}' before an ending (it needs {})", probe.node().id,
                        probe.phase() == Session::Phase::choice ? "another --choices number" : "another --say text");
  return error;
}

// Writes the debrief of the attempt just played, in the format the file name ends with.
std::string write_report(const Session& session, const OrderedJson& transcript, const std::string& path,
                         const std::string& data_dir) {
  try {
    DebriefOptions options;
    options.finished_at = transcript.value("finished_at", "");
    options.past = past_attempts(resolve_data_dir(data_dir), session.trainee(), session.scenario().id,
                                 sha256_hex(transcript.dump(2) + "\n"));  // the text record_in_history stored
    Debrief debrief = build_debrief(session, options);
    return write_file_atomically(path, render_report(debrief, *report_format_of_path(path)));
  } catch (const std::exception& e) {
    return fmt::format("{}: {}", path, e.what());
  }
}

// Writes the attempt's xAPI statements; their ids are kept beside the transcript, so sending
// them later (hallsim xapi) never duplicates the attempt.
std::string write_xapi(const Session& session, const OrderedJson& transcript, const std::string& transcript_path,
                       const std::string& path) {
  try {
    StatementIds ids = kept_statement_ids(transcript_path, session.turns().size());
    auto statements = xapi_statements(read_transcript(nlohmann::json(transcript)), &session.scenario(), ids);
    return write_file_atomically(path, statements.dump(2) + "\n");
  } catch (const std::exception& e) {
    return fmt::format("{}: {}", path, e.what());
  }
}

int run(const RunOptions& o) {
  int exit = kOk;
  LoadResult loaded = load_for_command(o.scenario, exit);
  if (!loaded.ok()) return exit;
  SessionOptions so;
  so.language = o.language;
  so.trainee = o.trainee;
  Session session(loaded.scenario, loaded.bounds(), so);
  std::string error = play_queues(session, o);
  if (!error.empty()) fmt::print(stderr, "hallsim run: {}\n", error);
  OrderedJson transcript = transcript_json(session, now_iso8601());
  // Recorded first, so that a failure below (a bad --transcript path) cannot cost the attempt.
  int recorded = o.record ? record_in_history(session, transcript.dump(2) + "\n", o.data_dir) : kOk;
  if (!o.transcript.empty()) {
    std::string failed = write_file_atomically(o.transcript, transcript.dump(2) + "\n");
    if (!failed.empty()) {
      fmt::print(stderr, "hallsim run: {}\n", failed);
      return kUsage;
    }
  }
  if (!o.xapi.empty()) {
    std::string failed = write_xapi(session, transcript, o.transcript, o.xapi);
    if (!failed.empty()) {
      fmt::print(stderr, "hallsim run: {}\n", failed);
      return kUsage;
    }
  }
  if (!o.report.empty()) {
    std::string failed = write_report(session, transcript, o.report, o.data_dir);
    if (!failed.empty()) {
      fmt::print(stderr, "hallsim run: {}\n", failed);
      return kUsage;
    }
  }
  if (o.json)
    fmt::print("{}\n", result_json(session).dump());
  else
    print_debrief(session, std::cout);
  if (recorded != kOk) return recorded;
  if (!session.ended() || !error.empty()) return kCheckFailed;
  return session.totals().passed ? kOk : kCheckFailed;
}

}  // namespace

void add_run(CLI::App& app, Commands& c) {
  auto o = std::make_shared<RunOptions>();
  CLI::App* cmd = app.add_subcommand("run", "Play a scenario without a window, from scripted replies");
  cmd->add_option("scenario", o->scenario, "Scenario file (.yaml)")->required();
  cmd->add_option("--choices", o->choices, "Choice numbers in order: each picks the Nth visible choice (1-based)")
      ->delimiter(',');
  cmd->add_option("--say", o->says, "Typed reply for the next free-text node (repeat for each)");
  cmd->add_option("--response-s", o->response_s, "Response time assumed for every reply, in seconds (default 0)")
      ->check(CLI::Range(0.0, 86400.0));
  cmd->add_option("--transcript", o->transcript, "Write the transcript (JSON) to this file");
  cmd->add_option("--xapi", o->xapi, "Write the attempt's xAPI statements (JSON) to this file; needs --transcript")
      ->needs(cmd->get_option("--transcript"));
  cmd->add_option("--report", o->report, "Write the debrief to this file: .html, .md or .json")
      ->check(CLI::Validator(
          [](const std::string& path) -> std::string {
            return report_format_of_path(path) ? "" : "the report file must end in .html, .md or .json";
          },
          "FILE.html|.md|.json"));
  cmd->add_option("--lang", o->language, "Language of the text: zh-CN or en (default: the scenario's)")
      ->check(language_validator());
  cmd->add_option("--trainee", o->trainee, "Trainee name recorded in the transcript");
  cmd->add_flag("--json", o->json, "Print the result as one JSON object");
  cmd->add_flag("--record", o->record, "Record the finished attempt in the history (see `hallsim history`)");
  cmd->add_option("--data-dir", o->data_dir, "Folder of the history (default: $XDG_DATA_HOME/hallsim)");
  cmd->footer("Exit status: 0 the attempt reached an ending and passed; 1 it failed, got stuck or the replies did not fit; 2 usage or I/O error.");
  cmd->callback([o, &c] { c.exit_code = run(*o); });
}

}  // namespace hallsim::cli
