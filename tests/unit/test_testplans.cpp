// Every shipped test plan passes, straight and with a snapshot/restore round trip halfway
// (run_test_plan does both); and a plan with wrong expectations fails.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "helpers.hpp"
#include "testplan/testplan.hpp"

using namespace hallsim;
namespace fs = std::filesystem;

namespace {
std::vector<std::string> plans_under(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (is_test_plan_path(e.path().string())) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("every test plan passes, also after a mid-play snapshot and restore") {
  std::vector<std::string> plans = plans_under(test::source_path("scenarios"));
  for (const auto& p : plans_under(test::source_path("tests/data"))) plans.push_back(p);
  REQUIRE(plans.size() >= 2);
  for (const auto& path : plans) {
    CAPTURE(path);
    PlanResult r = run_test_plan(path);
    for (const auto& d : r.diagnostics) MESSAGE(format_diagnostic(d));
    CHECK_FALSE(r.plays.empty());
    for (const auto& play : r.plays) {
      CAPTURE(play.name);
      for (const auto& f : play.failures) MESSAGE(f);
      CHECK(play.passed);
    }
  }
}

TEST_CASE("wrong expectations fail, each with a reason") {
  std::string dir = test::temp_dir();
  fs::copy_file(test::data_path("features.yaml"), dir + "/features.yaml");
  fs::create_directory(dir + "/rubrics");
  fs::copy_file(test::data_path("rubrics/shared.yaml"), dir + "/rubrics/shared.yaml");
  std::ofstream(dir + "/wrong.test.yaml") << "scenario: features.yaml\nplays:\n"
                                             "  - name: wrong\n    replies: [2, \"没办法\"]\n"
                                             "    expect: {ending: resolved, passed: true, scores: {empathy: \">= 90\"}, visits: [propose], "
                                             "steps: {missed: []}, cues: [apology], mood: {anger: \"< 10\"}}\n"
                                             "  - name: too few replies\n    replies: [2]\n"
                                             "  - name: a number where text is needed\n    replies: [2, 1]\n";
  PlanResult r = run_test_plan(dir + "/wrong.test.yaml");
  REQUIRE(r.plays.size() == 3);
  CHECK_FALSE(r.passed());
  CHECK(r.plays[0].failures.size() == 7);
  CHECK(r.plays[1].failures.at(0).find("ran out") != std::string::npos);
  CHECK(r.plays[2].failures.at(0).find("typed reply") != std::string::npos);
}

TEST_CASE("a malformed plan is a located diagnostic") {
  std::string dir = test::temp_dir();
  std::ofstream(dir + "/bad.test.yaml") << "scenario: nowhere.yaml\nplays:\n  - replies: [0]\n    expectt: {}\n";
  PlanResult r = run_test_plan(dir + "/bad.test.yaml");
  CHECK_FALSE(r.passed());
  REQUIRE(test::has_code(r.diagnostics, "HS0021"));
  CHECK(test::find_code(r.diagnostics, "HS0021")->line == 4);
  CHECK(test::has_code(r.diagnostics, "HS0025"));
}
