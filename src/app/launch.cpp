#include "launch.hpp"

#include <cstdio>
#include <filesystem>
#include <string_view>
#include <vector>

#include <cerrno>
#include <unistd.h>

#include "base/paths.hpp"

namespace hallsim::app {

namespace fs = std::filesystem;

void add_app_options(CLI::App& app, Launch& launch) {
  app.add_option("--library", launch.library_folder, "Scenario folder the app opens (default: the shipped library)");
  app.add_option("--data-dir", launch.data_dir, "Where attempts are kept (default: $XDG_DATA_HOME/hallsim)");
  app.add_option("--config-dir", launch.config_dir, "Where settings are kept (default: $XDG_CONFIG_HOME/hallsim)");
  app.add_option("--author", launch.author_folder,
                 "Open the app in authoring mode on this folder (or file): live reload, graph, rehearsal (F6 toggles)")
      ->check(CLI::ExistingPath);
  app.add_option("--present", launch.present_scenario,
                 "Open the app in classroom mode on this scenario: projected, full screen, class votes (F5 from the library)")
      ->check(CLI::ExistingFile);
}

std::optional<std::string> shipped_library() {
  std::vector<fs::path> candidates;
  if (std::string env = environment_variable("HALLSIM_SCENARIOS"); !env.empty()) candidates.emplace_back(env);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path().parent_path() / "share" / "hallsim" / "scenarios");
#ifdef HALLSIM_SOURCE_SCENARIOS
  candidates.emplace_back(HALLSIM_SOURCE_SCENARIOS);
#endif
  for (const auto& c : candidates)
    if (fs::is_directory(c, ec)) return c.string();
  return std::nullopt;
}

bool display_named() {
  return !environment_variable("DISPLAY").empty() || !environment_variable("WAYLAND_DISPLAY").empty();
}

namespace {

bool names_a_display(const char* entry) {
  std::string_view e(entry);
  return e.rfind("DISPLAY=", 0) == 0 || e.rfind("WAYLAND_DISPLAY=", 0) == 0;
}

}  // namespace

ExecFailure exec_beside_this_program(const char* program, char** argv, bool without_display) {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {program, ec.value()};
  std::string path = (self.parent_path() / program).string();
  std::vector<char*> args{path.data()};
  for (char** arg = argv + 1; *arg != nullptr; ++arg) args.push_back(*arg);
  args.push_back(nullptr);
  std::vector<char*> env;  // a copy, not unsetenv: nothing in HallSim changes its own environment
  for (char** entry = environ; *entry != nullptr; ++entry)
    if (!without_display || !names_a_display(*entry)) env.push_back(*entry);
  env.push_back(nullptr);
  // What this process printed must come before what the program prints.
  (void)std::fflush(stdout);
  (void)std::fflush(stderr);
  execve(path.c_str(), args.data(), env.data());
  return {path, errno};
}

}  // namespace hallsim::app
