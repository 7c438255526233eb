// hallsim: the command-line face of the engine. With no command it opens the scenario player.
#include <unistd.h>

#include <fmt/format.h>

#include "common.hpp"
#include "terminal_player.hpp"

int main(int argc, char** argv) {
  using namespace hallsim::cli;
  CLI::App app{"HallSim 政务服务投诉处理情景演练器: practise handling citizen complaints in a government service hall.\n"
               "With no command, plays a scenario from the shipped library in this terminal."};
  app.name("hallsim");
  app.set_version_flag("--version", "hallsim " HALLSIM_VERSION);
  app.require_subcommand(0, 1);
  app.footer("Exit status: 0 success, 1 a check failed (lint errors, failed test plan, failed run), 2 usage or I/O error.\n"
             "Run `hallsim COMMAND --help` for the options of each command.");
  Commands commands;
  add_lint(app, commands);
  add_run(app, commands);
  add_play(app, commands);
  add_test(app, commands);
  add_analyze(app, commands);
  add_graph(app, commands);
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
  if (app.get_subcommands().empty()) return play_library();
  return commands.exit_code;
}
