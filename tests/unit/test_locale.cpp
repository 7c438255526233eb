// Scores never depend on the global locale: a decimal-comma locale (de_DE) gives identical results.
#include <doctest/doctest.h>

#include <clocale>
#include <locale>

#include <nlohmann/json.hpp>

#include "helpers.hpp"
#include "transcript/transcript.hpp"
#include "run/script.hpp"

using namespace hallsim;

namespace {

std::string play_features() {
  LoadResult r = load_scenario_file(test::data_path("features.yaml"));
  REQUIRE(r.ok());
  Session s = test::new_session(r.scenario);
  std::vector<ScriptedReply> replies = {{false, 3, "", {}}, {false, 2, "", {}}, {true, 0, "我查一下", {}},
                                        {true, 0, "大约十分钟，我会回来告诉您", {}}};
  REQUIRE(play_script(s, replies, 25.5).ok);
  auto j = result_json(s);
  LoadResult decimals = test::load_text(test::scenario_with("  a: {end: {outcome: resolved}}\n",
                                                            "scoring: {weights: {empathy: 1.5, solution: 0.25}, pass: 72.5}\n"));
  REQUIRE(decimals.ok());
  j["weights"] = decimals.scenario->scoring.weights;  // 1.5 would read as 1 if parsing followed a ',' locale
  j["pass"] = decimals.scenario->scoring.pass;
  return j.dump();
}

}  // namespace

TEST_CASE("the same play scores the same under a decimal-comma locale") {
  std::string plain = play_features();
  std::locale before = std::locale::global(std::locale::classic());
  std::locale german;
  // scripts/setup-and-test creates this locale (localedef -i de_DE -f UTF-8 de_DE.UTF-8).
  REQUIRE_NOTHROW(german = std::locale("de_DE.UTF-8"));
  std::locale::global(german);
  std::setlocale(LC_ALL, "de_DE.UTF-8");
  std::string under_german = play_features();
  std::locale::global(before);
  std::setlocale(LC_ALL, "C");
  CHECK(under_german == plain);
  CHECK(plain.find("[1.5,1.0,0.25]") != std::string::npos);
  CHECK(plain.find("72.5") != std::string::npos);
}
