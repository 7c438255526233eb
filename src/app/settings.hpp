// What the app remembers between runs, in the XDG config folder.
#pragma once

#include <string>
#include <vector>

namespace hallsim::app {

struct Settings {
  std::string language = "zh-CN";
  float ui_scale = 1.0f;
  std::string trainee;
  std::string last_folder;
  std::vector<std::string> recent_folders;  // most recent first, at most kRecentFolders
  bool show_mood_bars = true;
  bool live_hints = false;
};

constexpr size_t kRecentFolders = 8;

// `folder` becomes the last folder and the first of the recent ones (once).
void remember_folder(Settings& s, const std::string& folder);

// Missing or damaged settings give the defaults: settings never stop the app from starting.
Settings load_settings(const std::string& path);
// Returns "" or what went wrong.
std::string save_settings(const Settings& s, const std::string& path);

}  // namespace hallsim::app
