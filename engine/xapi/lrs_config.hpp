// Where the LRS is and how to log in: lrs.conf in the config folder, and HALLSIM_LRS_AUTH.
// Credentials never come from the command line, where other users and the shell history see them.
#pragma once

#include <string>

namespace hallsim {

struct LrsSettings {
  std::string endpoint;   // "" when none is configured
  std::string auth;       // "user:password", "" for none
  std::string home_page;  // the actor account's homePage; "" for the default
};

// CONFIG_DIR/lrs.conf.
std::string lrs_config_file();

// Reads `config_file` when it exists, then lets HALLSIM_LRS_AUTH override its `auth`. The file
// holds `key = value` lines (endpoint, auth, home_page) and `#` comments, and must be readable
// by its owner only (mode 0600), as ssh asks of private keys. Throws std::runtime_error saying
// what is wrong and how to fix it.
LrsSettings load_lrs_settings(const std::string& config_file);

}  // namespace hallsim
