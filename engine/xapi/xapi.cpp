#include "xapi/xapi.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <fmt/format.h>

#include "transcript/json_fields.hpp"
#include "score/advice.hpp"
#include "base/clock.hpp"

namespace hallsim {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

constexpr const char* kAdlVerbs = "http://adlnet.gov/expapi/verbs/";
constexpr const char* kSimulation = "http://adlnet.gov/expapi/activities/simulation";
constexpr const char* kInteraction = "http://adlnet.gov/expapi/activities/cmi.interaction";

// A path segment of an IRI: everything but RFC 3986's unreserved characters percent-encoded.
std::string iri_segment(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') out += static_cast<char>(c);
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

// Facts every statement of the attempt shares. (clang-tidy sees an allocating path inside
// nlohmann::json's noexcept default constructor; a null value, which is what it makes, never takes it.)
struct Attempt {  // NOLINT(bugprone-exception-escape): see above
  std::string scenario_id;
  std::string title;
  std::string language;
  ojson actor;
  ojson scenario_object;
  ojson context;  // registration, platform, language, scenario extension
  std::string started_at, finished_at;
  double started = 0, finished = 0;
};

ojson language_map(const std::string& language, const std::string& text) { return ojson{{language, text}}; }

ojson verb(const char* name) { return {{"id", std::string(kAdlVerbs) + name}, {"display", {{"en-US", name}}}}; }

Attempt read_attempt(const json& t, const StatementIds& ids, const XapiOptions& o) {
  if (!t.is_object() || t.value("format", "") != "hallsim-transcript")
    throw std::invalid_argument("not a HallSim transcript (no \"format\": \"hallsim-transcript\")");
  Attempt a;
  const json& scenario = json_member(t, "scenario");
  a.scenario_id = json_member(scenario, "id").get<std::string>();
  a.title = json_text(scenario, "title");
  a.language = json_text(t, "language");
  if (a.language.empty()) a.language = "und";  // RFC 5646 "undetermined"
  std::string trainee = json_text(t, "trainee");
  if (trainee.empty()) trainee = "anonymous";
  a.actor = {{"objectType", "Agent"}, {"name", trainee}, {"account", {{"homePage", o.home_page}, {"name", trainee}}}};
  ojson definition = {{"type", kSimulation}};
  if (!a.title.empty()) definition["name"] = language_map(a.language, a.title);
  a.scenario_object = {{"objectType", "Activity"}, {"id", scenario_activity(a.scenario_id)}, {"definition", definition}};
  a.context = {{"registration", ids.registration},
               {"platform", o.platform},
               {"language", a.language},
               {"extensions",
                {{xapi_extension("scenario"),
                  {{"id", a.scenario_id}, {"version", json_member(scenario, "version")}, {"hash", json_member(scenario, "hash")}}}}}};
  a.started_at = json_member(t, "started_at").get<std::string>();
  auto started = parse_utc_time(a.started_at);
  if (!started) throw std::invalid_argument("started_at is not an ISO 8601 time: " + a.started_at);
  a.started = *started;
  a.finished_at = json_text(t, "finished_at");
  a.finished = parse_utc_time(a.finished_at).value_or(a.started);
  return a;
}

ojson statement(const std::string& id, const Attempt& a, const char* verb_name, const std::string& timestamp) {
  return {{"id", id}, {"actor", a.actor}, {"verb", verb(verb_name)}, {"timestamp", timestamp}};
}

// The interaction's definition: the line the trainee answered, and for a choice node every
// choice with the best one as the correct response.
ojson interaction(const Attempt& a, const json& turn, const Scenario* scenario) {
  std::string node_id = json_member(turn, "node").get<std::string>();
  ojson d = {{"type", kInteraction},
             {"name", language_map(a.language, a.title.empty() ? node_id : a.title + " · " + node_id)},
             {"description", language_map(a.language, json_text(turn, "line"))}};
  if (json_text(turn, "kind") == "free_text") {
    d["interactionType"] = "long-fill-in";
    return d;
  }
  if (!scenario) throw std::invalid_argument("the transcript has choice replies: the scenario is needed to list the choices");
  int index = scenario->find_node(node_id);
  if (index < 0) throw std::invalid_argument(fmt::format("the scenario has no node '{}'", node_id));
  const Node& node = scenario->nodes[static_cast<size_t>(index)];
  int chosen = json_member(turn, "choice").get<int>();
  if (chosen < 1 || static_cast<size_t>(chosen) > node.choices.size())
    throw std::invalid_argument(fmt::format("node '{}' has no choice {}", node_id, chosen));
  d["interactionType"] = "choice";
  ojson choices = ojson::array();
  for (size_t i = 0; i < node.choices.size(); ++i)
    choices.push_back({{"id", std::to_string(i + 1)},
                       {"description", language_map(a.language, scenario->text(node.choices[i].reply, a.language))}});
  d["choices"] = choices;
  if (auto best = best_choice(node)) d["correctResponsesPattern"] = ojson::array({std::to_string(*best + 1)});
  return d;
}

ojson answered(const Attempt& a, const json& turn, const Scenario* scenario, const std::string& id, double at) {
  ojson s = statement(id, a, "answered", iso8601_utc(at));
  s["object"] = {{"objectType", "Activity"},
                 {"id", node_activity(a.scenario_id, json_member(turn, "node").get<std::string>())},
                 {"definition", interaction(a, turn, scenario)}};
  bool typed = json_text(turn, "kind") == "free_text";
  std::string response = typed ? json_member(turn, "reply").get<std::string>() : std::to_string(json_member(turn, "choice").get<int>());
  ojson extensions = {{xapi_extension("deltas"), json_member(turn, "deltas")},
                      {xapi_extension("late"), json_member(turn, "late")},
                      {xapi_extension("time-limit"), json_member(turn, "time_limit")},
                      {xapi_extension("mood"), turn.value("mood", json::object())}};
  if (turn.contains("step") && !turn.at("step").is_null()) extensions[xapi_extension("step")] = turn.at("step");
  if (typed) {
    extensions[xapi_extension("cues")] = turn.value("cues", json::array());
    extensions[xapi_extension("missed-cues")] = turn.value("missed_cues", json::array());
  }
  s["result"] = {{"response", response},
                 {"duration", iso8601_duration(json_member(turn, "response_s").get<double>())},
                 {"extensions", extensions}};
  ojson context = a.context;
  context["contextActivities"] = {{"parent", ojson::array({a.scenario_object})}};
  s["context"] = context;
  return s;
}

ojson final_result(const Attempt& a, const json& t) {
  const json& totals = json_member(t, "totals");
  double overall = json_member(totals, "overall").get<double>();
  ojson extensions = ojson::object();
  for (std::string_view name : kDimensionNames) {
    const json& d = json_member(totals, std::string(name).c_str());
    extensions[xapi_extension(std::string(name))] = {{"raw", json_member(d, "raw")}, {"best", json_member(d, "best")}, {"percent", json_member(d, "percent")}};
  }
  extensions[xapi_extension("ending")] = json_member(t, "ending");
  extensions[xapi_extension("grade")] = totals.value("grade", "");
  extensions[xapi_extension("late-replies")] = totals.value("late_replies", 0);
  extensions[xapi_extension("steps")] = t.value("steps", json::object());
  return {{"score", {{"scaled", std::clamp(overall / 100.0, 0.0, 1.0)}, {"raw", overall}, {"min", 0}, {"max", 100}}},
          {"success", json_member(totals, "passed").get<bool>()},
          {"completion", true},
          {"duration", iso8601_duration(a.finished - a.started)},
          {"extensions", extensions}};
}

}  // namespace

std::string xapi_extension(const std::string& name) { return std::string(kXapiIriBase) + "extensions/" + name; }

std::string scenario_activity(const std::string& scenario_id) {
  return std::string(kXapiIriBase) + "scenarios/" + iri_segment(scenario_id);
}

std::string node_activity(const std::string& scenario_id, const std::string& node_id) {
  return scenario_activity(scenario_id) + "/nodes/" + iri_segment(node_id);
}

bool transcript_has_choices(const json& transcript) {
  auto turns = transcript.find("turns");
  if (turns == transcript.end() || !turns->is_array()) return false;
  return std::any_of(turns->begin(), turns->end(), [](const json& t) { return t.value("kind", "") == "choice"; });
}

ojson xapi_statements(const json& t, const Scenario* scenario, const StatementIds& ids, const XapiOptions& o) {
  try {
    Attempt a = read_attempt(t, ids, o);
    ojson out = ojson::array();
    ojson attempted = statement(ids.attempted, a, "attempted", a.started_at);
    attempted["object"] = a.scenario_object;
    attempted["context"] = a.context;
    out.push_back(attempted);
    const json& turns = json_member(t, "turns");
    if (!turns.is_array()) throw std::invalid_argument("\"turns\" must be a list");
    if (turns.size() > ids.answered.size()) throw std::invalid_argument("fewer statement ids than turns");
    // Transcripts keep response times, not clock times: a reply is placed at the start plus the
    // response times so far, never after the finish.
    double at = a.started;
    for (size_t i = 0; i < turns.size(); ++i) {
      at += json_member(turns[i], "response_s").get<double>();
      out.push_back(answered(a, turns[i], scenario, ids.answered[i], std::min(at, std::max(a.started, a.finished))));
    }
    if (json_member(t, "ending").is_null() || a.finished_at.empty()) return out;  // never finished: no result to report
    ojson completed = statement(ids.completed, a, "completed", a.finished_at);
    completed["object"] = a.scenario_object;
    completed["result"] = {{"completion", true}, {"duration", iso8601_duration(a.finished - a.started)}};
    completed["context"] = a.context;
    out.push_back(completed);
    ojson result = final_result(a, t);
    ojson verdict = statement(ids.result, a, result["success"].get<bool>() ? "passed" : "failed", a.finished_at);
    verdict["object"] = a.scenario_object;
    verdict["result"] = result;
    verdict["context"] = a.context;
    out.push_back(verdict);
    return out;
  } catch (const json::exception& e) {
    throw std::invalid_argument(std::string("the transcript has a value of the wrong type: ") + e.what());
  }
}

}  // namespace hallsim
