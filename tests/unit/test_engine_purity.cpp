// The engine never knows the UI: no file under engine/ includes ImGui or GLFW.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "helpers.hpp"

namespace fs = std::filesystem;

TEST_CASE("engine sources include no ImGui or GLFW header") {
  std::regex gui_include(R"(#\s*include\s*[<"](imgui|GLFW|backends/|GL/))", std::regex::icase);
  size_t files = hallsim::test::for_each_engine_line([&](const fs::path& path, int n, const std::string& line) {
    CAPTURE(path.string());
    CAPTURE(n);
    CHECK_FALSE(std::regex_search(line, gui_include));
  });
  CHECK(files > 20);
}
