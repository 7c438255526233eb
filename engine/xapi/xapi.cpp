#include "xapi/xapi.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

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

Attempt read_attempt(const Transcript& t, const StatementIds& ids, const XapiOptions& o) {
  Attempt a;
  a.scenario_id = t.scenario.id;
  a.title = t.scenario.title;
  a.language = t.language.empty() ? "und" : t.language;  // RFC 5646 "undetermined"
  std::string trainee = t.trainee.empty() ? "anonymous" : t.trainee;
  a.actor = {{"objectType", "Agent"}, {"name", trainee}, {"account", {{"homePage", o.home_page}, {"name", trainee}}}};
  ojson definition = {{"type", kSimulation}};
  if (!a.title.empty()) definition["name"] = language_map(a.language, a.title);
  a.scenario_object = {{"objectType", "Activity"}, {"id", scenario_activity(a.scenario_id)}, {"definition", definition}};
  a.context = {{"registration", ids.registration},
               {"platform", o.platform},
               {"language", a.language},
               {"extensions",
                {{xapi_extension("scenario"), {{"id", a.scenario_id}, {"version", t.scenario.version}, {"hash", t.scenario.hash}}}}}};
  a.started_at = t.started_at;
  a.started = parse_utc_time(a.started_at).value_or(0);  // checked when the transcript was read
  a.finished_at = t.finished_at;
  a.finished = parse_utc_time(a.finished_at).value_or(a.started);
  return a;
}

ojson statement(const std::string& id, const Attempt& a, const char* verb_name, const std::string& timestamp) {
  return {{"id", id}, {"actor", a.actor}, {"verb", verb(verb_name)}, {"timestamp", timestamp}};
}

// The interaction's definition: the line the trainee answered, and for a choice node every
// choice with the best one as the correct response.
ojson interaction(const Attempt& a, const TranscriptTurn& turn, const Scenario* scenario) {
  ojson d = {{"type", kInteraction},
             {"name", language_map(a.language, a.title.empty() ? turn.node : a.title + " · " + turn.node)},
             {"description", language_map(a.language, turn.line)}};
  if (turn.typed) {
    d["interactionType"] = "long-fill-in";
    return d;
  }
  if (!scenario) throw std::invalid_argument("the transcript has choice replies: the scenario is needed to list the choices");
  int index = scenario->find_node(turn.node);
  if (index < 0) throw std::invalid_argument(fmt::format("the scenario has no node '{}'", turn.node));
  const Node& node = scenario->nodes[static_cast<size_t>(index)];
  if (static_cast<size_t>(turn.choice) > node.choices.size())
    throw std::invalid_argument(fmt::format("node '{}' has no choice {}", turn.node, turn.choice));
  d["interactionType"] = "choice";
  ojson choices = ojson::array();
  for (size_t i = 0; i < node.choices.size(); ++i)
    choices.push_back({{"id", std::to_string(i + 1)},
                       {"description", language_map(a.language, scenario->text(node.choices[i].reply, a.language))}});
  d["choices"] = choices;
  if (auto best = best_choice(node)) d["correctResponsesPattern"] = ojson::array({std::to_string(*best + 1)});
  return d;
}

// Per dimension name, as transcripts and statements write score vectors.
ojson dimensions_object(const ScoreVector& v) {
  json j = json::object();  // sorted by name, as statements have always listed them
  for (int d = 0; d < kDimensions; ++d) j[std::string(kDimensionNames[d])] = v[d];
  return j;
}

ojson steps_object(const TranscriptSteps& s) {
  auto names = [](const std::vector<Step>& list) {
    ojson out = ojson::array();
    for (Step step : list) out.push_back(step_name(step));
    return out;
  };
  return {{"attempted", names(s.attempted)}, {"missed", names(s.missed)}, {"out_of_order", names(s.out_of_order)},
          {"performed", names(s.performed)}};
}

ojson ending_object(const TranscriptEnding& e) {
  json j = {{"node", e.node.empty() ? json(nullptr) : json(e.node)}, {"outcome", outcome_name(e.outcome)}};
  if (e.rating) j["rating"] = rating_name(*e.rating);
  if (!e.node.empty()) j["summary"] = e.summary;
  return j;
}

ojson answered(const Attempt& a, const TranscriptTurn& turn, const Scenario* scenario, const std::string& id, double at) {
  ojson s = statement(id, a, "answered", iso8601_utc(at));
  s["object"] = {{"objectType", "Activity"}, {"id", node_activity(a.scenario_id, turn.node)}, {"definition", interaction(a, turn, scenario)}};
  std::string response = turn.typed ? turn.reply : std::to_string(turn.choice);
  json mood = json::object();
  for (const auto& [name, value] : turn.mood) mood[name] = value;
  ojson extensions = {{xapi_extension("deltas"), dimensions_object(turn.deltas)},
                      {xapi_extension("late"), turn.late},
                      {xapi_extension("time-limit"), turn.time_limit},
                      {xapi_extension("mood"), mood}};
  if (turn.step) extensions[xapi_extension("step")] = step_name(*turn.step);
  if (turn.typed) {
    extensions[xapi_extension("cues")] = turn.cues;
    extensions[xapi_extension("missed-cues")] = turn.missed_cues;
  }
  s["result"] = {{"response", response}, {"duration", iso8601_duration(turn.response_s)}, {"extensions", extensions}};
  ojson context = a.context;
  context["contextActivities"] = {{"parent", ojson::array({a.scenario_object})}};
  s["context"] = context;
  return s;
}

ojson final_result(const Attempt& a, const Transcript& t) {
  ojson extensions = ojson::object();
  for (int d = 0; d < kDimensions; ++d) {
    const TranscriptDimension& dim = t.totals.dimensions[d];
    extensions[xapi_extension(std::string(kDimensionNames[d]))] = {{"raw", dim.raw}, {"best", dim.best}, {"percent", dim.percent}};
  }
  extensions[xapi_extension("ending")] = ending_object(*t.ending);
  extensions[xapi_extension("grade")] = t.totals.grade;
  extensions[xapi_extension("late-replies")] = t.totals.late_replies;
  extensions[xapi_extension("steps")] = steps_object(t.steps);
  double overall = t.totals.overall;
  return {{"score", {{"scaled", std::clamp(overall / 100.0, 0.0, 1.0)}, {"raw", overall}, {"min", 0}, {"max", 100}}},
          {"success", t.totals.passed},
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

ojson xapi_statements(const Transcript& t, const Scenario* scenario, const StatementIds& ids, const XapiOptions& o) {
  Attempt a = read_attempt(t, ids, o);
  ojson out = ojson::array();
  ojson attempted = statement(ids.attempted, a, "attempted", a.started_at);
  attempted["object"] = a.scenario_object;
  attempted["context"] = a.context;
  out.push_back(attempted);
  if (t.turns.size() > ids.answered.size()) throw std::invalid_argument("fewer statement ids than turns");
  // Transcripts keep response times, not clock times: a reply is placed at the start plus the
  // response times so far, never after the finish.
  double at = a.started;
  for (size_t i = 0; i < t.turns.size(); ++i) {
    at += t.turns[i].response_s;
    out.push_back(answered(a, t.turns[i], scenario, ids.answered[i], std::min(at, std::max(a.started, a.finished))));
  }
  if (!t.ending || a.finished_at.empty()) return out;  // never finished: no result to report
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
}

}  // namespace hallsim
