#include "base/paths.hpp"

#include <filesystem>

#include <fmt/format.h>

namespace hallsim {

namespace fs = std::filesystem;

namespace {
std::string xdg(const char* variable, const char* fallback_under_home) {
  std::string set = environment_variable(variable);
  if (!set.empty() && fs::path(set).is_absolute()) return (fs::path(set) / "hallsim").string();
  std::string home = environment_variable("HOME");
  fs::path base = !home.empty() ? fs::path(home) : fs::temp_directory_path();
  return (base / fallback_under_home / "hallsim").string();
}
}  // namespace

std::string config_dir() { return xdg("XDG_CONFIG_HOME", ".config"); }
std::string data_dir() { return xdg("XDG_DATA_HOME", ".local/share"); }

std::string ensure_dir(const std::string& path) {
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) return fmt::format("cannot create {}: {}", path, ec.message());
  return {};
}

}  // namespace hallsim
