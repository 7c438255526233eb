// LRS settings: lrs.conf readable by its owner only, HALLSIM_LRS_AUTH over it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <optional>

#include <sys/stat.h>

#include "helpers.hpp"
#include "xapi/lrs_config.hpp"

using namespace hallsim;

namespace {

// Sets or clears an environment variable for one test, then puts it back.
class EnvOverride {
 public:
  EnvOverride(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) ::setenv(name, value, 1);
    else ::unsetenv(name);
  }
  ~EnvOverride() {
    if (old_) ::setenv(name_, old_->c_str(), 1);
    else ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

std::string config(const std::string& text, mode_t mode = 0600) {
  std::string path = test::temp_dir() + "/lrs.conf";
  std::ofstream(path) << text;
  ::chmod(path.c_str(), mode);
  return path;
}

}  // namespace

TEST_CASE("lrs.conf gives the endpoint, the credentials and the home page") {
  EnvOverride no_env("HALLSIM_LRS_AUTH", nullptr);
  LrsSettings s = load_lrs_settings(config("# our LRS\nendpoint = https://lrs.example.org/xAPI/\n\n"
                                           "auth= trainer:s3cr=t \nhome_page =https://hall.example.gov.cn\n"));
  CHECK(s.endpoint == "https://lrs.example.org/xAPI/");
  CHECK(s.auth == "trainer:s3cr=t");
  CHECK(s.home_page == "https://hall.example.gov.cn");
}

TEST_CASE("HALLSIM_LRS_AUTH wins over the file; no file means no settings") {
  EnvOverride env("HALLSIM_LRS_AUTH", "env:pw");
  CHECK(load_lrs_settings(config("auth = file:pw\n")).auth == "env:pw");
  LrsSettings none = load_lrs_settings(test::temp_dir() + "/none.conf");
  CHECK(none.endpoint.empty());
  CHECK(none.auth == "env:pw");
}

TEST_CASE("a file others can read, an unknown key or credentials without a colon are refused") {
  EnvOverride no_env("HALLSIM_LRS_AUTH", nullptr);
  CHECK_THROWS_WITH_AS(load_lrs_settings(config("auth = a:b\n", 0644)), doctest::Contains("chmod 600"),
                       std::runtime_error);
  CHECK_THROWS_WITH_AS(load_lrs_settings(config("auth = a:b\n", 0640)), doctest::Contains("mode 640"),
                       std::runtime_error);
  CHECK_THROWS_WITH_AS(load_lrs_settings(config("endpoint = x\npassword = y\n")),
                       doctest::Contains("lrs.conf:2: unknown setting 'password'"), std::runtime_error);
  CHECK_THROWS_WITH_AS(load_lrs_settings(config("just words\n")), doctest::Contains("lrs.conf:1: expected"),
                       std::runtime_error);
  CHECK_THROWS_WITH_AS(load_lrs_settings(config("auth = nocolon\n")), doctest::Contains("user:password"),
                       std::runtime_error);
}

TEST_CASE("lrs.conf lives in the XDG config folder") {
  EnvOverride xdg("XDG_CONFIG_HOME", "/somewhere/config");
  CHECK(lrs_config_file() == "/somewhere/config/hallsim/lrs.conf");
}
