#include "base/clock.hpp"
#include "run/session.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/words.hpp"
#include "score/rubric.hpp"

namespace hallsim {

using nlohmann::json;

json cue_words_json(const std::vector<CueWords>& list) {
  json out = json::array();
  for (const CueWords& w : list) {
    json j = {{"cue", w.cue}, {"words", w.words}};
    if (!w.why.empty()) j["why"] = w.why;
    out.push_back(std::move(j));
  }
  return out;
}

json conduct_json(const std::vector<ConductFlag>& flags) {
  json out = json::array();
  for (const ConductFlag& f : flags) out.push_back({{"category", f.category}, {"words", f.span}});
  return out;
}

json class_vote_json(const ClassVote& vote) {
  json options = json::array();
  for (size_t i = 0; i < vote.choices.size() && i < vote.counts.size(); ++i)
    options.push_back({{"choice", vote.choices[i] + 1}, {"votes", vote.counts[i]}});
  return {{"options", options}, {"overridden", vote.overridden}};
}

std::optional<ClassVote> class_vote_from_json(const json& j) {
  if (!j.is_object() || !j.contains("options") || !j["options"].is_array()) return std::nullopt;
  ClassVote vote;
  for (const json& o : j["options"]) {
    if (!o.is_object() || !o.value("choice", json()).is_number_integer() || !o.value("votes", json()).is_number_integer())
      return std::nullopt;
    int choice = o["choice"].get<int>(), votes = o["votes"].get<int>();
    if (choice < 1 || votes < 0) return std::nullopt;
    vote.choices.push_back(choice - 1);
    vote.counts.push_back(votes);
  }
  vote.overridden = j.value("overridden", json(false)).is_boolean() && j["overridden"].get<bool>();
  return vote;
}

namespace {
double steady_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

Session::Session(std::shared_ptr<const Scenario> scenario, ScoreBounds bounds, SessionOptions options)
    : scenario_(std::move(scenario)), bounds_(bounds), options_(std::move(options)) {
  if (!options_.now) options_.now = steady_seconds;
  language_ = options_.language.empty() ? scenario_->language : options_.language;
  started_at_ = now_iso8601();
  state_ = initial_state(*scenario_);
  enter_node(*scenario_, state_, scenario_->start_node);
  arrive();
}

Session::Phase Session::phase() const {
  if (stuck_ || state_.node < 0) return Phase::ended;
  switch (node().kind) {
    case Node::Kind::choices: return any_visible_choice(*scenario_, state_) ? Phase::choice : Phase::ended;
    case Node::Kind::free_text: return Phase::free_text;
    case Node::Kind::next: return Phase::line;
    case Node::Kind::end: return Phase::ended;
  }
  return Phase::ended;
}

const Node& Session::node() const { return scenario_->nodes[static_cast<size_t>(state_.node)]; }
const std::string& Session::line() const { return text(node().say); }

std::string Session::speaker_label(Speaker who) const {
  if (who == Speaker::citizen) return text(scenario_->citizen.name);
  return std::string(word(language_, who));
}
std::vector<int> Session::visible_choices() const { return hallsim::visible_choices(*scenario_, state_); }
int Session::time_limit() const { return scenario_->time_limit_of(node()); }
double Session::seconds_waiting() const { return options_.now() - asked_at_; }

std::string Session::clock() const {
  if (!scenario_->clock) return {};
  return format_clock(scenario_->clock->start + state_.elapsed);
}

std::vector<VariableValue> Session::variables() const {
  std::vector<VariableValue> out;
  out.reserve(scenario_->variables.size());
  for (size_t i = 0; i < scenario_->variables.size(); ++i) {
    const Variable& v = scenario_->variables[i];
    out.push_back({v.name, state_.vars[i], v.is_bool, v.is_mood});
  }
  return out;
}

void Session::arrive() {
  path_.push_back(node().id);
  asked_at_ = options_.now();
  ++revision_;
}

double Session::measure(std::optional<double> response_s) const {
  double seconds = response_s ? *response_s : seconds_waiting();
  return seconds < 0 ? 0 : seconds;
}

Turn Session::begin_turn(double response_s) const {
  Turn t;
  t.node = node().id;
  t.kind = node().kind;
  t.line = line();
  t.response_s = response_s;
  t.time_limit = time_limit();
  t.late = response_s > t.time_limit;
  return t;
}

void Session::finish_turn(Turn t, ScoreVector deltas) {
  if (t.late) {
    ++late_replies_;
    deltas[static_cast<int>(Dimension::timeliness)] -= scenario_->scoring.late_penalty;
    state_.raw[static_cast<int>(Dimension::timeliness)] -= scenario_->scoring.late_penalty;
  }
  t.deltas = deltas;
  t.after = variables();
  t.clock = clock();
  if (t.step) (t.step_done ? steps_ : attempted_steps_).push_back(*t.step);
  turns_.push_back(std::move(t));
}

void Session::choose(int position, std::optional<double> response_s, std::optional<ClassVote> vote) {
  if (phase() != Phase::choice) throw std::invalid_argument("the current line takes no choice");
  std::vector<int> visible = visible_choices();
  if (position < 0 || static_cast<size_t>(position) >= visible.size())
    throw std::invalid_argument(fmt::format("choice {} is not shown; pick 1 to {}", position + 1, visible.size()));
  int index = visible[static_cast<size_t>(position)];
  const Choice& c = node().choices[static_cast<size_t>(index)];
  Turn t = begin_turn(measure(response_s));
  t.choice = index;
  t.reply = text(c.reply);
  t.step = c.step;
  t.step_done = c.step && !c.conduct && std::none_of(c.scores.begin(), c.scores.end(), [](int v) { return v < 0; });
  t.vote = std::move(vote);
  ScoreVector deltas = take_choice(*scenario_, state_, index);
  finish_turn(std::move(t), deltas);
  arrive();
}

void Session::say(const std::string& reply, std::optional<double> response_s) {
  if (phase() != Phase::free_text) throw std::invalid_argument("the current line takes no typed reply");
  const FreeText& ft = node().free_text;
  Turn t = begin_turn(measure(response_s));
  t.reply = reply;
  // An empty reply matches no cue and counts as late.
  bool blank = reply.find_first_not_of(" \t\r\n") == std::string::npos;
  if (blank) t.late = true;
  ReplyJudgement judged = blank ? ReplyJudgement{} : judge_reply(ft.cues, reply);
  std::vector<int> matched = judged.matched_cues();
  for (size_t i = 0; i < ft.cues.size(); ++i) {
    if (judged.matched_cue(static_cast<int>(i))) t.cues.push_back(ft.cues[i].id);
    else if (!ft.cues[i].conduct) t.missed_cues.push_back(ft.cues[i].id);  // the check is no cue to miss
  }
  for (const CueHit& h : judged.matched) t.cue_words.push_back({ft.cues[static_cast<size_t>(h.cue)].id, h.span, {}});
  for (const CueWithheld& w : judged.withheld)
    t.withheld.push_back({ft.cues[static_cast<size_t>(w.cue)].id, w.span, std::string(withheld_name(w.why))});
  t.conduct = judged.conduct;
  int target = -1;
  ScoreVector deltas = take_cues(*scenario_, state_, matched, target);
  finish_turn(std::move(t), deltas);
  if (target < 0) {
    stuck_ = true;
    ++revision_;
    return;
  }
  arrive();
}

void Session::advance() {
  if (phase() != Phase::line) throw std::invalid_argument("the current line does not continue by itself");
  if (!take_next(*scenario_, state_)) {
    stuck_ = true;
    ++revision_;
    return;
  }
  arrive();
}

std::optional<EndingInfo> Session::ending() const {
  if (phase() != Phase::ended) return std::nullopt;
  EndingInfo e;
  if (!stuck_ && node().kind == Node::Kind::end) {
    e.node = node().id;
    e.outcome = node().ending.outcome;
  }
  e.rating = rate(*scenario_, state_, e.outcome);
  return e;
}

Totals Session::totals() const { return compute_totals(*scenario_, bounds_, state_.raw, steps_, attempted_steps_, late_replies_); }

// [SECTION] Rehearsal

void Session::jump_to(int node) {
  if (node < 0 || static_cast<size_t>(node) >= scenario_->nodes.size()) throw std::invalid_argument("no such node");
  stuck_ = false;
  edited_ = true;
  enter_node(*scenario_, state_, node);
  arrive();
}

void Session::set_variable(int index, int value) {
  if (index < 0 || static_cast<size_t>(index) >= scenario_->variables.size()) throw std::invalid_argument("no such variable");
  const Variable& v = scenario_->variables[static_cast<size_t>(index)];
  state_.vars[static_cast<size_t>(index)] = v.is_bool ? (value != 0) : v.is_mood ? std::clamp(value, v.min, v.max) : value;
  edited_ = true;
  ++revision_;
}

void Session::set_elapsed(int minutes) {
  state_.elapsed = std::max(0, minutes);
  edited_ = true;
  ++revision_;
}

void Session::set_raw_score(int dimension, int value) {
  if (dimension < 0 || dimension >= kDimensions) throw std::invalid_argument("no such dimension");
  state_.raw[static_cast<size_t>(dimension)] = value;
  edited_ = true;
  ++revision_;
}

// [SECTION] Snapshot

namespace {

std::vector<CueWords> cue_words_from(const json& entry, const char* key) {
  std::vector<CueWords> out;
  auto it = entry.find(key);
  if (it == entry.end() || !it->is_array()) return out;
  for (const auto& j : *it)
    if (j.is_object()) out.push_back({j.value("cue", ""), j.value("words", ""), j.value("why", "")});
  return out;
}

std::vector<ConductFlag> conduct_from(const json& entry) {
  std::vector<ConductFlag> out;
  auto it = entry.find("conduct");
  if (it == entry.end() || !it->is_array()) return out;
  for (const auto& j : *it)
    if (j.is_object()) out.push_back({j.value("category", ""), j.value("words", "")});
  return out;
}

json turn_to_json(const Turn& t) {
  json after = json::object();
  for (const auto& v : t.after) after[v.name] = v.is_bool ? json(v.value != 0) : json(v.value);
  return {{"node", t.node}, {"cue_words", cue_words_json(t.cue_words)}, {"withheld", cue_words_json(t.withheld)},
          {"conduct", conduct_json(t.conduct)}, {"line", t.line}, {"choice", t.choice}, {"reply", t.reply},
          {"response_s", t.response_s}, {"time_limit", t.time_limit}, {"late", t.late},
          {"deltas", t.deltas}, {"cues", t.cues}, {"missed_cues", t.missed_cues}, {"after", after},
          {"step", t.step ? json(std::string(step_name(*t.step))) : json(nullptr)}, {"step_done", t.step_done},
          {"clock", t.clock},
          {"class_vote", t.vote ? class_vote_json(*t.vote) : json(nullptr)}};
}

}  // namespace

std::string Session::snapshot() const {
  json j;
  j["format"] = "hallsim-snapshot";
  j["format_version"] = 1;
  j["scenario"] = scenario_->id;
  j["hash"] = scenario_->content_hash;
  j["language"] = language_;
  j["trainee"] = options_.trainee;
  j["started_at"] = started_at_;
  j["node"] = state_.node;
  j["vars"] = state_.vars;
  j["visited"] = state_.visited;
  j["choice_scored"] = state_.choice_scored;
  j["cue_scored"] = state_.cue_scored;
  j["turn"] = state_.turn;
  j["elapsed"] = state_.elapsed;
  j["conduct"] = state_.conduct;
  j["raw"] = state_.raw;
  j["path"] = path_;
  auto step_list = [](const std::vector<Step>& list) {
    json out = json::array();
    for (Step s : list) out.push_back(step_name(s));
    return out;
  };
  j["steps"] = step_list(steps_);
  j["attempted_steps"] = step_list(attempted_steps_);
  j["late_replies"] = late_replies_;
  j["stuck"] = stuck_;
  j["edited"] = edited_;
  json turns = json::array();
  for (const auto& t : turns_) turns.push_back(turn_to_json(t));
  j["turns"] = turns;
  return j.dump();
}

Session Session::restore(const std::shared_ptr<const Scenario>& scenario, const ScoreBounds& bounds, const std::string& snapshot,
                         SessionOptions options) {
  json j = json::parse(snapshot);  // throws json::exception on damage
  if (j.value("format", "") != "hallsim-snapshot") throw std::invalid_argument("not a HallSim snapshot");
  if (j.at("hash").get<std::string>() != scenario->content_hash)
    throw std::invalid_argument("the snapshot was taken on a different version of this scenario");
  if (options.language.empty()) options.language = j.at("language").get<std::string>();
  if (options.trainee.empty()) options.trainee = j.at("trainee").get<std::string>();
  Session s(scenario, bounds, std::move(options));
  const Scenario& sc = *scenario;
  PlayState st;
  st.node = j.at("node").get<int>();
  st.vars = j.at("vars").get<std::vector<int>>();
  st.visited = j.at("visited").get<std::vector<char>>();
  st.choice_scored = j.at("choice_scored").get<std::vector<char>>();
  st.cue_scored = j.at("cue_scored").get<std::vector<char>>();
  st.turn = j.at("turn").get<int>();
  st.elapsed = j.at("elapsed").get<int>();
  st.conduct = j.value("conduct", 0);
  st.raw = j.at("raw").get<ScoreVector>();
  if (st.node < 0 || static_cast<size_t>(st.node) >= sc.nodes.size() || st.vars.size() != sc.variables.size() ||
      st.visited.size() != sc.nodes.size() || st.choice_scored.size() != static_cast<size_t>(sc.choice_count) ||
      st.cue_scored.size() != static_cast<size_t>(sc.cue_slot_count))
    throw std::invalid_argument("the snapshot does not fit this scenario");
  s.state_ = std::move(st);
  s.started_at_ = j.at("started_at").get<std::string>();
  s.path_ = j.at("path").get<std::vector<std::string>>();
  auto read_steps = [](const json& list, std::vector<Step>& out) {
    out.clear();
    for (const auto& name : list) {
      auto step = parse_step(name.get<std::string>());
      if (!step) throw std::invalid_argument("the snapshot names an unknown step");
      out.push_back(*step);
    }
  };
  read_steps(j.at("steps"), s.steps_);
  read_steps(j.value("attempted_steps", json::array()), s.attempted_steps_);
  s.late_replies_ = j.at("late_replies").get<int>();
  s.stuck_ = j.at("stuck").get<bool>();
  s.edited_ = j.value("edited", false);
  s.turns_.clear();
  for (const auto& jt : j.at("turns")) {
    Turn t;
    t.node = jt.at("node").get<std::string>();
    int n = sc.find_node(t.node);
    if (n < 0) throw std::invalid_argument("the snapshot names an unknown node");
    t.kind = sc.nodes[static_cast<size_t>(n)].kind;
    t.line = jt.at("line").get<std::string>();
    t.choice = jt.at("choice").get<int>();
    t.reply = jt.at("reply").get<std::string>();
    t.response_s = jt.at("response_s").get<double>();
    t.time_limit = jt.at("time_limit").get<int>();
    t.late = jt.at("late").get<bool>();
    t.deltas = jt.at("deltas").get<ScoreVector>();
    t.cues = jt.at("cues").get<std::vector<std::string>>();
    t.missed_cues = jt.at("missed_cues").get<std::vector<std::string>>();
    t.cue_words = cue_words_from(jt, "cue_words");
    t.withheld = cue_words_from(jt, "withheld");
    t.conduct = conduct_from(jt);
    for (const auto& [name, value] : jt.at("after").items()) {
      int v = sc.find_variable(name);
      if (v < 0) throw std::invalid_argument("the snapshot names an unknown variable");
      const Variable& var = sc.variables[static_cast<size_t>(v)];
      t.after.push_back({name, value.is_boolean() ? (value.get<bool>() ? 1 : 0) : value.get<int>(), var.is_bool, var.is_mood});
    }
    if (!jt.at("step").is_null()) t.step = parse_step(jt.at("step").get<std::string>());
    t.step_done = jt.value("step_done", t.step.has_value());
    t.clock = jt.at("clock").get<std::string>();
    if (auto vote = jt.find("class_vote"); vote != jt.end()) t.vote = class_vote_from_json(*vote);
    s.turns_.push_back(std::move(t));
  }
  s.asked_at_ = s.options_.now();
  ++s.revision_;
  return s;
}

}  // namespace hallsim
