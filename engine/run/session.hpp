// One attempt at a scenario, pull-style: a face (the app, the terminal player, a test) reads the
// current line and choices every frame and calls choose(), say() or advance() when the trainee acts.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "model/scenario.hpp"
#include "run/rules.hpp"
#include "score/rubric.hpp"
#include "score/totals.hpp"

namespace hallsim {

struct VariableValue {
  std::string name;
  int value = 0;
  bool is_bool = false;
  bool is_mood = false;
};

// A classroom's show of hands on the replies shown, and what the instructor applied.
struct ClassVote {
  std::vector<int> choices;  // node choice indices in the order shown (A, B, C ...)
  std::vector<int> counts;   // hands raised for each
  bool overridden = false;   // the instructor applied another reply than the majority's
};

// A cue and the words that met it (or withheld it, and why).
struct CueWords {
  std::string cue;
  std::string words;
  std::string why;  // withheld only: "negated", "unless" or "conduct"
};

// One reply, as the transcript records it.
struct Turn {
  std::string node;
  Node::Kind kind = Node::Kind::choices;
  std::string line;          // what was said to the trainee, in the session's language
  int choice = -1;           // index into the node's choices (0-based), for choice turns
  std::string reply;         // the reply chosen (its text) or typed
  double response_s = 0;
  int time_limit = 20;
  bool late = false;
  ScoreVector deltas{};      // what counted, the late penalty included
  std::vector<std::string> cues;         // matched cue ids
  std::vector<std::string> missed_cues;  // cues of the rubric that did not match
  // Typed replies: the words behind each matched cue, the cues the reply only seemed to meet
  // (with why: negated, unless, conduct), and what the conduct check flagged.
  std::vector<CueWords> cue_words, withheld;
  std::vector<ConductFlag> conduct;
  std::vector<VariableValue> after;      // every variable after the reply
  std::optional<Step> step;
  // The step counts as performed: the reply cost no dimension and was not flagged for conduct.
  // Otherwise it was only attempted.
  bool step_done = false;
  std::string clock;  // hall time after the reply ("" without a hall clock)
  std::optional<ClassVote> vote;  // when a class chose the reply
};

struct EndingInfo {
  std::string node;  // "" when the attempt got stuck
  Outcome outcome = Outcome::failed;
  Rating rating = Rating::very_dissatisfied;
};

struct SessionOptions {
  std::string language;  // "" means the scenario's language
  std::string trainee;
  // Seconds on a steady clock; tests inject their own to control reply timing.
  std::function<double()> now;
};

class Session {
 public:
  enum class Phase { choice, free_text, line, ended };

  // `bounds` comes from the scenario's analysis (score_bounds() in analyze/analysis.hpp).
  Session(std::shared_ptr<const Scenario> scenario, ScoreBounds bounds, SessionOptions options = {});

  const Scenario& scenario() const { return *scenario_; }
  std::shared_ptr<const Scenario> scenario_ptr() const { return scenario_; }
  const ScoreBounds& bounds() const { return bounds_; }
  const std::string& language() const { return language_; }
  const std::string& trainee() const { return options_.trainee; }
  const std::string& started_at() const { return started_at_; }

  Phase phase() const;
  bool ended() const { return phase() == Phase::ended; }
  const Node& node() const;
  const std::string& line() const;  // the current node's `say`, in the session's language
  const std::string& text(const L10nText& t) const { return scenario_->text(t, language_); }
  // Who says a line, as every face and the debrief label it: the citizen by name, anyone else by
  // role, in the session's language.
  std::string speaker_label(Speaker who) const;

  // Indices into node().choices of the choices shown now.
  std::vector<int> visible_choices() const;
  // Picks the visible choice at `position` (0-based). Without a response time the session
  // measures it since the node became current. Throws std::invalid_argument when not allowed.
  void choose(int position, std::optional<double> response_s = std::nullopt,
              std::optional<ClassVote> vote = std::nullopt);
  void say(const std::string& reply, std::optional<double> response_s = std::nullopt);
  void advance();  // past a `next` node

  int time_limit() const;          // seconds for the current reply
  double seconds_waiting() const;  // since the current reply was asked for
  std::string clock() const;       // hall time now, "" without a hall clock

  const PlayState& state() const { return state_; }
  std::vector<VariableValue> variables() const;
  const std::vector<Turn>& turns() const { return turns_; }
  const std::vector<std::string>& path() const { return path_; }
  std::optional<EndingInfo> ending() const;
  Totals totals() const;

  // [SECTION] Rehearsal, for authors: move anywhere and set any value. Once used, the attempt is
  // `edited()` and must not count as a trainee's attempt.
  void jump_to(int node);                 // enters it as if arrived there
  void set_variable(int index, int value);  // clamped to a mood's range; booleans become 0/1
  void set_elapsed(int minutes);
  void set_raw_score(int dimension, int value);
  bool edited() const { return edited_; }
  // Changes whenever the state does: a UI redraws when it moves.
  unsigned long long revision() const { return revision_; }

  // The whole state as JSON, and a session rebuilt from it (the scenario must be the same
  // content). Reply timing restarts on restore.
  std::string snapshot() const;
  static Session restore(const std::shared_ptr<const Scenario>& scenario, const ScoreBounds& bounds, const std::string& snapshot,
                         SessionOptions options = {});

 private:
  void arrive();  // after every move: record the path, reset the reply timer
  double measure(std::optional<double> response_s) const;
  Turn begin_turn(double response_s) const;
  void finish_turn(Turn t, ScoreVector deltas);

  std::shared_ptr<const Scenario> scenario_;
  ScoreBounds bounds_;
  SessionOptions options_;
  std::string language_;
  std::string started_at_;
  PlayState state_;
  std::vector<Turn> turns_;
  std::vector<std::string> path_;
  std::vector<Step> steps_, attempted_steps_;  // performed, and only attempted, in play order
  int late_replies_ = 0;
  bool stuck_ = false;
  bool edited_ = false;
  double asked_at_ = 0;
  unsigned long long revision_ = 0;
};

// A class vote as transcripts and snapshots keep it: choice numbers are 1-based, like "choice".
nlohmann::json class_vote_json(const ClassVote& vote);
// A typed turn's explanation as the transcript keeps it: [{"cue", "words", "why"?}] and
// [{"category", "words"}].
nlohmann::json cue_words_json(const std::vector<CueWords>& list);
nlohmann::json conduct_json(const std::vector<ConductFlag>& flags);
// Reads it back; nullopt when the value is not a well-formed vote.
std::optional<ClassVote> class_vote_from_json(const nlohmann::json& j);

}  // namespace hallsim
