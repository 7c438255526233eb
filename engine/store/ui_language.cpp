#include "store/ui_language.hpp"

#include <filesystem>

#include <nlohmann/json.hpp>

#include "base/paths.hpp"
#include "base/file_text.hpp"

namespace hallsim {

std::string default_ui_language(const std::string& config_folder) {
  if (auto text = read_file_text((std::filesystem::path(config_folder) / "settings.json").string())) {
    auto j = nlohmann::json::parse(*text, nullptr, false);
    if (j.is_object() && j.contains("language") && j["language"].is_string()) {
      std::string saved = j["language"].get<std::string>();
      if (saved == "zh-CN" || saved == "en") return saved;
    }
  }
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    std::string locale = environment_variable(variable);
    if (locale.empty()) continue;
    return locale.compare(0, 2, "zh") == 0 ? "zh-CN" : "en";
  }
  return "en";
}

}  // namespace hallsim
