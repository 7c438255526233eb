// What the app remembers between runs, in the XDG config folder.
#pragma once

#include <string>

namespace hallsim::app {

struct Settings {
  std::string language = "zh-CN";
  float ui_scale = 1.0f;
  std::string trainee;
  std::string last_folder;
  bool show_mood_bars = true;
  bool live_hints = false;
};

// Missing or damaged settings give the defaults: settings never stop the app from starting.
Settings load_settings(const std::string& path);
// Returns "" or what went wrong.
std::string save_settings(const Settings& s, const std::string& path);

}  // namespace hallsim::app
