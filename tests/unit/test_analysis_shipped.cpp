// The shipped library's analysis must not change with the analysis's internals: best, worst,
// endings, unreachable nodes, dead ends, stuck nodes and reachability per scenario, as recorded
// in tests/data/analysis/shipped-results.txt before the reductions of issue 14.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "analyze/analysis.hpp"
#include "helpers.hpp"

using namespace hallsim;

namespace {

// The same lines `bench_hallsim analysis FILE` prints, states and transitions left out.
std::map<std::string, std::string> describe(const Analysis& a) {
  auto list = [](const std::vector<int>& v) {
    std::string out;
    for (int x : v) out += " " + std::to_string(x);
    return out;
  };
  std::string reachable;
  for (char c : a.reachable) reachable += c ? '1' : '0';
  auto three = [](const ScoreVector& v) { return std::to_string(v[0]) + " " + std::to_string(v[1]) + " " + std::to_string(v[2]); };
  return {{"best", " " + three(a.best)},
          {"worst", " " + three(a.worst)},
          {"any_ending", " " + std::to_string(a.any_ending)},
          {"single_path_best", " " + std::to_string(a.single_path_best)},
          {"approximate", " " + std::to_string(a.approximate)},
          {"endings", list(a.endings)},
          {"unreachable", list(a.unreachable)},
          {"dead_ends", list(a.dead_ends)},
          {"stuck", list(a.stuck)},
          {"reachable", " " + reachable}};
}

}  // namespace

TEST_CASE("the shipped library's analysis results are those recorded before the reductions") {
  std::ifstream in(test::data_path("analysis/shipped-results.txt"));
  REQUIRE(in);
  std::map<std::string, std::map<std::string, std::string>> recorded;
  std::string line, current;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto space = line.find(' ');
    std::string field = line.substr(0, space), rest = space == std::string::npos ? "" : line.substr(space);
    if (field == "scenario") current = rest.substr(1);
    else recorded[current][field] = rest;
  }
  REQUIRE(recorded.size() >= 6);
  for (const auto& entry : recorded) {  // no structured bindings: clang 14 cannot capture one in a check
    const std::string& file = entry.first;
    LoadOptions o;
    o.analyze = false;
    LoadResult r = load_scenario_file(test::source_path("scenarios/" + file), o);
    REQUIRE_MESSAGE(r.ok(), file);
    auto now = describe(analyze(*r.scenario));
    for (const auto& recorded_field : entry.second) {
      const std::string& field = recorded_field.first;
      CHECK_MESSAGE(now[field] == recorded_field.second, file, ": ", field);
    }
  }
}

TEST_CASE("on the shipped library the reductions change the states, never the results") {
  // Unlike the recorded results above, this holds whatever the scenarios say today.
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_path("scenarios"))) {
    std::string path = entry.path().string();
    if (entry.path().extension() == ".yaml" && !is_test_plan_path(path)) files.push_back(path);
  }
  REQUIRE(files.size() >= 6);
  for (const auto& path : files) {
    LoadOptions o;
    o.analyze = false;
    LoadResult r = load_scenario_file(path, o);
    REQUIRE_MESSAGE(r.ok(), path);
    AnalysisLimits unreduced;
    unreduced.reductions = false;
    Analysis with = analyze(*r.scenario), without = analyze(*r.scenario, unreduced);
    REQUIRE_MESSAGE(!without.approximate, path);
    CHECK_MESSAGE(with.states <= without.states, path);
    CHECK_MESSAGE(describe(with) == describe(without), path);
  }
}
