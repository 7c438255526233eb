#include "settings.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "base/file_text.hpp"
#include "base/atomic_file.hpp"
#include "yaml/document.hpp"

namespace hallsim::app {

Settings load_settings(const std::string& path) {
  Settings s;
  auto text = read_file_text(path);
  if (!text) return s;
  auto j = nlohmann::json::parse(*text, nullptr, false);
  if (!j.is_object()) return s;
  auto text_of = [&](const char* key, std::string& out) {
    if (j.contains(key) && j[key].is_string()) out = j[key].get<std::string>();
  };
  text_of("language", s.language);
  if (s.language != "zh-CN" && s.language != "en") s.language = "zh-CN";
  text_of("trainee", s.trainee);
  text_of("last_folder", s.last_folder);
  if (j.contains("recent_folders") && j["recent_folders"].is_array())
    for (const auto& f : j["recent_folders"])
      if (f.is_string() && s.recent_folders.size() < kRecentFolders) s.recent_folders.push_back(f.get<std::string>());
  if (j.contains("ui_scale") && j["ui_scale"].is_number()) s.ui_scale = std::clamp(j["ui_scale"].get<float>(), 0.75f, 4.0f);
  if (j.contains("show_mood_bars") && j["show_mood_bars"].is_boolean()) s.show_mood_bars = j["show_mood_bars"].get<bool>();
  if (j.contains("live_hints") && j["live_hints"].is_boolean()) s.live_hints = j["live_hints"].get<bool>();
  return s;
}

void remember_folder(Settings& s, const std::string& folder) {
  if (folder.empty()) return;
  s.last_folder = folder;
  s.recent_folders.erase(std::remove(s.recent_folders.begin(), s.recent_folders.end(), folder), s.recent_folders.end());
  s.recent_folders.insert(s.recent_folders.begin(), folder);
  if (s.recent_folders.size() > kRecentFolders) s.recent_folders.resize(kRecentFolders);
}

std::string save_settings(const Settings& s, const std::string& path) {
  nlohmann::json j = {{"language", s.language},       {"ui_scale", s.ui_scale},
                      {"trainee", s.trainee},         {"last_folder", s.last_folder},
                      {"show_mood_bars", s.show_mood_bars}, {"live_hints", s.live_hints},
                      {"recent_folders", s.recent_folders}};
  return write_file_atomically(path, j.dump(2) + "\n");
}

}  // namespace hallsim::app
