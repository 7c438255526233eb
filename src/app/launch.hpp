// Starting the desktop app from a command line, shared by `hallsim` (which links no window
// library) and `hallsim-app` (the window): the app's options, the shipped library, and running
// the other program of the pair.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "app_main.hpp"

namespace hallsim::app {

// The window's program, installed beside `hallsim`; and `hallsim` itself, beside it.
inline constexpr const char* kAppProgram = "hallsim-app";
inline constexpr const char* kCommandProgram = "hallsim";

// --library, --data-dir, --config-dir, --author and --present: one definition, so that
// `hallsim --help` lists them and both programs accept and check them alike.
void add_app_options(CLI::App& app, Launch& launch);

// The shipped scenario library: $HALLSIM_SCENARIOS, then beside the installed program, then the
// source tree this program was built from.
std::optional<std::string> shipped_library();

// Whether a display is named in the environment (X11 or Wayland); reaching it is GLFW's job.
bool display_named();

// Replaces this process with `program` from this executable's own folder (/proc/self/exe),
// passing argv[1..] on unchanged: the process id stays, so signals reach the program and its exit
// status is the caller's. `without_display` takes DISPLAY and WAYLAND_DISPLAY out of its
// environment. Returns only if it could not be run: the path tried and errno.
struct ExecFailure {
  std::string path;
  int error = 0;
};
ExecFailure exec_beside_this_program(const char* program, char** argv, bool without_display = false);

}  // namespace hallsim::app
