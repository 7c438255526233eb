// The rules of play, shared by the Session (one real attempt) and the static analysis (every
// possible attempt), so the two can never disagree about what a reply does.
#pragma once

#include <string>
#include <vector>

#include "expr/expr.hpp"
#include "model/scenario.hpp"

namespace hallsim {

struct PlayState {
  int node = -1;
  std::vector<int> vars;
  std::vector<char> visited;        // per node
  std::vector<char> choice_scored;  // per global choice index: its scores were counted
  std::vector<char> cue_scored;     // per cue slot: the cue scored at its node
  int turn = 0;                     // replies so far
  int elapsed = 0;                  // simulated minutes so far
  int conduct = 0;                  // replies flagged for conduct so far (rating rules read it)
  ScoreVector raw{};
  std::string outcome;  // set at the end, for rating rules
};

PlayState initial_state(const Scenario& s);

// Makes `node` current: marks it visited, applies its effects and minutes.
void enter_node(const Scenario& s, PlayState& st, int node);
void apply_effects(const Scenario& s, PlayState& st, const std::vector<Effect>& effects);
// `vars`: one value per variable of the scenario, as in PlayState::vars.
void apply_effects(const Scenario& s, int* vars, const std::vector<Effect>& effects);

// Indices into node.choices of the choices whose `when` holds.
std::vector<int> visible_choices(const Scenario& s, const PlayState& st);
// Whether visible_choices() would be non-empty, without building the list.
bool any_visible_choice(const Scenario& s, const PlayState& st);

// Applies choice `index` of the current node (scores counted only the first time it is made)
// and enters its target. Returns the score deltas that counted.
ScoreVector take_choice(const Scenario& s, PlayState& st, int index);

// Applies the matched cues of the current free-text node (each scores only the first time it
// matches at this node), picks the route and enters it. Returns the deltas, and the target in
// `target` (-1 when no route holds).
ScoreVector take_cues(const Scenario& s, PlayState& st, const std::vector<int>& matched, int& target);

// The two halves of take_cues, for the analysis, which weighs many cue combinations at once:
// one cue's scores (if it has not scored at this node before) and effects ...
ScoreVector apply_cue(const Scenario& s, PlayState& st, int cue);
// ... and, once every matched cue is applied, the turn and the first route that holds
// (`matched` has a flag per cue of the node). Returns the target entered, or -1.
int finish_free_text(const Scenario& s, PlayState& st, const std::vector<char>& matched);

// The first route whose condition holds, or -1.
int pick_route(const Scenario& s, const PlayState& st, const std::vector<Route>& routes,
               const std::vector<char>* cues = nullptr);

// Follows a `next` node's routes; returns false when none holds.
bool take_next(const Scenario& s, PlayState& st);

// The level of the first rating rule that holds, else the default for the outcome; then capped
// by conduct: after one reply flagged for conduct at most basic (基本满意), after two or more at
// most dissatisfied. Nobody rates a rude counter very satisfied.
Rating rate(const Scenario& s, const PlayState& st, Outcome outcome);

// Answers expression lookups from a PlayState.
class StateEnv : public expr::Env {
 public:
  StateEnv(const Scenario& s, const PlayState& st, const std::vector<char>* cues = nullptr)
      : s_(s), st_(st), cues_(cues) {}
  long long variable(int i) const override { return st_.vars[static_cast<size_t>(i)]; }
  long long turn() const override { return st_.turn; }
  long long elapsed() const override { return st_.elapsed; }
  std::string clock() const override;
  long long score(int d) const override { return st_.raw[static_cast<size_t>(d)]; }
  bool visited(int n) const override { return st_.visited[static_cast<size_t>(n)] != 0; }
  bool cue(int c) const override { return cues_ && (*cues_)[static_cast<size_t>(c)] != 0; }
  std::string outcome() const override { return st_.outcome; }
  long long conduct() const override { return st_.conduct; }

 private:
  const Scenario& s_;
  const PlayState& st_;
  const std::vector<char>* cues_;
};

}  // namespace hallsim
