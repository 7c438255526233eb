#include "base/clock.hpp"
#include "run/rules.hpp"

#include <algorithm>

namespace hallsim {

std::string StateEnv::clock() const {
  int start = s_.clock ? s_.clock->start : 0;
  return format_clock(start + st_.elapsed);
}

PlayState initial_state(const Scenario& s) {
  PlayState st;
  for (const auto& v : s.variables) st.vars.push_back(v.start);
  st.visited.assign(s.nodes.size(), 0);
  st.choice_scored.assign(static_cast<size_t>(s.choice_count), 0);
  st.cue_scored.assign(static_cast<size_t>(s.cue_slot_count), 0);
  return st;
}

void apply_effects(const Scenario& s, PlayState& st, const std::vector<Effect>& effects) {
  apply_effects(s, st.vars.data(), effects);
}

void apply_effects(const Scenario& s, int* vars, const std::vector<Effect>& effects) {
  for (const Effect& e : effects) {
    if (e.variable < 0) continue;
    const auto at = static_cast<size_t>(e.variable);
    const Variable& v = s.variables[at];
    if (v.is_bool) {
      vars[at] = e.value;
    } else {
      long long next = static_cast<long long>(vars[at]) + e.value;
      vars[at] = static_cast<int>(std::clamp<long long>(next, v.min, v.max));
    }
  }
}

void enter_node(const Scenario& s, PlayState& st, int node) {
  st.node = node;
  if (node < 0) return;
  const Node& n = s.nodes[static_cast<size_t>(node)];
  st.visited[static_cast<size_t>(node)] = 1;
  apply_effects(s, st, n.effects);
  st.elapsed += n.minutes;
}

std::vector<int> visible_choices(const Scenario& s, const PlayState& st) {
  std::vector<int> out;
  if (st.node < 0) return out;
  const Node& n = s.nodes[static_cast<size_t>(st.node)];
  if (n.kind != Node::Kind::choices) return out;
  StateEnv env(s, st);
  out.reserve(n.choices.size());  // one allocation, not one per growth step: this runs every reply
  for (size_t i = 0; i < n.choices.size(); ++i)
    if (!n.choices[i].when || expr::evaluate_bool(*n.choices[i].when, env)) out.push_back(static_cast<int>(i));
  return out;
}

bool any_visible_choice(const Scenario& s, const PlayState& st) {
  if (st.node < 0) return false;
  const Node& n = s.nodes[static_cast<size_t>(st.node)];
  if (n.kind != Node::Kind::choices) return false;
  StateEnv env(s, st);
  for (const Choice& c : n.choices)
    if (!c.when || expr::evaluate_bool(*c.when, env)) return true;
  return false;
}

namespace {
void add_scores(PlayState& st, ScoreVector& deltas, const ScoreVector& scores) {
  for (int d = 0; d < kDimensions; ++d) {
    deltas[d] += scores[d];
    st.raw[d] += scores[d];
  }
}
}  // namespace

ScoreVector take_choice(const Scenario& s, PlayState& st, int index) {
  const Choice& c = s.nodes[static_cast<size_t>(st.node)].choices[static_cast<size_t>(index)];
  ScoreVector deltas{};
  char& scored = st.choice_scored[static_cast<size_t>(c.global_index)];
  if (!scored) {
    scored = 1;
    add_scores(st, deltas, c.scores);
  }
  apply_effects(s, st, c.effects);
  st.elapsed += c.minutes;
  ++st.turn;
  if (c.conduct) ++st.conduct;
  enter_node(s, st, c.target);
  return deltas;
}

int pick_route(const Scenario& s, const PlayState& st, const std::vector<Route>& routes, const std::vector<char>* cues) {
  StateEnv env(s, st, cues);
  for (const Route& r : routes)
    if (!r.when || expr::evaluate_bool(*r.when, env)) return r.target;
  return -1;
}

ScoreVector apply_cue(const Scenario& s, PlayState& st, int cue) {
  const FreeText& ft = s.nodes[static_cast<size_t>(st.node)].free_text;
  const Cue& c = ft.cues[static_cast<size_t>(cue)];
  ScoreVector deltas{};
  char& scored = st.cue_scored[static_cast<size_t>(ft.first_cue_slot) + static_cast<size_t>(cue)];
  if (!scored) {
    scored = 1;
    add_scores(st, deltas, c.scores);
  }
  apply_effects(s, st, c.effects);
  return deltas;
}

int finish_free_text(const Scenario& s, PlayState& st, const std::vector<char>& matched) {
  const FreeText& ft = s.nodes[static_cast<size_t>(st.node)].free_text;
  ++st.turn;
  if (!ft.cues.empty() && ft.cues[0].conduct && !matched.empty() && matched[0]) ++st.conduct;
  int target = pick_route(s, st, ft.routes, &matched);
  if (target >= 0) enter_node(s, st, target);
  return target;
}

ScoreVector take_cues(const Scenario& s, PlayState& st, const std::vector<int>& matched, int& target) {
  const FreeText& ft = s.nodes[static_cast<size_t>(st.node)].free_text;
  ScoreVector deltas{};
  std::vector<char> flags(ft.cues.size(), 0);
  for (int i : matched) {
    flags[static_cast<size_t>(i)] = 1;
    ScoreVector d = apply_cue(s, st, i);
    for (int k = 0; k < kDimensions; ++k) deltas[k] += d[k];
  }
  target = finish_free_text(s, st, flags);
  return deltas;
}

bool take_next(const Scenario& s, PlayState& st) {
  int target = pick_route(s, st, s.nodes[static_cast<size_t>(st.node)].next);
  if (target < 0) return false;
  enter_node(s, st, target);
  return true;
}

Rating rate(const Scenario& s, const PlayState& st, Outcome outcome) {
  PlayState with_outcome = st;
  with_outcome.outcome = std::string(outcome_name(outcome));
  StateEnv env(s, with_outcome);
  Rating level = default_rating(outcome);
  for (const RatingRule& r : s.rating)
    if (!r.when.root || expr::evaluate_bool(r.when, env)) {
      level = r.level;
      break;
    }
  Rating cap = st.conduct >= 2 ? Rating::dissatisfied : st.conduct == 1 ? Rating::basic : Rating::very_satisfied;
  return static_cast<int>(level) < static_cast<int>(cap) ? cap : level;  // the enum runs from best to worst
}

}  // namespace hallsim
