// What a typed reply earns, and why: clauses and negation, set expressions that only look
// negative, `unless`, the conduct check, keyword stuffing, shared phrase sets, concrete times,
// traditional characters, and bad input.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "load/cues.hpp"
#include "score/reply_text.hpp"
#include "score/rubric.hpp"
#include "score/time_phrases.hpp"

using namespace hallsim;

namespace {

// A rubric written as YAML cues, with the conduct check first, as the loader builds it.
std::vector<Cue> rubric(const std::string& cues_yaml) {
  auto r = test::load_text(test::scenario_with("  a:\n    free_text:\n      model_reply: x\n      rubric:\n" + cues_yaml +
                                               "      routes: [{to: z}]\n  z: {end: {outcome: resolved}}\n",
                                               "vars: {trust: 0}\n"));
  for (const auto& d : r.diagnostics)
    if (d.severity == Severity::error) FAIL(format_diagnostic(d));
  REQUIRE(r.scenario);
  return r.scenario->nodes[0].free_text.cues;
}

std::vector<std::string> met(const std::vector<Cue>& cues, const std::string& reply) {
  std::vector<std::string> ids;
  for (int i : match_cues(cues, reply)) ids.push_back(cues[static_cast<size_t>(i)].id);
  return ids;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const std::string kBasics =
    "        - {id: sorry, any: [\"@apology\"], scores: {empathy: 1}}\n"
    "        - {id: feeling, any: [\"@feeling\"], scores: {empathy: 2}}\n"
    "        - {id: own, any: [\"@ownership\"], scores: {solution: 2}}\n"
    "        - {id: deflect, any: [\"找别人去\", \"不归我管\"], scores: {solution: -2}}\n"
    "        - {id: when, any: [\"@concrete_time\"], scores: {timeliness: 1}}\n";

}  // namespace

TEST_CASE("a negator in front of a phrase, in its clause, cancels it") {
  auto cues = rubric(kBasics);
  CHECK_FALSE(has(met(cues, "我不会给您道歉。"), "sorry"));
  CHECK_FALSE(has(met(cues, "这可不是我们的问题。"), "sorry"));  // "是我们的问题" is inside it
  CHECK(has(met(cues, "这是我们的问题，对不起。"), "sorry"));
  CHECK_FALSE(has(met(cues, "以后您不用找别人去了，直接找我。"), "deflect"));  // negative cues too
  CHECK(has(met(cues, "以后您不用找别人去了，直接找我。"), "own"));
  CHECK(has(met(cues, "这事不归我管。"), "deflect"));  // a phrase with its own negator
  CHECK(has(met(cues, "这事我不会不管，我负责到底。"), "own"));  // the negator's reach ends at 我
  CHECK_FALSE(has(met(cues, "I'm not sorry."), "sorry"));
  CHECK(has(met(cues, "I know, and I'm sorry."), "sorry"));  // "know" is no "no"
}

TEST_CASE("words that only look negative do not negate") {
  auto cues = rubric(kBasics);
  CHECK(has(met(cues, "别担心我负责到底"), "own"));
  CHECK(has(met(cues, "没问题我来负责"), "own"));
  CHECK(has(met(cues, "真过意不去我负责到底"), "own"));
  CHECK(has(met(cues, "不好意思让您白跑了"), "sorry"));
  CHECK(has(met(cues, "对不起不归我管"), "deflect"));  // 对不起 holds 不 but negates nothing
}

TEST_CASE("an unless phrase cancels the match it overlaps; negatable: false keeps it") {
  auto cues = rubric(
      "        - {id: book, any: [\"预约\"], unless: [\"预约不上\"], scores: {solution: 1}}\n"
      "        - {id: fixed, any: [\"负责\"], negatable: false, scores: {solution: 1}}\n");
  CHECK(has(met(cues, "我帮您预约明天的号"), "book"));
  CHECK_FALSE(has(met(cues, "网上预约不上"), "book"));
  CHECK(has(met(cues, "这不负责"), "fixed"));
}

TEST_CASE("the conduct check withholds every positive cue and says which words did it") {
  auto cues = rubric(kBasics);
  ReplyJudgement j = judge_reply(cues, "道歉是不可能道歉的，换谁都窝火，这事我来接手。");
  REQUIRE(j.flagged());
  CHECK(j.conduct[0].category == "refusal");
  CHECK(j.conduct.size() == 1);  // overlapping refusals are said once
  std::vector<std::string> ids;
  for (const auto& h : j.matched) ids.push_back(cues[static_cast<size_t>(h.cue)].id);
  CHECK(ids == std::vector<std::string>{"conduct"});
  int withheld_by_conduct = 0;
  for (const auto& w : j.withheld) withheld_by_conduct += w.why == WithheldWhy::conduct;
  CHECK(withheld_by_conduct == 2);  // feeling and ownership
  CHECK(judge_reply(cues, "急什么，没看我正忙着吗").flagged());
  CHECK(judge_reply(cues, "您回去让孩子弄。").flagged());
  CHECK_FALSE(judge_reply(cues, "您别着急，我先帮您查。").flagged());
}

TEST_CASE("keyword stuffing earns nothing") {
  auto cues = rubric(kBasics);
  for (const char* stuffed : {"对不起换谁都窝火我来负责", "对不起对不起", "理解理解 换谁都窝火 是我们的问题 对不起 首问负责 我来负责"}) {
    std::string reply = stuffed;
    CAPTURE(reply);
    ReplyJudgement j = judge_reply(cues, stuffed);
    CHECK_FALSE(j.stuffing.empty());
    for (const auto& h : j.matched) CHECK_FALSE(cues[static_cast<size_t>(h.cue)].positive());
  }
  ReplyJudgement real = judge_reply(cues, "让您白跑三趟，换谁都窝火，对不起。这件事我来负责，今天我跟到底。");
  CHECK(real.stuffing.empty());
  CHECK(real.matched.size() == 3);
}

TEST_CASE("shared phrase sets stand for their wordings") {
  auto cues = rubric(kBasics);
  CHECK(has(met(cues, "给您赔个不是"), "sorry"));
  CHECK(has(met(cues, "搁谁都憋一肚子火"), "feeling"));
  CHECK(has(met(cues, "往后这事您就找我"), "own"));
  auto bad = test::load_text(test::scenario_with(
      "  a:\n    free_text:\n      model_reply: x\n      rubric: [{id: s, any: [\"@apologee\"], scores: {empathy: 1}}]\n"
      "      routes: [{to: z}]\n  z: {end: {outcome: resolved}}\n"));
  const Diagnostic* d = test::find_code(bad.diagnostics, "HS0039");
  REQUIRE(d);
  CHECK(d->message.find("did you mean '@apology'") != std::string::npos);
}

TEST_CASE("concrete times in digits and Chinese numerals; vague or spent time is not one") {
  auto cues = rubric(kBasics);
  for (const char* concrete : {"12:40前给您回话", "十二点一刻", "下午三点二十我打给您", "大约四十分钟", "十天内办好", "5个工作日",
                               "本周五前", "明天上午", "3月5日", "1号前交", "下班前", "十二点前一定能叫到您", "半个小时",
                               "一个半小时", "11 : 40 前"}) {
    std::string reply = concrete;
    CAPTURE(reply);
    CHECK(has(met(cues, concrete), "when"));
  }
  for (const char* vague : {"尽快", "马上就好", "很快", "等一会儿", "您已经等了四十分钟", "3号窗口", "有三点要注意"}) {
    std::string reply = vague;
    CAPTURE(reply);
    CHECK_FALSE(has(met(cues, vague), "when"));
  }
}

TEST_CASE("traditional characters fold to simplified") {
  auto cues = rubric(kBasics);
  auto ids = met(cues, "對不起，讓您白跑三趟，這件事我來負責到底。");
  CHECK(has(ids, "sorry"));
  CHECK(has(ids, "own"));
}

TEST_CASE("bad input gets an answer, never a crash") {
  auto cues = rubric(kBasics);
  CHECK(judge_reply(cues, "").matched.empty());
  CHECK(judge_reply(cues, "   \t\n").matched.empty());
  CHECK(judge_reply(cues, "，。！？……").matched.empty());
  CHECK(judge_reply(cues, "😀😀😀").matched.empty());
  CHECK(judge_reply(cues, std::string("\xff\xfe\xfd") + "对不起" + "\xc3").matched.size() == 1);
  std::string huge;
  while (huge.size() < 100'000) huge += "让您久等了，对不起。";
  ReplyJudgement j = judge_reply(cues, huge);
  CHECK_FALSE(j.matched.empty());
}

TEST_CASE("clauses keep the way back to the words typed") {
  ReplyText r = read_reply("您好， 我来 负责 Don't worry, 11 : 40 p.m.");
  REQUIRE(r.clauses.size() == 5);
  CHECK(r.clauses[0].folded == "您好");
  CHECK(r.clauses[1].folded == "我来");  // a space where punctuation was skipped ends a clause
  CHECK(r.clauses[1].after_space);
  CHECK(r.clauses[2].folded == "负责");
  CHECK(r.clauses[3].folded == "dontworry");  // but not a space between two words
  CHECK(r.quote(r.clauses[3], 0, 1) == "Don't worry");
  CHECK(r.clauses[4].folded == "11:40pm");  // "11 : 40" joined, "p.m." no sentence end
}
