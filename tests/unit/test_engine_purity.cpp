// The engine never knows the UI: no file under engine/ includes ImGui or GLFW.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "helpers.hpp"

namespace fs = std::filesystem;

TEST_CASE("engine sources include no ImGui or GLFW header") {
  std::regex gui_include(R"(#\s*include\s*[<"](imgui|GLFW|backends/|GL/))", std::regex::icase);
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(hallsim::test::source_path("engine"))) {
    if (!e.is_regular_file()) continue;
    ++files;
    std::ifstream in(e.path());
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      CAPTURE(e.path().string());
      CAPTURE(n);
      CHECK_FALSE(std::regex_search(line, gui_include));
    }
  }
  CHECK(files > 20);
}
