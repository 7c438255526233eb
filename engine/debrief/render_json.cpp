// The debrief as JSON: stable keys in a documented order, each enum as its id and, beside it,
// the word a person reads in the debrief's language.
#include <nlohmann/json.hpp>

#include "model/words.hpp"
#include "debrief/render.hpp"
#include "debrief/report_text.hpp"

namespace hallsim {

namespace {

using ojson = nlohmann::ordered_json;

ojson scores_json(const ScoreVector& v) {
  ojson j = ojson::object();
  for (int d = 0; d < kDimensions; ++d) j[std::string(kDimensionNames[d])] = v[d];
  return j;
}

ojson cues_json(const std::vector<CueLine>& cues) {
  ojson list = ojson::array();
  for (const CueLine& c : cues) list.push_back({{"id", c.id}, {"label", c.label}, {"scores", scores_json(c.scores)}});
  return list;
}

ojson optional_text(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

ojson header_json(const Debrief& d) {
  const std::string& l = d.language;
  ojson ending = {{"reached", d.ended}};
  if (d.ended) {
    ending["node"] = optional_text(d.ending_node);
    ending["outcome"] = outcome_name(d.outcome);
    ending["outcome_label"] = word(l, d.outcome);
    ending["summary"] = optional_text(d.ending_summary);
    ending["rating"] = rating_name(d.rating);
    ending["rating_label"] = word(l, d.rating);
  }
  return ending;
}

ojson dimensions_json(const Debrief& d) {
  ojson list = ojson::array();
  for (const DimensionLine& line : d.dimensions)
    list.push_back({{"dimension", kDimensionNames[static_cast<int>(line.dimension)]},
                    {"label", word(d.language, line.dimension)},
                    {"raw", line.raw},
                    {"best", line.best},
                    {"percent", line.percent},
                    {"weight", line.weight}});
  return list;
}

ojson mood_json(const Debrief& d) {
  ojson variables = ojson::array();
  for (const MoodSeries& m : d.mood)
    variables.push_back({{"variable", m.variable}, {"label", mood_label(d.language, m.variable)}, {"min", m.min},
                         {"max", m.max}, {"values", m.values}});
  ojson moments = ojson::array();
  for (const DebriefTurn& t : d.turns)
    if (t.mood_moved_most) moments.push_back(t.number);
  return {{"variables", variables}, {"moved_most", moments}};
}

ojson steps_json(const Debrief& d) {
  ojson list = ojson::array();
  for (const StepLine& s : d.steps)
    list.push_back({{"step", step_name(s.step)},
                    {"label", word(d.language, s.step)},
                    {"performed", s.turn > 0},
                    {"turn", s.turn > 0 ? ojson(s.turn) : ojson(nullptr)},
                    {"attempted", s.turn == 0 && s.attempt_turn > 0},
                    {"attempt_turn", s.attempt_turn > 0 ? ojson(s.attempt_turn) : ojson(nullptr)},
                    {"attempt_why", s.attempt_why.empty() ? ojson(nullptr) : ojson(s.attempt_why)},
                    {"out_of_order", s.out_of_order},
                    {"came_before", s.came_before ? ojson(std::string(step_name(*s.came_before))) : ojson(nullptr)}});
  return list;
}

ojson turn_json(const Debrief& d, const DebriefTurn& t) {
  ojson mood = ojson::object();
  for (const auto& [variable, change] : t.mood_change) mood[variable] = change;
  ojson j = {{"turn", t.number},
            {"node", t.node},
            {"speaker", speaker_name(t.speaker)},
            {"speaker_name", t.speaker_name},
            {"line", t.line},
            {"kind", t.typed ? "free_text" : "choice"},
            {"reply", t.reply},
            {"response_s", t.response_s},
            {"time_limit", t.time_limit},
            {"late", t.late},
            {"deltas", scores_json(t.deltas)},
            {"mood_change", mood},
            {"mood_moved_most", t.mood_moved_most},
            {"step", t.step ? ojson(std::string(step_name(*t.step))) : ojson(nullptr)},
            {"step_label", t.step ? ojson(std::string(word(d.language, *t.step))) : ojson(nullptr)},
            {"clock", optional_text(t.clock)}};
  if (t.typed) {
    j["cues_matched"] = cues_json(t.cues_matched);
    j["cues_missed"] = cues_json(t.cues_missed);
    j["cues_avoided"] = cues_json(t.cues_avoided);
    j["reasons"] = t.reasons;
  } else {
    j["feedback"] = optional_text(t.feedback);
  }
  if (t.better) {
    ojson road = {{"already_best", t.better->already_best}, {"scores", scores_json(t.better->scores)}};
    if (t.typed) {
      road["cues"] = cues_json(t.better->cues);
      road["reply"] = optional_text(t.better->reply);
    } else {
      road["reply"] = t.better->reply;
    }
    j["better"] = road;
  } else {
    j["better"] = nullptr;
  }
  if (t.vote) {
    ojson options = ojson::array();
    for (const VoteOption& o : t.vote->options)
      options.push_back({{"letter", o.letter}, {"reply", o.reply}, {"votes", o.votes}, {"applied", o.applied}, {"expert", o.expert}});
    j["class_vote"] = {{"options", options}, {"total", t.vote->total}, {"overridden", t.vote->overridden}};
  }
  return j;
}

ojson attempt_json(const PastAttempt& a) {
  ojson percents = ojson::object();
  for (int d = 0; d < kDimensions; ++d) percents[std::string(kDimensionNames[d])] = a.percent[d];
  return {{"date", a.date}, {"overall", a.overall}, {"percent", percents}};
}

ojson progress_json(const Debrief& d) {
  if (!d.first_attempt) return nullptr;
  PastAttempt now{d.started_at, d.overall, {}};
  for (int i = 0; i < kDimensions; ++i) now.percent[i] = d.dimensions[i].percent;
  return {{"first", attempt_json(*d.first_attempt)}, {"best", attempt_json(*d.best_attempt)}, {"this", attempt_json(now)}};
}

}  // namespace

std::string render_json(const Debrief& d) {
  ojson turns = ojson::array();
  for (const DebriefTurn& t : d.turns) turns.push_back(turn_json(d, t));
  ojson j = {{"format", "hallsim-debrief"},
            {"format_version", 1},
            {"language", d.language},
            {"trainee", d.trainee},
            {"scenario",
             {{"id", d.scenario_id}, {"version", d.scenario_version}, {"hash", d.scenario_hash}, {"title", d.title}}},
            {"started_at", optional_text(d.started_at)},
            {"finished_at", optional_text(d.finished_at)},
            {"duration_s", d.duration_s ? ojson(*d.duration_s) : ojson(nullptr)},
            {"ending", header_json(d)},
            {"overall", d.overall},
            {"grade", d.grade},
            {"passed", d.passed},
            {"pass_mark", d.pass_mark},
            {"late_replies", d.late_replies},
            {"best_is_approximate", d.best_is_approximate},
            {"dimensions", dimensions_json(d)},
            {"mood", mood_json(d)},
            {"steps", steps_json(d)},
            {"turns", turns},
            {"progress", progress_json(d)}};
  // Text from the trainee passed the transcript's JSON parser, but a debrief built in memory may
  // carry any bytes: replace what is not UTF-8 instead of failing.
  std::string text = j.dump(2, ' ', false, ojson::error_handler_t::replace);
  // U+2028 and U+2029 are valid in JSON strings but end a line in older JavaScript: write them
  // as escapes, which is safe because raw, they can only occur inside strings.
  for (auto [raw, escaped] : {std::pair{"\u2028", "\\u2028"}, std::pair{"\u2029", "\\u2029"}})
    for (size_t at = text.find(raw); at != std::string::npos; at = text.find(raw, at + 6))
      text.replace(at, 3, escaped);
  return text + "\n";
}

}  // namespace hallsim
