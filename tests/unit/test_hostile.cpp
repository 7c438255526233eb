// Hostile input: each a clear diagnostic (or a normal result), never a crash or a hang.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "run/session.hpp"
#include "score/rubric.hpp"

using namespace hallsim;

TEST_CASE("1,000 levels of block nesting are refused with a location") {
  std::string text = "id: t\nnodes:\n";
  for (int i = 0; i < 1000; ++i) text += std::string(static_cast<size_t>(2 * i + 2), ' ') + "a:\n";
  LoadResult r = test::load_text(text);
  REQUIRE(test::has_code(r.diagnostics, "HS0008"));
  CHECK(test::find_code(r.diagnostics, "HS0008")->line >= 1);
}

TEST_CASE("a 50 MB scalar is refused by the size cap before parsing") {
  std::string text = "id: t\ntitle: " + std::string(50u << 20, 'x') + "\n";
  LoadResult r = test::load_text(text);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "HS0002");
  CHECK(r.diagnostics[0].message.find("50.0 MB") != std::string::npos);
}

TEST_CASE("a 1 MB rubric phrase and a 1 MB typed reply are handled") {
  std::string phrase(1u << 20, 'z');
  std::string text = test::scenario_with("  a:\n    free_text:\n      rubric: [{id: huge, any: [\"" + phrase +
                                         "\"], scores: {empathy: 1}}]\n      routes: [{to: z}]\n  z: {end: {outcome: resolved}}\n");
  LoadResult r = test::load_text(text);
  REQUIRE(r.ok());
  Session s = test::new_session(r.scenario);
  std::string reply;
  for (int i = 0; i < (1 << 18); ++i) reply += "抱歉";  // 1.5 MB of Chinese
  s.say(reply, 1);
  CHECK(s.ended());
  CHECK(s.turns()[0].cues.empty());
  Session again = test::new_session(r.scenario);
  again.say("前缀" + phrase + "后缀", 1);
  CHECK(again.turns()[0].cues == std::vector<std::string>{"huge"});
}

TEST_CASE("a root that is a list, a number or nothing is a located error") {
  for (const char* text : {"- a\n- b\n", "42\n", "", "# only a comment\n", "~\n"}) {
    CAPTURE(text);
    LoadResult r = test::load_text(text);
    REQUIRE(test::has_code(r.diagnostics, "HS0020"));
    CHECK(test::find_code(r.diagnostics, "HS0020")->line == 1);
  }
}
