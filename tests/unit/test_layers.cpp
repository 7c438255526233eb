// The engine is built in floors: a folder may include headers from its own floor or lower ones,
// never from above. The order is docs/architecture.md's map; this test keeps the sources to it.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "helpers.hpp"

namespace fs = std::filesystem;

namespace {

// Lowest first.
constexpr std::array kFloors = {"base",  "yaml",       "expr",  "model",   "score",
                                "run",   "analyze",    "load",  "transcript", "store",
                                "debrief", "xapi",     "attempt", "testplan"};

int floor_of(const std::string& folder) {
  auto it = std::find(kFloors.begin(), kFloors.end(), folder);
  return it == kFloors.end() ? -1 : static_cast<int>(it - kFloors.begin());
}

}  // namespace

TEST_CASE("every engine folder has a floor") {
  size_t folders = 0;
  for (const auto& e : fs::directory_iterator(hallsim::test::source_path("engine"))) {
    if (!e.is_directory()) continue;
    ++folders;
    CAPTURE(e.path().filename().string());
    CHECK(floor_of(e.path().filename().string()) >= 0);
  }
  CHECK(folders == kFloors.size());
}

TEST_CASE("no engine include runs against the floors") {
  const std::regex engine_include(R"(^\s*#\s*include\s*"([a-z_]+)/[^"]+")");
  size_t includes = 0;
  for (const auto& e : fs::recursive_directory_iterator(hallsim::test::source_path("engine"))) {
    if (!e.is_regular_file()) continue;
    const std::string from = e.path().parent_path().filename().string();
    const int from_floor = floor_of(from);
    std::ifstream in(e.path());
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      std::smatch m;
      if (!std::regex_search(line, m, engine_include)) continue;
      const int to_floor = floor_of(m[1].str());
      if (to_floor < 0) continue;  // a header outside the engine's folders
      ++includes;
      CAPTURE(e.path().string());
      CAPTURE(n);
      CAPTURE(line);
      CHECK(to_floor <= from_floor);
    }
  }
  CHECK(includes > 100);
}

TEST_CASE("the engine casts no const away") {
  for (const auto& e : fs::recursive_directory_iterator(hallsim::test::source_path("engine"))) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path());
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      CAPTURE(e.path().string());
      CAPTURE(n);
      CHECK(line.find("const_cast") == std::string::npos);
    }
  }
}
