// Delivering statements and the offline queue, against an in-memory LRS that keeps the xAPI
// rules for ids (the real Learning Locker service is tested in tests/xapi/).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "helpers.hpp"
#include "xapi/lrs_client.hpp"
#include "xapi/xapi_queue.hpp"

using namespace hallsim;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Stores statements by id. `conflict_on_identical` mimics LRSs that answer 409 even when the
// re-sent statement is the same; the stored copy gains fields, as real ones do.
struct FakeLrs {
  std::map<std::string, json> stored;   // as a GET returns it
  std::map<std::string, json> as_sent;  // to tell an identical re-send from a different statement
  bool down = false;
  bool conflict_on_identical = false;
  long forced_status = 0;  // answer every request with this
  int requests = 0;

  HttpResponse operator()(const HttpRequest& r) {
    ++requests;
    if (down) return {0, "", "Connection refused"};
    if (forced_status) return {forced_status, R"({"message":"forced"})", ""};
    if (r.method == "GET") {
      std::string id = r.url.substr(r.url.find("statementId=") + 12);
      auto it = stored.find(id);
      return it == stored.end() ? HttpResponse{404, "{}", ""} : HttpResponse{200, it->second.dump(), ""};
    }
    json batch = json::parse(r.body);
    for (const json& s : batch) {
      auto it = as_sent.find(s["id"].get<std::string>());
      if (it != as_sent.end() && (it->second != s || conflict_on_identical)) return {409, R"({"message":"conflict"})", ""};
    }
    for (const json& s : batch) {
      std::string id = s["id"].get<std::string>();
      as_sent[id] = s;
      stored[id] = s;
      stored[id]["stored"] = "2030-01-01T00:00:00.000Z";
      stored[id]["actor"]["objectType"] = "Agent";
    }
    return {200, "[]", ""};
  }
};

json statement(const std::string& id, const std::string& verb = "attempted") {
  return {{"id", id},
          {"actor", {{"account", {{"homePage", "https://example.org"}, {"name", "t"}}}}},
          {"verb", {{"id", "http://adlnet.gov/expapi/verbs/" + verb}}},
          {"object", {{"id", "https://w3id.org/hallsim/xapi/scenarios/x"}}},
          {"timestamp", "2030-01-01T08:00:00Z"}};
}

const std::string kId1 = "11111111-1111-4111-8111-111111111111";
const std::string kId2 = "22222222-2222-4222-8222-222222222222";

HttpTransport use(FakeLrs& lrs) {
  return [&lrs](const HttpRequest& r) { return lrs(r); };
}

}  // namespace

TEST_CASE("statements are posted to ENDPOINT/statements with the credentials") {
  HttpRequest seen;
  HttpTransport spy = [&](const HttpRequest& r) {
    seen = r;
    return HttpResponse{200, "[]", ""};
  };
  Delivery d = deliver_statements(spy, {"http://127.0.0.1:9/xAPI/", "user:pw"}, json::array({statement(kId1)}));
  CHECK(d.state == DeliveryState::delivered);
  CHECK(seen.method == "POST");
  CHECK(seen.url == "http://127.0.0.1:9/xAPI/statements");
  CHECK(seen.auth == "user:pw");
  CHECK(json::parse(seen.body)[0]["id"] == kId1);
  deliver_statements(spy, {"http://127.0.0.1:9/xAPI", ""}, json::array());
  CHECK(seen.url == "http://127.0.0.1:9/xAPI/statements");
}

TEST_CASE("a re-send answered 409 for identical statements counts as delivered, and adds nothing") {
  FakeLrs lrs;
  json batch = json::array({statement(kId1), statement(kId2, "completed")});
  REQUIRE(deliver_statements(use(lrs), {"http://lrs/xAPI/", ""}, batch).state == DeliveryState::delivered);
  lrs.conflict_on_identical = true;
  Delivery again = deliver_statements(use(lrs), {"http://lrs/xAPI/", ""}, batch);
  CHECK(again.state == DeliveryState::delivered);
  CHECK(lrs.stored.size() == 2);

  // Half delivered before: the stored one is settled, the new one goes in.
  FakeLrs half;
  REQUIRE(deliver_statements(use(half), {"http://lrs/xAPI/", ""}, json::array({statement(kId1)})).state ==
          DeliveryState::delivered);
  CHECK(deliver_statements(use(half), {"http://lrs/xAPI/", ""}, batch).state == DeliveryState::delivered);
  CHECK(half.stored.size() == 2);
}

TEST_CASE("a different statement under the same id is rejected, naming the id") {
  FakeLrs lrs;
  deliver_statements(use(lrs), {"http://lrs/xAPI/", ""}, json::array({statement(kId1)}));
  Delivery d = deliver_statements(use(lrs), {"http://lrs/xAPI/", ""}, json::array({statement(kId1, "completed")}));
  CHECK(d.state == DeliveryState::rejected);
  CHECK(d.message.find(kId1) != std::string::npos);
  CHECK(lrs.stored[kId1]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attempted");
}

TEST_CASE("what the LRS answers decides between retrying later and giving up") {
  FakeLrs lrs;
  json batch = json::array({statement(kId1)});
  lrs.down = true;
  Delivery down = deliver_statements(use(lrs), {"http://lrs/xAPI/", ""}, batch);
  CHECK(down.state == DeliveryState::retry_later);
  CHECK(down.message.find("did not answer: Connection refused") != std::string::npos);
  lrs.down = false;
  lrs.forced_status = 401;
  Delivery auth = deliver_statements(use(lrs), {"http://lrs/xAPI/", ""}, batch);
  CHECK(auth.state == DeliveryState::retry_later);
  CHECK(auth.message.find("HALLSIM_LRS_AUTH") != std::string::npos);
  lrs.forced_status = 503;
  CHECK(deliver_statements(use(lrs), {"http://lrs/xAPI/", ""}, batch).state == DeliveryState::retry_later);
  lrs.forced_status = 400;
  Delivery invalid = deliver_statements(use(lrs), {"http://lrs/xAPI/", ""}, batch);
  CHECK(invalid.state == DeliveryState::rejected);
  CHECK(invalid.message.find("forced") != std::string::npos);
}

TEST_CASE("the stored copy matches what was sent even with the LRS's own additions") {
  json sent = statement(kId1);
  json stored = sent;
  stored["stored"] = "2030-01-01T00:00:00Z";
  stored["authority"] = {{"objectType", "Agent"}};
  stored["object"]["objectType"] = "Activity";
  stored["timestamp"] = "2030-01-01T16:00:00.000+08:00";
  CHECK(same_statement(sent, stored));
  json other = stored;
  other["verb"]["id"] = "http://adlnet.gov/expapi/verbs/failed";
  CHECK_FALSE(same_statement(sent, other));
  json missing = stored;
  missing.erase("timestamp");
  CHECK_FALSE(same_statement(sent, missing));
  json later = stored;
  later["timestamp"] = "2030-01-01T08:00:01Z";
  CHECK_FALSE(same_statement(sent, later));
  json scored = sent, scored_back = sent;
  scored["result"] = {{"score", {{"scaled", 0.5}}}};
  scored_back["result"] = {{"score", {{"scaled", 0.50000000000001}}}};
  CHECK(same_statement(scored, scored_back));
}

TEST_CASE("an LRS URL is http(s) and carries no credentials") {
  CHECK(lrs_endpoint_problem("http://127.0.0.1:8080/xAPI/").empty());
  CHECK(lrs_endpoint_problem("https://lrs.example.org/xAPI/").empty());
  CHECK(lrs_endpoint_problem("ftp://lrs/xAPI/").find("not an http") != std::string::npos);
  CHECK(lrs_endpoint_problem("lrs.example.org").find("not an http") != std::string::npos);
  CHECK(lrs_endpoint_problem("https://user:pw@lrs.example.org/xAPI/").find("must not hold credentials") !=
        std::string::npos);
  CHECK(lrs_endpoint_problem("https:///xAPI/").find("no host") != std::string::npos);
  CHECK(lrs_endpoint_problem("https://lrs.example.org/xAPI/?next=a@b").empty());
}

TEST_CASE("queued statements wait while the LRS is down and go when it is back, with the same ids") {
  XapiQueue queue(test::temp_dir() + "/queue");
  FakeLrs lrs;
  lrs.down = true;
  REQUIRE(queue.add("attempt-a", "http://lrs/xAPI/", json::array({statement(kId1)})).empty());
  REQUIRE(queue.add("attempt-b", "http://lrs/xAPI/", json::array({statement(kId2)})).empty());
  CHECK(queue.pending().size() == 2);
  FlushReport waiting = queue.flush(use(lrs), "");
  CHECK(waiting.waiting == 2);
  CHECK(waiting.delivered == 0);
  CHECK(lrs.requests == 1);  // a down LRS is tried once per flush, not once per batch
  CHECK(queue.pending().size() == 2);

  lrs.down = false;
  FlushReport sent = queue.flush(use(lrs), "");
  CHECK(sent.delivered == 2);
  CHECK(sent.statements == 2);
  CHECK(sent.waiting == 0);
  CHECK(queue.pending().empty());
  CHECK(lrs.stored.count(kId1) == 1);
  CHECK(lrs.stored.count(kId2) == 1);
  CHECK(queue.flush(use(lrs), "").delivered == 0);
}

TEST_CASE("queueing the same attempt twice keeps one batch") {
  XapiQueue queue(test::temp_dir() + "/queue");
  queue.add("attempt-a", "http://lrs/xAPI/", json::array({statement(kId1)}));
  queue.add("attempt-a", "http://lrs/xAPI/", json::array({statement(kId1)}));
  CHECK(queue.pending().size() == 1);
}

TEST_CASE("a batch its LRS will never take is moved to rejected/ with the reason; others still go") {
  std::string dir = test::temp_dir();
  XapiQueue queue(dir);
  FakeLrs lrs;
  deliver_statements(use(lrs), {"http://lrs/xAPI/", ""}, json::array({statement(kId1)}));
  queue.add("a-conflict", "http://lrs/xAPI/", json::array({statement(kId1, "completed")}));
  queue.add("b-fine", "http://lrs/xAPI/", json::array({statement(kId2)}));
  std::ofstream(dir + "/c-garbage.json") << "not json";
  std::ofstream(dir + "/.d-unfinished.json.Xa1b2c") << "partial";
  FlushReport r = queue.flush(use(lrs), "");
  CHECK(r.rejected == 2);
  CHECK(r.delivered == 1);
  CHECK(queue.pending().empty());
  REQUIRE(fs::exists(dir + "/rejected/a-conflict.json"));
  std::ifstream in(dir + "/rejected/a-conflict.json");
  json kept = json::parse(in);
  CHECK(kept["rejected_because"].get<std::string>().find(kId1) != std::string::npos);
  CHECK(kept["statements"][0]["id"] == kId1);
  CHECK(fs::exists(dir + "/rejected/c-garbage.json"));
  CHECK(fs::exists(dir + "/.d-unfinished.json.Xa1b2c"));
}

TEST_CASE("a queue folder that cannot be made says so") {
  std::string dir = test::temp_dir();
  std::ofstream(dir + "/file") << "x";
  XapiQueue queue(dir + "/file/queue");
  CHECK(queue.add("a", "http://lrs/xAPI/", json::array()).find("cannot create the queue folder") != std::string::npos);
  CHECK(queue.pending().empty());
}
