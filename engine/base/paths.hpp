// Where HallSim keeps its files, following the XDG base directory rules.
#pragma once

#include <cstdlib>
#include <string>

namespace hallsim {

// An environment variable's value, or "" when it is unset. The one place HallSim reads its
// environment: getenv races only with a concurrent setenv, and nothing in HallSim calls setenv.
inline std::string environment_variable(const char* name) {
  const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): see above
  return value ? value : "";
}

// $XDG_CONFIG_HOME/hallsim (default ~/.config/hallsim): settings, imgui.ini.
std::string config_dir();
// $XDG_DATA_HOME/hallsim (default ~/.local/share/hallsim): history, transcripts, the journal.
std::string data_dir();
// Creates the folder and its parents; returns "" or what went wrong.
std::string ensure_dir(const std::string& path);

}  // namespace hallsim
