#include "xapi/lrs_config.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <sys/stat.h>

#include <fmt/format.h>

#include "base/paths.hpp"

namespace hallsim {

namespace {

std::string trim(const std::string& s) {
  size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

void check_private(const std::string& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) throw std::runtime_error(fmt::format("cannot read {}", file));
  if ((st.st_mode & 077) != 0)
    throw std::runtime_error(fmt::format("{} may hold a password but other users can read it (mode {:o}); run "
                                         "`chmod 600 {}`",
                                         file, st.st_mode & 0777, file));
}

}  // namespace

std::string lrs_config_file() { return (std::filesystem::path(config_dir()) / "lrs.conf").string(); }

LrsSettings load_lrs_settings(const std::string& config_file) {
  LrsSettings s;
  std::error_code ec;
  if (std::filesystem::exists(config_file, ec)) {
    check_private(config_file);
    std::ifstream in(config_file);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      line = trim(line);
      if (line.empty() || line[0] == '#') continue;
      size_t eq = line.find('=');
      if (eq == std::string::npos)
        throw std::runtime_error(fmt::format("{}:{}: expected `key = value`", config_file, n));
      std::string key = trim(line.substr(0, eq)), value = trim(line.substr(eq + 1));
      if (key == "endpoint") s.endpoint = value;
      else if (key == "auth") s.auth = value;
      else if (key == "home_page") s.home_page = value;
      else
        throw std::runtime_error(
            fmt::format("{}:{}: unknown setting '{}' (known: endpoint, auth, home_page)", config_file, n, key));
    }
  }
  if (std::string auth = environment_variable("HALLSIM_LRS_AUTH"); !auth.empty()) s.auth = auth;
  if (!s.auth.empty() && s.auth.find(':') == std::string::npos)
    throw std::runtime_error("the LRS credentials must be written user:password (HALLSIM_LRS_AUTH or `auth` in lrs.conf)");
  return s;
}

}  // namespace hallsim
