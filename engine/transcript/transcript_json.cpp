// Writing a transcript, and the one-object result `hallsim run --json` prints.
#include "transcript/transcript.hpp"

#include <nlohmann/json.hpp>

#include "score/totals.hpp"

namespace hallsim {

using ojson = OrderedJson;

namespace {

ojson steps_json(const StepReport& r) {
  ojson performed = ojson::array(), attempted = ojson::array(), missed = ojson::array(), out_of_order = ojson::array();
  for (Step s : r.performed) performed.push_back(step_name(s));
  for (Step s : r.attempted) attempted.push_back(step_name(s));
  for (Step s : r.missed) missed.push_back(step_name(s));
  for (const auto& p : r.out_of_order) out_of_order.push_back(step_name(p.step));
  return {{"performed", performed}, {"attempted", attempted}, {"missed", missed}, {"out_of_order", out_of_order}};
}

ojson scores_json(const Totals& t) {
  ojson j = ojson::object();
  for (int d = 0; d < kDimensions; ++d) {
    const DimensionResult& r = t.dimensions[d];
    j[std::string(kDimensionNames[d])] = {{"raw", r.raw}, {"best", r.best}, {"percent", round1(r.percent)}};
  }
  j["overall"] = round1(t.overall);
  j["passed"] = t.passed;
  return j;
}

ojson variables_json(const Session& s, bool mood_only) {
  ojson j = ojson::object();
  for (const auto& v : s.variables())
    if (v.is_mood || !mood_only) j[v.name] = v.is_bool ? ojson(v.value != 0) : ojson(v.value);
  return j;
}

ojson ending_json(const Session& s) {
  auto e = s.ending();
  if (!e) return nullptr;
  return {{"node", e->node.empty() ? ojson(nullptr) : ojson(e->node)}, {"outcome", outcome_name(e->outcome)}};
}

}  // namespace

ojson result_json(const Session& s) {
  Totals t = s.totals();
  auto e = s.ending();
  return {{"scenario", s.scenario().id},
          {"ending", ending_json(s)},
          {"path", s.path()},
          {"scores", scores_json(t)},
          {"steps", steps_json(t.steps)},
          {"mood", variables_json(s, true)},
          {"rating", e ? ojson(std::string(rating_name(e->rating))) : ojson(nullptr)}};
}

ojson transcript_json(const Session& s, const std::string& finished_at) {
  const Scenario& sc = s.scenario();
  Totals t = s.totals();
  ojson turns = ojson::array();
  for (size_t i = 0; i < s.turns().size(); ++i) {
    const Turn& turn = s.turns()[i];
    ojson mood = ojson::object();
    for (const auto& v : turn.after)
      if (v.is_mood) mood[v.name] = v.value;
    ojson deltas = ojson::object();
    for (int d = 0; d < kDimensions; ++d) deltas[std::string(kDimensionNames[d])] = turn.deltas[d];
    ojson entry = {{"index", i + 1},
                  {"node", turn.node},
                  {"line", turn.line},
                  {"kind", turn.kind == Node::Kind::free_text ? "free_text" : "choice"},
                  {"reply", turn.reply},
                  {"response_s", turn.response_s},
                  {"time_limit", turn.time_limit},
                  {"late", turn.late},
                  {"deltas", deltas},
                  {"mood", mood},
                  {"step", turn.step ? ojson(std::string(step_name(*turn.step))) : ojson(nullptr)}};
    if (turn.step) entry["step_done"] = turn.step_done;
    if (turn.kind == Node::Kind::free_text) {
      entry["cues"] = turn.cues;
      entry["missed_cues"] = turn.missed_cues;
      entry["cue_words"] = cue_words_json(turn.cue_words);
      if (!turn.withheld.empty()) entry["withheld"] = cue_words_json(turn.withheld);
      if (!turn.conduct.empty()) entry["conduct"] = conduct_json(turn.conduct);
    } else {
      entry["choice"] = turn.choice + 1;
    }
    if (!turn.clock.empty()) entry["clock"] = turn.clock;
    if (turn.vote) entry["class_vote"] = class_vote_json(*turn.vote);
    turns.push_back(entry);
  }
  auto e = s.ending();
  ojson ending = ending_json(s);
  if (e) {
    ending["rating"] = rating_name(e->rating);
    if (!e->node.empty()) ending["summary"] = s.text(sc.nodes[static_cast<size_t>(sc.find_node(e->node))].ending.summary);
  }
  ojson totals = scores_json(t);
  totals["grade"] = t.grade;
  totals["late_replies"] = t.late_replies;
  totals["best_is_approximate"] = s.bounds().approximate;
  return {{"format", "hallsim-transcript"},
          {"format_version", 1},
          {"scenario", {{"id", sc.id}, {"version", sc.version}, {"hash", sc.content_hash}, {"title", s.text(sc.title)}}},
          {"trainee", s.trainee()},
          {"started_at", s.started_at()},
          {"finished_at", finished_at.empty() ? ojson(nullptr) : ojson(finished_at)},
          {"language", s.language()},
          {"turns", turns},
          {"path", s.path()},
          {"ending", ending},
          {"totals", totals},
          {"steps", steps_json(t.steps)},
          {"variables", variables_json(s, false)}};
}

}  // namespace hallsim
