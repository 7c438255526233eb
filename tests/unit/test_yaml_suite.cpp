// Every case of the YAML test suite through the scenario loader: no crash, no hang, and every
// invalid case yields a diagnostic with a real line and column.
#include <doctest/doctest.h>

#include <filesystem>

#include "helpers.hpp"
#include "yaml/document.hpp"

using namespace hallsim;
namespace fs = std::filesystem;

TEST_CASE("yaml-test-suite cases load without crashing and invalid ones are located") {
  fs::path suite = fs::path(HALLSIM_SHARED_DIR) / "data" / "yaml-test-suite";
  REQUIRE_MESSAGE(fs::is_directory(suite), "the shared YAML test suite must be beside the checkout: " << suite);
  size_t cases = 0, invalid = 0;
  for (const auto& entry : fs::directory_iterator(suite)) {
    fs::path input = entry.path() / "in.yaml";
    if (!fs::exists(input)) continue;
    ++cases;
    bool expect_error = fs::exists(entry.path() / "error");
    LoadResult r = load_scenario_file(input.string());
    CAPTURE(input.string());
    // No case of the suite is a scenario, so every one must be refused with located diagnostics.
    CHECK_FALSE(r.ok());
    REQUIRE_FALSE(r.diagnostics.empty());
    for (const auto& d : r.diagnostics) {
      CHECK(d.line >= 1);
      CHECK(d.column >= 1);
      CHECK(d.path == input.string());
    }
    if (expect_error) ++invalid;
  }
  CHECK(cases == 402);
  CHECK(invalid == 94);
}
