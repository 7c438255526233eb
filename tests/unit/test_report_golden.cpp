// Golden debriefs: a sample attempt's Markdown (zh-CN, en) and JSON must equal the files under
// tests/golden/report/. The attempt's times are pinned and the scenario's content hash is taken
// out, so only a change in what the report says makes them differ. UPDATE_GOLDEN=1 rewrites them.
#include <doctest/doctest.h>

#include <cstdlib>

#include "base/file_text.hpp"
#include "debrief/debrief.hpp"
#include "debrief/render.hpp"
#include "report_helpers.hpp"
#include "base/atomic_file.hpp"
#include "yaml/document.hpp"

using namespace hallsim;
using test::pick;
using test::type;

namespace {

Debrief sample_debrief(const std::string& language) {
  auto scenario = test::load_scenario_or_fail(test::data_path("features.yaml"));
  nlohmann::json transcript = test::play_to_transcript(
      scenario, {pick(3, 12), pick(2, 12), type("前面还有两位，大约五分钟", 12), pick(1, 4.5)}, "王小明");
  DebriefOptions options{language, {{"2024-05-01T10:00:00Z", 38.5, {20, 50, 60}}, {"2024-05-03T10:00:00Z", 61.3, {60, 40, 80}}}};
  Debrief d = build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript), options);
  d.scenario_hash = "(content hash)";  // changes with every edit of the scenario file
  return d;
}

void check_golden(const std::string& name, const std::string& actual) {
  std::string path = test::source_path("tests/golden/report/" + name);
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") REQUIRE(write_file_atomically(path, actual).empty());
  std::optional<std::string> expected = read_file_text(path);
  REQUIRE_MESSAGE(expected, path << " is missing (UPDATE_GOLDEN=1 writes it)");
  if (*expected == actual) return;
  size_t line = 1, at = 0;
  while (at < expected->size() && at < actual.size() && (*expected)[at] == actual[at]) line += (*expected)[at++] == '\n';
  size_t from = expected->rfind('\n', at == 0 ? 0 : at - 1);
  from = from == std::string::npos ? 0 : from + 1;
  FAIL_CHECK(path << " differs at line " << line << " (UPDATE_GOLDEN=1 to accept)\n  expected: "
                  << expected->substr(from, expected->find('\n', from) - from) << "\n  actual:   "
                  << actual.substr(from, actual.find('\n', from) - from));
}

}  // namespace

TEST_CASE("golden Markdown debrief, zh-CN") { check_golden("features.zh-CN.md", render_markdown(sample_debrief("zh-CN"))); }

TEST_CASE("golden Markdown debrief, en") { check_golden("features.en.md", render_markdown(sample_debrief("en"))); }

TEST_CASE("golden JSON debrief") { check_golden("features.json", render_json(sample_debrief("en"))); }
