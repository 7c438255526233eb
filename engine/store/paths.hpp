// Where HallSim keeps its files, following the XDG base directory rules.
#pragma once

#include <string>

namespace hallsim {

// $XDG_CONFIG_HOME/hallsim (default ~/.config/hallsim): settings, imgui.ini.
std::string config_dir();
// $XDG_DATA_HOME/hallsim (default ~/.local/share/hallsim): history, transcripts, the journal.
std::string data_dir();
// Creates the folder and its parents; returns "" or what went wrong.
std::string ensure_dir(const std::string& path);

}  // namespace hallsim
