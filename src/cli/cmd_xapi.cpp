// hallsim xapi TRANSCRIPT: the attempt as xAPI statements, written to a file or sent to a
// Learning Record Store through the offline queue.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/file_text.hpp"
#include "base/shell_quote.hpp"
#include "common.hpp"
#include "model/diagnostic_text.hpp"
#include "model/words.hpp"
#include "record.hpp"
#include "xapi/lrs_config.hpp"
#include "xapi/lrs_http.hpp"
#include "transcript_scenario.hpp"
#include "xapi/xapi.hpp"
#include "xapi/xapi_ids.hpp"
#include "xapi/xapi_queue.hpp"
#include "base/atomic_file.hpp"
#include "yaml/document.hpp"

namespace hallsim::cli {

namespace {

using json = nlohmann::json;

struct XapiCommandOptions {
  std::string transcript;
  std::string output;
  std::string scenario;
  std::string lrs;
  std::string queue_dir;
  std::string data_dir;
  std::string home_page;
  bool flush = false;
  std::string language;  // of the messages; the statements are the same in any
};


std::optional<Transcript> read_transcript_file(const XapiCommandOptions& o) {
  const std::string& path = o.transcript;
  std::optional<std::string> text = read_file_text(path);
  if (!text) {
    tell("xapi", o.language, fmt::format("cannot read {}", path));
    return std::nullopt;
  }
  try {
    return read_transcript_text(*text);
  } catch (const TranscriptError& e) {
    tell("xapi", o.language, e.what(), path);
    return std::nullopt;
  }
}

// The scenario that lists the choices, needed only when the trainee had some: --scenario, else
// the version that was played, beside the transcript or in the shipped library.
std::shared_ptr<const Scenario> scenario_for(const XapiCommandOptions& o, const Transcript& t, int& exit) {
  if (o.scenario.empty() && !t.has_choice_turns()) return nullptr;
  return scenario_for_transcript("xapi", o.language, o.transcript, t, o.scenario, exit, /*exact_only=*/true).scenario;
}

// The statements of the transcript, with ids kept beside it. nullopt after printing why not.
std::optional<json> statements_of(const XapiCommandOptions& o, const LrsSettings& settings, std::string& registration) {
  auto t = read_transcript_file(o);
  if (!t) return std::nullopt;
  int exit = kOk;
  auto scenario = scenario_for(o, *t, exit);
  if (exit != kOk) return std::nullopt;
  try {
    StatementIds ids = kept_statement_ids(o.transcript, t->turns.size());
    registration = ids.registration;
    XapiOptions xo;
    if (!settings.home_page.empty()) xo.home_page = settings.home_page;
    if (!o.home_page.empty()) xo.home_page = o.home_page;
    return json(xapi_statements(*t, scenario.get(), ids, xo));
  } catch (const std::exception& e) {
    tell("xapi", o.language, e.what(), o.transcript);
    return std::nullopt;
  }
}

int report_flush(const FlushReport& r, const XapiCommandOptions& o, const std::string& queue_dir) {
  for (const std::string& m : r.messages) tell("xapi", o.language, m);
  if (r.delivered)
    tell("xapi", o.language, fmt::format("delivered {} statements ({} attempt{})", r.statements, r.delivered, r.delivered == 1 ? "" : "s"));
  if (r.waiting) {
    std::string where = !o.queue_dir.empty() ? " --queue-dir " + shell_quoted(o.queue_dir)
                        : !o.data_dir.empty() ? " --data-dir " + shell_quoted(o.data_dir)
                                              : "";
    tell("xapi", o.language, fmt::format("{} attempt{} in {}; to retry, run: hallsim xapi --flush{}", r.waiting,
                        r.waiting == 1 ? " waits" : "s wait", queue_dir, where));
  }
  if (r.rejected) return kCheckFailed;
  return r.waiting ? kUsage : kOk;
}

int xapi(const XapiCommandOptions& o) {
  if (o.transcript.empty() && !o.flush) {
    tell("xapi", o.language, "give a TRANSCRIPT, or --flush to retry the queue");
    return kUsage;
  }
  LrsSettings settings;
  try {
    settings = load_lrs_settings(lrs_config_file());
  } catch (const std::exception& e) {
    tell("xapi", o.language, e.what());
    return kUsage;
  }
  std::string endpoint = o.lrs.empty() ? settings.endpoint : o.lrs;
  if (!endpoint.empty()) {
    if (std::string problem = lrs_endpoint_problem(endpoint); !problem.empty()) {
      tell("xapi", o.language, problem);
      return kUsage;
    }
    if (endpoint.back() != '/') endpoint += '/';
  }
  XapiQueue queue(o.queue_dir.empty() ? (std::filesystem::path(resolve_data_dir(o.data_dir)) / "xapi-queue").string()
                                      : o.queue_dir);
  if (!o.transcript.empty()) {
    std::string registration;
    auto statements = statements_of(o, settings, registration);
    if (!statements) return kUsage;
    if (!o.output.empty()) {
      if (std::string error = write_file_atomically(o.output, statements->dump(2) + "\n"); !error.empty()) {
        tell("xapi", o.language, error);
        return kUsage;
      }
    } else if (endpoint.empty()) {
      fmt::print("{}\n", statements->dump(2));
    }
    if (!endpoint.empty()) {
      // Queued before the first try: if the program stops while sending, nothing is lost.
      if (std::string error = queue.add(registration, endpoint, *statements); !error.empty()) {
        tell("xapi", o.language, fmt::format("cannot queue the statements: {}", error));
        return kUsage;
      }
    }
  }
  if (endpoint.empty() && !o.flush) return kOk;
  return report_flush(queue.flush(curl_http, settings.auth), o, queue.dir());
}

}  // namespace

void add_xapi(CLI::App& app, Commands& c) {
  auto o = std::make_shared<XapiCommandOptions>();
  CLI::App* cmd = app.add_subcommand("xapi", "Turn an attempt's transcript into xAPI statements; send them to an LRS");
  cmd->add_option("transcript", o->transcript, "Transcript (JSON) of the attempt")->check(CLI::ExistingFile);
  cmd->add_option("-o,--output", o->output, "Write the statements (a JSON array) to this file");
  cmd->add_option("--scenario", o->scenario, "The scenario file it was played on (default: found in the shipped library)");
  cmd->add_option("--lrs", o->lrs, "Send to this xAPI endpoint, e.g. https://lrs.example.org/xAPI/ (default: `endpoint` in lrs.conf)");
  cmd->add_option("--queue-dir", o->queue_dir, "Folder of statements waiting for their LRS (default: DATA_DIR/xapi-queue)");
  cmd->add_option("--data-dir", o->data_dir, "HallSim's data folder (default: $XDG_DATA_HOME/hallsim)");
  cmd->add_option("--home-page", o->home_page, "homePage of the trainee's account (default: `home_page` in lrs.conf)");
  cmd->add_flag("--flush", o->flush, "Retry every queued statement (every send does this too)");
  add_language_option(cmd, o->language);
  cmd->footer("Credentials: HALLSIM_LRS_AUTH=user:password, or `auth = user:password` in $XDG_CONFIG_HOME/hallsim/lrs.conf "
              "(mode 0600); never on the command line.\n"
              "Without -o or an LRS the statements are printed. Statement ids are kept in TRANSCRIPT.xapi.json, so "
              "sending again never duplicates.\n"
              "Exit status: 0 success; 1 the LRS rejected statements (moved to QUEUE/rejected); 2 usage or I/O "
              "error, or statements still wait in the queue.");
  cmd->callback([o, &c] {
    o->language = ui_language(o->language);
    c.exit_code = xapi(*o);
  });
}

}  // namespace hallsim::cli
