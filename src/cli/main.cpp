// hallsim: the command-line face of the engine. It links no window library: with no command it
// executes the desktop app, hallsim-app, installed beside it (in a terminal without a display it
// plays there instead).
#include <cerrno>
#include <csignal>
#include <string>
#include <system_error>

#include <fmt/format.h>

#include "base/main_guard.hpp"
#include "common.hpp"
#include "launch.hpp"
#include "terminal_player.hpp"

namespace {

// With no command: the desktop app when there is a display, else the terminal player.
int open_app(const hallsim::app::Launch& launch, char** argv) {
  using namespace hallsim::cli;
  if (hallsim::app::display_named()) {
    hallsim::app::ExecFailure failed = hallsim::app::exec_beside_this_program(hallsim::app::kAppProgram, argv);
    std::string why = std::error_code(failed.error, std::generic_category()).message();
    fmt::print(stderr,
               "hallsim: 无法启动桌面程序 {0}（{1}）；请重新安装 HallSim，或用 `hallsim play FILE.yaml` 在终端中练习\n"
               "hallsim: cannot start the desktop app {0} ({2}); reinstall HallSim, or play in this terminal with "
               "`hallsim play FILE.yaml`\n",
               failed.path, failed.error == ENOENT ? "文件不存在" : why, why);
    return kUsage;
  }
  if (!launch.author_folder.empty() || !launch.classroom_scenario.empty()) {
    fmt::print(stderr, "hallsim: authoring and classroom modes need a window and there is no display; check files with `hallsim lint PATH`, play with `hallsim play FILE.yaml`\n");
    return kUsage;
  }
  fmt::print(stderr, "hallsim: no display for the window; playing in this terminal (or run `hallsim play FILE.yaml`)\n");
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
  hallsim::app::add_app_options(app, launch);
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
  if (app.get_subcommands().empty()) return open_app(launch, argv);
  return commands.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  return hallsim::guarded_main("hallsim", hallsim::cli::kUsage, [&] { return run(argc, argv); });
}
