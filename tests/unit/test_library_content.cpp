// The shipped library as a trainer reads it: every reply that earns points says why in both
// languages, and the best reply is neither systematically the longest nor always in one place.
#include <doctest/doctest.h>

#include <filesystem>

#include "analyze/reply_order.hpp"
#include "helpers.hpp"
#include "score/advice.hpp"

using namespace hallsim;

namespace {

std::vector<std::shared_ptr<const Scenario>> shipped_library() {
  std::vector<std::shared_ptr<const Scenario>> out;
  for (const auto& e : std::filesystem::directory_iterator(test::source_path("scenarios"))) {
    std::string path = e.path().string();
    bool test_plan = path.size() > 10 && path.substr(path.size() - 10) == ".test.yaml";
    if (e.path().extension() != ".yaml" || test_plan) continue;
    LoadResult r = load_scenario_file(path);
    REQUIRE_MESSAGE(r.scenario, path);
    out.push_back(r.scenario);
  }
  REQUIRE(out.size() >= 6);
  return out;
}

}  // namespace

TEST_CASE("every best choice and every choice that earns points has feedback in zh-CN and en") {
  for (const auto& s : shipped_library()) {
    for (const Node& n : s->nodes) {
      auto best = best_choice(n);
      for (size_t i = 0; i < n.choices.size(); ++i) {
        const Choice& c = n.choices[i];
        bool best_here = best && static_cast<size_t>(*best) == i;
        if (!best_here && total_score(c.scores) <= 0) continue;  // recovery replies earn points (issue 13)
        std::string where = s->id + "/" + n.id + " choice " + std::to_string(i + 1);
        CAPTURE(where);
        CHECK(c.feedback.has("zh-CN"));
        CHECK(c.feedback.has("en"));
      }
    }
  }
}

TEST_CASE("the best reply is not mostly the longest, and it sits in every position") {
  std::array<size_t, 4> positions{};
  for (const auto& s : shipped_library()) {
    ReplyOrder order = reply_order(*s);
    CAPTURE(s->id);
    CHECK(order.longest_share() <= kLongestBestLimit);
    for (size_t p = 0; p < positions.size(); ++p) positions[p] += order.best_at[p];
  }
  for (size_t count : positions) CHECK(count > 0);
}

TEST_CASE("every free-text node of the library has a model answer that earns its good cues") {
  for (const auto& s : shipped_library())
    for (const Node& n : s->nodes)
      if (n.kind == Node::Kind::free_text) {
        std::string where = s->id + "/" + n.id;
        CAPTURE(where);
        CHECK(n.free_text.model_reply.has("zh-CN"));
        CHECK(n.free_text.model_reply.has("en"));
      }
}
