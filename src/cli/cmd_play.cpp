// hallsim play SCENARIO: plays in the terminal.
#include <iostream>

#include "common.hpp"
#include "terminal_player.hpp"

namespace hallsim::cli {

void add_play(CLI::App& app, Commands& c) {
  struct Options {
    std::string scenario;
    PlayOptions play;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("play", "Play a scenario in this terminal: numbered replies, typed replies, a debrief");
  cmd->add_option("scenario", o->scenario, "Scenario file (.yaml)")->required();
  cmd->add_option("--lang", o->play.language, "Language: zh-CN or en (default: the scenario's)")->check(language_validator());
  cmd->add_option("--trainee", o->play.trainee, "Your name, recorded in the transcript");
  cmd->add_option("--transcript", o->play.transcript_path, "Write the transcript (JSON) here when the attempt ends");
  cmd->add_flag("!--no-record", o->play.record, "Do not record the attempt in the history");
  cmd->add_option("--data-dir", o->play.data_dir, "Folder of the history and the journal (default: $XDG_DATA_HOME/hallsim)");
  cmd->add_flag("--resume", o->play.resume, "Continue the attempt journaled for this scenario (after a crash)");
  cmd->callback([o, &c] {
    int exit = kOk;
    LoadResult loaded = load_for_command(o->scenario, exit);
    c.exit_code = loaded.ok() ? play_in_terminal(loaded.scenario, loaded.bounds(), o->play, std::cin, std::cout) : exit;
  });
}

}  // namespace hallsim::cli
