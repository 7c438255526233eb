// hallsim: the command-line face of the engine. With no command it opens the scenario player.
#include <csignal>
#include <cstdio>
#include <exception>
#include <new>

#include <unistd.h>

#include <fmt/format.h>

#include "common.hpp"
#include "app_main.hpp"
#include "base/paths.hpp"
#include "terminal_player.hpp"

namespace {

// With no command: the desktop app when there is a display, else the terminal player.
int open_app(hallsim::app::Launch launch) {
  using namespace hallsim::cli;
  if (launch.library_folder.empty())
    if (auto shipped = shipped_library()) launch.library_folder = *shipped;
  if (!hallsim::environment_variable("DISPLAY").empty() || !hallsim::environment_variable("WAYLAND_DISPLAY").empty()) {
    int status = hallsim::app::run_desktop_app(launch);
    if (status != kUsage || !launch.author_folder.empty() || !launch.present_scenario.empty()) return status;
  } else if (!launch.author_folder.empty() || !launch.present_scenario.empty()) {
    fmt::print(stderr, "hallsim: authoring and classroom modes need a window and there is no display; check files with `hallsim lint PATH`, play with `hallsim play FILE.yaml`\n");
    return kUsage;
  } else {
    fmt::print(stderr, "hallsim: no display for the window; playing in this terminal (or run `hallsim play FILE.yaml`)\n");
  }
  return play_library();
}

int run(int argc, char** argv) {
  using namespace hallsim::cli;
  // Over a file-size limit (ulimit -f) a write must fail with an error we can report and recover
  // from, not kill the process half-way through saving an attempt. (Cannot fail for SIGXFSZ.)
  (void)std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"HallSim 政务服务投诉处理情景演练器: practise handling citizen complaints in a government service hall.\n"
               "With no command, opens the desktop app on the shipped library (in a terminal without a display,\n"
               "plays there instead)."};
  app.name("hallsim");
  app.set_version_flag("--version", "hallsim " HALLSIM_VERSION);
  app.require_subcommand(0, 1);
  app.footer("Exit status: 0 success, 1 a check failed (lint errors, failed test plan, failed run), 2 usage or I/O error.\n"
             "Run `hallsim COMMAND --help` for the options of each command.");
  Commands commands;
  hallsim::app::Launch launch;
  app.add_option("--library", launch.library_folder, "Scenario folder the app opens (default: the shipped library)");
  app.add_option("--data-dir", launch.data_dir, "Where attempts are kept (default: $XDG_DATA_HOME/hallsim)");
  app.add_option("--config-dir", launch.config_dir, "Where settings are kept (default: $XDG_CONFIG_HOME/hallsim)");
  app.add_option("--author", launch.author_folder,
                 "Open the app in authoring mode on this folder (or file): live reload, graph, rehearsal (F6 toggles)")
      ->check(CLI::ExistingPath);
  app.add_option("--present", launch.present_scenario,
                 "Open the app in classroom mode on this scenario: projected, full screen, class votes (F5 from the library)")
      ->check(CLI::ExistingFile);
  add_lint(app, commands);
  add_run(app, commands);
  add_play(app, commands);
  add_test(app, commands);
  add_analyze(app, commands);
  add_graph(app, commands);
  add_rubric(app, commands);
  add_history(app, commands);
  add_xapi(app, commands);
  add_report(app, commands);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsage;
  }
  if (app.get_subcommands().empty()) return open_app(launch);
  return commands.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  // Whatever a command did not handle is one line and exit status 2, never an abort.
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    (void)std::fputs("hallsim: out of memory\n", stderr);
  } catch (const std::exception& e) {
    (void)std::fprintf(stderr, "hallsim: %s\n", e.what());
  } catch (...) {
    (void)std::fputs("hallsim: unexpected error\n", stderr);
  }
  return hallsim::cli::kUsage;
}
