// Which language a face speaks when the user did not say: the app's setting, else the system's.
#pragma once

#include <string>

namespace hallsim {

// "zh-CN" or "en": the "language" saved in settings.json in `config_folder` when there is one,
// else from the locale (LC_ALL, then LC_MESSAGES, then LANG): zh* gives zh-CN, anything else en.
std::string default_ui_language(const std::string& config_folder);

}  // namespace hallsim
