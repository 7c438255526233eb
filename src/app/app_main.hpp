// Opening the desktop window: all GLFW and OpenGL live behind this one call.
#pragma once

#include <string>

namespace hallsim::app {

struct Launch {
  std::string library_folder;  // "" = the folder used last time
  std::string config_dir, data_dir;  // "" = the XDG folders
  std::string author_folder;  // "" = open on the library; else straight into authoring mode
  std::string classroom_scenario;  // "" = open on the library; else classroom mode on this scenario
};

// Runs the app until the window closes. Returns the exit status; 2 when no window can be opened
// (no display), after saying so in one line on stderr.
int run_desktop_app(const Launch& launch);

}  // namespace hallsim::app
