// hallsim-app: the desktop window. `hallsim` with no command (or only these options) executes it;
// it takes the same options, and started by hand it behaves as `hallsim` would.
#include <csignal>

#include "base/main_guard.hpp"
#include "launch.hpp"

namespace {

constexpr int kUsage = 2;  // the documented exit status for usage and I/O errors

int run(int argc, char** argv) {
  using namespace hallsim::app;
  // Over a file-size limit (ulimit -f) saving an attempt must fail with an error the app reports,
  // not kill the process half-way through. (Cannot fail for SIGXFSZ.)
  (void)std::signal(SIGXFSZ, SIG_IGN);
  CLI::App cli{"HallSim 政务服务投诉处理情景演练器: the desktop app (`hallsim` opens it; `hallsim --help` lists the commands)."};
  cli.name(kAppProgram);
  cli.set_version_flag("--version", "hallsim " HALLSIM_VERSION);
  Launch launch;
  add_app_options(cli, launch);
  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = cli.exit(e);
    return status == 0 ? 0 : kUsage;
  }
  if (launch.library_folder.empty())
    if (auto shipped = shipped_library()) launch.library_folder = *shipped;
  int status = run_desktop_app(launch);
  if (status != kUsage || !launch.author_folder.empty() || !launch.classroom_scenario.empty()) return status;
  // No window could be opened: as `hallsim` always has, play in this terminal. `hallsim` does the
  // playing; told that there is no display, it will not come back here.
  (void)exec_beside_this_program(kCommandProgram, argv, /*without_display=*/true);
  return status;  // no `hallsim` beside this program: the line above already said how to play
}

}  // namespace

int main(int argc, char** argv) {
  return hallsim::guarded_main("hallsim", kUsage, [&] { return run(argc, argv); });
}
