#include "debrief/debrief.hpp"

#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "model/words.hpp"
#include "debrief/time_text.hpp"
#include "transcript/transcript.hpp"
#include "run/session.hpp"
#include "score/advice.hpp"
#include "score/phrase_sets.hpp"
#include "score/rubric.hpp"

namespace hallsim {

namespace {

CueLine cue_line(const Session& s, const Cue& cue) {
  std::string label = s.text(cue.label);
  return {cue.id, label.empty() ? cue.id : label, cue.scores};
}

ScoreVector sum_scores(const std::vector<CueLine>& cues) {
  ScoreVector sum{};
  for (const auto& c : cues)
    for (int d = 0; d < kDimensions; ++d) sum[d] += c.scores[d];
  return sum;
}

const PhraseSet* conduct_set(const std::string& category) { return find_phrase_set(category); }

std::string label_of(const Session& s, const FreeText& ft, const std::string& cue_id) {
  for (const Cue& c : ft.cues)
    if (c.id == cue_id) return cue_line(s, c).label;
  return cue_id;
}

// Why words that seemed to meet a cue did not count, as sentences a trainee understands.
std::vector<std::string> reasons_for(const Session& s, const FreeText& ft, const Turn& turn) {
  const std::string& l = s.language();
  std::vector<std::string> out;
  for (const ConductFlag& f : turn.conduct) {
    const PhraseSet* set = conduct_set(f.category);
    std::string category = set ? std::string(is_chinese(l) ? set->label_zh : set->label_en) : f.category;
    out.push_back(fmt::format(fmt::runtime(word(l, "why_conduct")), fmt::arg("words", f.span),
                              fmt::arg("category", category)));
  }
  std::vector<std::string> by_conduct, by_stuffing;
  std::string stuffed_words;
  for (const CueWords& w : turn.withheld) {
    std::string cue = label_of(s, ft, w.cue);
    if (w.why == "conduct") {
      by_conduct.push_back(cue);
    } else if (w.why == "stuffed") {
      by_stuffing.push_back(cue);
      stuffed_words = w.words;
    } else
      out.push_back(fmt::format(fmt::runtime(word(l, w.why == "unless" ? "why_unless" : "why_negated")),
                                fmt::arg("words", w.words), fmt::arg("cue", cue)));
  }
  std::string_view comma = list_comma(l);
  if (!by_conduct.empty())
    out.push_back(fmt::format(fmt::runtime(word(l, "why_withheld_by_conduct")),
                              fmt::arg("cues", fmt::format("{}", fmt::join(by_conduct, comma)))));
  if (!by_stuffing.empty())
    out.push_back(fmt::format(fmt::runtime(word(l, "why_stuffed")), fmt::arg("words", stuffed_words),
                              fmt::arg("cues", fmt::format("{}", fmt::join(by_stuffing, comma)))));
  return out;
}

// The node's model answer, scored as a trainee's reply would be: the better reply of a typed turn.
std::optional<RoadNotTaken> model_answer(const Session& s, const FreeText& ft, const Turn& turn) {
  const std::string& reply = s.text(ft.model_reply);
  if (reply.empty()) return std::nullopt;
  ReplyJudgement j = judge_reply(ft.cues, reply);
  RoadNotTaken road;
  road.reply = reply;
  bool trainee_met_all = !j.flagged() && turn.conduct.empty();
  for (const CueHit& h : j.matched) {
    const Cue& cue = ft.cues[static_cast<size_t>(h.cue)];
    if (!cue.positive()) continue;
    road.cues.push_back(cue_line(s, cue));
    trainee_met_all = trainee_met_all && std::find(turn.cues.begin(), turn.cues.end(), cue.id) != turn.cues.end();
  }
  road.scores = sum_scores(road.cues);
  road.already_best = trainee_met_all;
  return road;
}

// Sorts the cues of a typed reply into met, missed (they would have helped) and avoided (they
// only cost points), says why any did not count, and shows the model answer as the road not
// taken (or, without one, the cues that would have scored).
void explain_typed_reply(const Session& s, const Node& node, const Turn& turn, DebriefTurn& out) {
  RoadNotTaken road;
  for (const Cue& cue : node.free_text.cues) {
    CueLine line = cue_line(s, cue);
    bool met = std::find(turn.cues.begin(), turn.cues.end(), cue.id) != turn.cues.end();
    if (cue.conduct && !met) continue;  // a check every reply passes unless flagged: no pitfall to list
    if (met) out.cues_matched.push_back(line);
    else if (total_score(cue.scores) < 0) out.cues_avoided.push_back(line);
    else {
      out.cues_missed.push_back(line);
      if (total_score(cue.scores) > 0) road.cues.push_back(line);
    }
  }
  road.scores = sum_scores(road.cues);
  road.already_best = road.cues.empty() && turn.conduct.empty();
  out.reasons = reasons_for(s, node.free_text, turn);
  out.better = model_answer(s, node.free_text, turn).value_or(road);
}

void explain_choice(const Session& s, const Node& node, const Turn& turn, DebriefTurn& out) {
  const Choice& chosen = node.choices[static_cast<size_t>(turn.choice)];
  out.feedback = s.text(chosen.feedback);
  std::optional<int> best = best_choice(node);
  if (!best) return;
  const Choice& ideal = node.choices[static_cast<size_t>(*best)];
  RoadNotTaken road;
  road.reply = s.text(ideal.reply);
  road.scores = ideal.scores;
  road.already_best = total_score(ideal.scores) <= total_score(chosen.scores);
  out.better = road;
}

// How the class voted at a choice turn, against the reply an expert would have made.
std::optional<VoteSplit> vote_split(const Session& s, const Node& node, const Turn& turn) {
  if (!turn.vote) return std::nullopt;
  const ClassVote& vote = *turn.vote;
  std::optional<int> best = best_choice(node);
  VoteSplit split;
  split.overridden = vote.overridden;
  for (size_t i = 0; i < vote.choices.size() && i < vote.counts.size(); ++i) {
    int choice = vote.choices[i];
    if (choice < 0 || static_cast<size_t>(choice) >= node.choices.size()) return std::nullopt;
    VoteOption o;
    o.letter = std::string(1, static_cast<char>('A' + static_cast<int>(i % 26)));
    o.reply = s.text(node.choices[static_cast<size_t>(choice)].reply);
    o.votes = vote.counts[i];
    o.applied = choice == turn.choice;
    o.expert = best && choice == *best;
    split.total += o.votes;
    split.options.push_back(std::move(o));
  }
  return split;
}

std::vector<MoodSeries> mood_series(const Session& s) {
  std::vector<MoodSeries> out;
  for (const Variable& v : s.scenario().variables) {
    if (!v.is_mood) continue;
    MoodSeries series{v.name, v.min, v.max, {v.start}};
    for (const Turn& turn : s.turns()) {
      int value = series.values.back();
      for (const auto& after : turn.after)
        if (after.name == v.name) value = after.value;
      series.values.push_back(value);
    }
    out.push_back(std::move(series));
  }
  return out;
}

void mark_mood_moments(std::vector<DebriefTurn>& turns) {
  std::vector<size_t> order(turns.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return turns[a].mood_movement > turns[b].mood_movement; });
  for (size_t k = 0; k < order.size() && k < static_cast<size_t>(kMoodMomentsMarked); ++k)
    if (turns[order[k]].mood_movement > 0) turns[order[k]].mood_moved_most = true;
}

// Why a reply carrying a step only attempted it: it was rude, or it cost points.
std::string attempt_why(const std::string& language, const DebriefTurn& t) {
  if (t.conduct) return std::string(word(language, "attempt_rude"));
  std::string lost;
  for (int d = 0; d < kDimensions; ++d)
    if (t.deltas[d] < 0) lost += fmt::format("{}{} {}", lost.empty() ? "" : clause_comma(language), word(language, static_cast<Dimension>(d)), t.deltas[d]);
  return fmt::format(fmt::runtime(word(language, "attempt_cost")), fmt::arg("lost", lost));
}

std::vector<StepLine> step_lines(const std::string& language, const Totals& totals, const std::vector<DebriefTurn>& turns) {
  std::vector<StepLine> lines;
  for (int i = 0; i < kSteps; ++i) {
    StepLine line;
    line.step = static_cast<Step>(i);
    for (const DebriefTurn& t : turns)
      if (t.step == line.step && t.step_done) {
        line.turn = t.number;
        break;
      }
    for (const DebriefTurn& t : turns)
      if (!line.turn && t.step == line.step && !t.step_done) {
        line.attempt_turn = t.number;
        line.attempt_why = attempt_why(language, t);
        break;
      }
    for (const StepOrderProblem& p : totals.steps.out_of_order)
      if (p.step == line.step) {
        line.out_of_order = true;
        line.came_before = p.should_follow;
      }
    lines.push_back(line);
  }
  return lines;
}

void pick_past_attempts(const std::vector<PastAttempt>& past, Debrief& d) {
  for (const PastAttempt& p : past) {
    if (!d.first_attempt || p.date < d.first_attempt->date) d.first_attempt = p;
    if (!d.best_attempt || p.overall > d.best_attempt->overall) d.best_attempt = p;
  }
}

}  // namespace

DebriefTurn explain_typed_turn(const Session& s, const Turn& turn) {
  DebriefTurn out;
  const Scenario& sc = s.scenario();
  int node = sc.find_node(turn.node);
  if (node < 0 || turn.kind != Node::Kind::free_text) return out;
  out.typed = true;
  out.reply = turn.reply;
  explain_typed_reply(s, sc.nodes[static_cast<size_t>(node)], turn, out);
  return out;
}

namespace {

// Everything the debrief shows, gathered from a session that has been played (live or replayed).
Debrief gather_debrief(const Session& s, const std::string& started_at, const DebriefOptions& options) {
  const Scenario& sc = s.scenario();
  Totals totals = s.totals();

  Debrief d;
  d.language = s.language();
  d.trainee = s.trainee();
  d.scenario_id = sc.id;
  d.scenario_version = sc.version;
  d.scenario_hash = sc.content_hash;
  d.title = s.text(sc.title);
  d.started_at = started_at;
  d.finished_at = options.finished_at;
  d.duration_s = seconds_between(d.started_at, d.finished_at);

  if (auto ending = s.ending()) {
    d.ended = true;
    d.ending_node = ending->node;
    d.outcome = ending->outcome;
    d.rating = ending->rating;
    if (!ending->node.empty()) d.ending_summary = s.text(sc.nodes[static_cast<size_t>(sc.find_node(ending->node))].ending.summary);
  }

  d.overall = round1(totals.overall);
  d.grade = totals.grade;
  d.passed = totals.passed;
  d.pass_mark = sc.scoring.pass;
  d.late_replies = totals.late_replies;
  d.best_is_approximate = s.bounds().approximate;
  for (int i = 0; i < kDimensions; ++i) {
    const DimensionResult& r = totals.dimensions[i];
    d.dimensions[i] = {static_cast<Dimension>(i), r.raw, r.best, round1(r.percent), sc.scoring.weights[i]};
  }

  d.mood = mood_series(s);
  for (const Variable& v : sc.variables)
    if (v.is_mood) d.mood_labels[v.name] = variable_label(sc, v.name, d.language);
  for (size_t i = 0; i < s.turns().size(); ++i) {
    const Turn& turn = s.turns()[i];
    const Node& node = sc.nodes[static_cast<size_t>(sc.find_node(turn.node))];
    DebriefTurn t;
    t.number = static_cast<int>(i) + 1;
    t.node = turn.node;
    t.speaker = node.speaker;
    t.speaker_name = s.speaker_label(node.speaker);
    t.line = turn.line;
    t.typed = turn.kind == Node::Kind::free_text;
    t.reply = turn.reply;
    t.response_s = turn.response_s;
    t.time_limit = turn.time_limit;
    t.late = turn.late;
    t.deltas = turn.deltas;
    t.step = turn.step;
    t.step_done = turn.step_done;
    t.conduct = !turn.conduct.empty() || (!t.typed && turn.choice >= 0 &&
                                          node.choices[static_cast<size_t>(turn.choice)].conduct);
    t.clock = turn.clock;
    for (const MoodSeries& m : d.mood) {
      int change = m.values[i + 1] - m.values[i];
      t.mood_change.emplace_back(m.variable, change);
      t.mood_movement += std::abs(change);
    }
    if (t.typed) explain_typed_reply(s, node, turn, t);
    else explain_choice(s, node, turn, t);
    if (!t.typed) t.vote = vote_split(s, node, turn);
    d.turns.push_back(std::move(t));
  }
  mark_mood_moments(d.turns);
  d.steps = step_lines(d.language, totals, d.turns);
  pick_past_attempts(options.past, d);
  return d;
}

}  // namespace

Debrief build_debrief(const Session& session, const DebriefOptions& options) {
  return gather_debrief(session, session.started_at(), options);
}

Debrief build_debrief(std::shared_ptr<const Scenario> scenario, const ScoreBounds& bounds, const Transcript& transcript,
                      const DebriefOptions& options) {
  Session replayed = replay_transcript(std::move(scenario), bounds, transcript, options.language);
  DebriefOptions from_transcript = options;
  from_transcript.finished_at = transcript.finished_at;
  return gather_debrief(replayed, transcript.started_at, from_transcript);
}

}  // namespace hallsim
