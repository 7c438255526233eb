// xAPI statements from a transcript, and the statement ids kept beside it. (Every statement is
// also checked by the xapi-validation package: tests/xapi/.)
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "attempt_helpers.hpp"
#include "xapi/xapi.hpp"
#include "xapi/xapi_ids.hpp"
#include "base/clock.hpp"

using namespace hallsim;
using ojson = nlohmann::ordered_json;

namespace {

std::string ext(const std::string& name) { return xapi_extension(name); }

ojson statements_for(const Session& s, const StatementIds& ids) {
  return xapi_statements(read_transcript(test::transcript_of(s)), test::features_scenario().get(), ids);
}

bool is_v4_uuid(const std::string& s) {
  return std::regex_match(s, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
}

}  // namespace

TEST_CASE("a passed attempt: attempted, answered per reply, completed, passed") {
  Session s = test::play(test::best_replies());
  StatementIds ids = new_statement_ids(s.turns().size());
  ojson all = statements_for(s, ids);
  REQUIRE(all.size() == 6);
  std::vector<std::string> verbs;
  for (const auto& st : all) verbs.push_back(st["verb"]["id"].get<std::string>().substr(31));
  CHECK(verbs == std::vector<std::string>{"attempted", "answered", "answered", "answered", "completed", "passed"});
  CHECK(all[0]["id"] == ids.attempted);
  CHECK(all[1]["id"] == ids.answered[0]);
  CHECK(all[3]["id"] == ids.answered[2]);
  CHECK(all[4]["id"] == ids.completed);
  CHECK(all[5]["id"] == ids.result);
  for (const auto& st : all) {
    CHECK(st["context"]["registration"] == ids.registration);
    CHECK(st["actor"]["account"]["homePage"] == kDefaultHomePage);
    CHECK(st["actor"]["account"]["name"] == "张三");
    CHECK(st["verb"]["display"]["en-US"].is_string());
    CHECK(st["context"]["extensions"][ext("scenario")]["hash"] == s.scenario().content_hash);
  }
  CHECK(all[0]["object"]["id"] == "https://w3id.org/hallsim/xapi/scenarios/features");
  CHECK(all[0]["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/simulation");
  CHECK(all[0]["timestamp"] == s.started_at());

  const ojson& result = all[5]["result"];
  CHECK(result["score"]["scaled"] == 1.0);
  CHECK(result["score"]["raw"] == 100.0);
  CHECK(result["score"]["min"] == 0);
  CHECK(result["score"]["max"] == 100);
  CHECK(result["success"] == true);
  CHECK(result["completion"] == true);
  CHECK(result["duration"].get<std::string>().rfind("PT", 0) == 0);
  CHECK(result["extensions"][ext("empathy")] == ojson{{"raw", 5}, {"best", 5}, {"percent", 100.0}});
  CHECK(result["extensions"][ext("timeliness")]["raw"] == 3);
  CHECK(result["extensions"][ext("solution")]["best"] == 5);
  CHECK(result["extensions"][ext("ending")]["outcome"] == "resolved");
  CHECK(result["extensions"][ext("ending")]["rating"] == "very_satisfied");
  CHECK(all[4]["result"]["completion"] == true);
}

TEST_CASE("a choice reply lists every choice, the best as correct; a typed reply is long-fill-in with its text") {
  Session s = test::play(test::best_replies());
  ojson all = statements_for(s, new_statement_ids(3));
  const ojson& choice = all[1];
  const ojson& definition = choice["object"]["definition"];
  CHECK(choice["object"]["id"] == "https://w3id.org/hallsim/xapi/scenarios/features/nodes/opening");
  CHECK(definition["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction");
  CHECK(definition["interactionType"] == "choice");
  const Node& opening = s.scenario().nodes[static_cast<size_t>(s.scenario().find_node("opening"))];
  REQUIRE(definition["choices"].size() == opening.choices.size());
  CHECK(definition["choices"][1]["id"] == "2");
  CHECK(definition["choices"][1]["description"]["zh-CN"] == s.text(opening.choices[1].reply));
  CHECK(definition["correctResponsesPattern"] == ojson::array({"2"}));
  CHECK(definition["description"]["zh-CN"] == s.turns()[0].line);
  CHECK(choice["result"]["response"] == "2");
  CHECK(choice["result"]["duration"] == "PT5S");
  CHECK(choice["result"]["extensions"][ext("deltas")]["empathy"] == s.turns()[0].deltas[0]);
  CHECK(choice["context"]["contextActivities"]["parent"][0]["id"] == all[0]["object"]["id"]);

  const ojson& typed = all[2];
  CHECK(typed["object"]["definition"]["interactionType"] == "long-fill-in");
  CHECK_FALSE(typed["object"]["definition"].contains("choices"));
  CHECK(typed["result"]["response"] == "抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情");
  CHECK(typed["result"]["extensions"][ext("cues")].size() == s.turns()[1].cues.size());
  CHECK_FALSE(typed["result"]["extensions"][ext("cues")].empty());
}

TEST_CASE("replies are placed at the start plus the response times, never after the finish") {
  Session s = test::play(test::best_replies(), "张三", 5);
  nlohmann::json t = test::transcript_of(s);
  t["started_at"] = "2030-01-01T00:00:00Z";
  t["finished_at"] = "2030-01-01T00:00:12Z";
  ojson all = xapi_statements(read_transcript(t), test::features_scenario().get(), new_statement_ids(3));
  CHECK(all[1]["timestamp"] == "2030-01-01T00:00:05Z");
  CHECK(all[2]["timestamp"] == "2030-01-01T00:00:10Z");
  CHECK(all[3]["timestamp"] == "2030-01-01T00:00:12Z");  // 15 s would be after the finish
  CHECK(all[5]["result"]["duration"] == "PT12S");
}

TEST_CASE("a failed attempt ends with `failed`; an unfinished one has no result at all") {
  ojson failed = statements_for(test::play(test::failing_replies()), new_statement_ids(1));
  REQUIRE(failed.size() == 4);
  CHECK(failed[3]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/failed");
  CHECK(failed[3]["result"]["success"] == false);
  CHECK(failed[3]["result"]["score"]["scaled"] == 0.0);
  CHECK(failed[3]["result"]["extensions"][ext("ending")]["outcome"] == "escalated");

  ojson unfinished = statements_for(test::play(test::unfinished_replies()), new_statement_ids(1));
  REQUIRE(unfinished.size() == 2);
  CHECK(unfinished[1]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
}

TEST_CASE("without a name the actor is `anonymous`; the home page is configurable") {
  XapiOptions o;
  o.home_page = "https://training.example.gov.cn";
  ojson all = xapi_statements(read_transcript(test::transcript_of(test::play(test::failing_replies(), ""))),
                              test::features_scenario().get(), new_statement_ids(1), o);
  CHECK(all[0]["actor"]["account"] == ojson{{"homePage", "https://training.example.gov.cn"}, {"name", "anonymous"}});
}

TEST_CASE("choice replies need the scenario; a transcript that does not fit it is refused") {
  nlohmann::json t = test::transcript_of(test::play(test::best_replies()));
  CHECK(read_transcript(t).has_choice_turns());
  CHECK_THROWS_WITH_AS(xapi_statements(read_transcript(t), nullptr, new_statement_ids(3)), doctest::Contains("scenario is needed"),
                       std::invalid_argument);
  nlohmann::json wrong_node = t;
  wrong_node["turns"][0]["node"] = "nowhere";
  CHECK_THROWS_WITH_AS(xapi_statements(read_transcript(wrong_node), test::features_scenario().get(), new_statement_ids(3)),
                       doctest::Contains("no node 'nowhere'"), std::invalid_argument);
  nlohmann::json wrong_choice = t;
  wrong_choice["turns"][0]["choice"] = 9;
  CHECK_THROWS_WITH_AS(xapi_statements(read_transcript(wrong_choice), test::features_scenario().get(), new_statement_ids(3)),
                       doctest::Contains("no choice 9"), std::invalid_argument);
  CHECK_THROWS_AS(xapi_statements(read_transcript(t), test::features_scenario().get(), new_statement_ids(1)), std::invalid_argument);
  CHECK_THROWS_AS(xapi_statements(read_transcript(nlohmann::json{{"format", "x"}}), nullptr, new_statement_ids(0)), std::invalid_argument);
}

TEST_CASE("IRIs are stable and percent-encode what is not safe in a path") {
  CHECK(scenario_activity("long-wait") == "https://w3id.org/hallsim/xapi/scenarios/long-wait");
  CHECK(node_activity("a b", "节点/1") == "https://w3id.org/hallsim/xapi/scenarios/a%20b/nodes/%E8%8A%82%E7%82%B9%2F1");
  CHECK(xapi_extension("ending") == "https://w3id.org/hallsim/xapi/extensions/ending");
}

TEST_CASE("statement ids are random v4 UUIDs, made once per transcript and kept beside it") {
  StatementIds fresh = new_statement_ids(2);
  std::set<std::string> distinct = {fresh.registration, fresh.attempted, fresh.answered[0], fresh.answered[1],
                                    fresh.completed, fresh.result};
  CHECK(distinct.size() == 6);
  for (const auto& id : distinct) CHECK(is_v4_uuid(id));

  std::string transcript = test::temp_dir() + "/t.json";
  CHECK(xapi_ids_path(transcript) == transcript + ".xapi.json");
  StatementIds first = kept_statement_ids(transcript, 2);
  REQUIRE(std::filesystem::exists(xapi_ids_path(transcript)));
  StatementIds again = kept_statement_ids(transcript, 2);
  CHECK(again.registration == first.registration);
  CHECK(again.attempted == first.attempted);
  CHECK(again.answered == first.answered);
  CHECK(again.result == first.result);
  StatementIds more = kept_statement_ids(transcript, 3);
  REQUIRE(more.answered.size() == 3);
  CHECK(more.answered[1] == first.answered[1]);
  CHECK(is_v4_uuid(more.answered[2]));
  CHECK(kept_statement_ids(transcript, 3).answered == more.answered);
}

TEST_CASE("a damaged id file is an error, never a reason to make new ids") {
  std::string transcript = test::temp_dir() + "/t.json";
  kept_statement_ids(transcript, 1);
  std::string path = xapi_ids_path(transcript);
  std::ifstream in(path);
  nlohmann::json j = nlohmann::json::parse(in);
  j["attempted"] = "not-a-uuid";
  std::ofstream(path) << j.dump();
  CHECK_THROWS_WITH_AS(kept_statement_ids(transcript, 1), doctest::Contains("not a UUID"), std::runtime_error);
  std::ofstream(path) << "{}";
  CHECK_THROWS_WITH_AS(kept_statement_ids(transcript, 1), doctest::Contains("not a HallSim statement-id file"),
                       std::runtime_error);
  CHECK_THROWS_WITH_AS(kept_statement_ids(test::temp_dir() + "/missing-folder/t.json", 1),
                       doctest::Contains("duplicate"), std::runtime_error);
}
