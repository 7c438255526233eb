// Every kept regression input through every reader: diagnostics or results, never a crash.
#include <doctest/doctest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "base/file_text.hpp"
#include "helpers.hpp"
#include "transcript/transcript.hpp"
#include "score/rubric.hpp"
#include "testplan/testplan.hpp"
#include "yaml/document.hpp"

using namespace hallsim;
namespace fs = std::filesystem;

TEST_CASE("kept regression inputs are handled by every reader") {
  auto features = load_scenario_file(test::data_path("features.yaml")).scenario;
  REQUIRE(features);
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(test::source_path("tests/regressions"))) {
    if (e.path().extension() == ".md") continue;
    ++files;
    std::string bytes = *read_file_text(e.path().string());
    CAPTURE(e.path().string());
    LoadResult loaded = test::load_text(bytes, e.path().filename().string());
    for (const auto& d : loaded.diagnostics) CHECK(d.line >= 1);
    DiagnosticSink sink("plan.test.yaml");
    load_test_plan_text(bytes, "plan.test.yaml", sink);
    for (const auto& d : sink.items()) CHECK(d.line >= 1);
    match_cues(features->nodes[static_cast<size_t>(features->find_node("check"))].free_text.cues, bytes);
    auto json = nlohmann::json::parse(bytes, nullptr, false);
    if (!json.is_discarded()) {
      try {
        replay_transcript(features, test::bounds_of(*features), read_transcript(json));
      } catch (const std::invalid_argument&) {  // a clear refusal is fine
      } catch (const nlohmann::json::exception&) {
      }
    }
  }
  CHECK(files >= 3);
}
