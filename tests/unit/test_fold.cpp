#include <doctest/doctest.h>

#include "score/fold.hpp"
#include "score/rubric.hpp"

using namespace hallsim;

TEST_CASE("folding removes case, width, white space and punctuation") {
  CHECK(fold_for_matching("Hello, World!") == "helloworld");
  CHECK(fold_for_matching("ＡＢＣ１２３") == "abc123");          // full-width forms
  CHECK(fold_for_matching("抱 歉，让您久等了！") == "抱歉让您久等了");  // Chinese punctuation and spaces
  CHECK(fold_for_matching("「十分钟」……") == "十分钟");
  CHECK(fold_for_matching("\t\n ") == "");
  CHECK(fold_for_matching("ﬁle") == "file");  // compatibility ligature
}

TEST_CASE("invalid UTF-8 in a reply is dropped, not fatal") {
  CHECK(fold_for_matching("ok\xff\xfe抱歉") == "ok抱歉");
}

namespace {
Cue cue(std::vector<std::string> any, std::vector<std::string> all = {}) {
  Cue c;
  c.any = any;
  c.all = all;
  for (auto& p : any) c.any_phrases.push_back({Phrase::Kind::literal, fold_for_matching(p), p});
  for (auto& p : all) c.all_phrases.push_back({Phrase::Kind::literal, fold_for_matching(p), p});
  return c;
}
bool matches(const Cue& c, const std::string& reply) { return !match_cues({c}, reply).empty(); }
}  // namespace

TEST_CASE("a cue needs one 'any' phrase and every 'all' phrase") {
  Cue apology = cue({"抱歉", "对不起", "Sorry"});
  CHECK(matches(apology, "实在抱歉，让您久等了"));
  CHECK(matches(apology, "SORRY for the wait"));
  CHECK_FALSE(matches(apology, "请您耐心等待"));
  Cue promise = cue({}, {"回来", "告诉您"});
  CHECK(matches(promise, "我十分钟后回来告诉您结果"));
  CHECK_FALSE(matches(promise, "我十分钟后回来"));
  Cue both = cue({"分钟"}, {"之前"});
  CHECK(matches(both, "十一点四十之前，大约二十分钟"));
  CHECK_FALSE(matches(both, "大约二十分钟"));
}

TEST_CASE("phrases match across punctuation and width the trainee typed") {
  Cue c = cue({"11:40前"});
  CHECK(matches(c, "１１：４０前给您答复"));
  CHECK(matches(c, "11 : 40 前"));
}

TEST_CASE("an empty reply matches nothing") {
  CHECK(match_cues({cue({"a"})}, "").empty());
  CHECK(match_cues({cue({"a"})}, "  ，。 ").empty());
}
