// The debrief of one attempt: what happened, why it scored as it did and what to say instead.
// Built by replaying a transcript against its scenario, so it always agrees with the engine;
// render.hpp turns it into JSON, Markdown or an HTML page.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/scenario.hpp"
#include "score/totals.hpp"

namespace hallsim {

// An earlier attempt on the same scenario, as the attempt history records it.
struct PastAttempt {
  std::string date;  // ISO 8601, as in transcripts
  double overall = 0;
  std::array<double, kDimensions> percent{};
};

struct DebriefOptions {
  std::string language;            // a replayed transcript's language; "" means the transcript's
  std::vector<PastAttempt> past;   // the trainee's earlier attempts; empty hides the progress section
  std::string finished_at{};       // a live session's end (ISO 8601); a transcript brings its own
};

struct DimensionLine {
  Dimension dimension = Dimension::empathy;
  int raw = 0;
  int best = 0;
  double percent = 0;  // rounded to one decimal
  double weight = 1;
};

// One mood variable over the attempt: values[0] is its start, values[i] its value after turn i.
struct MoodSeries {
  std::string variable;
  int min = 0, max = 100;
  std::vector<int> values;
};

struct CueLine {
  std::string id;
  std::string label;  // the cue's label in the debrief's language, else its id
  ScoreVector scores{};
};

// The road not taken: at a choice node the reply an expert would have made; at a typed reply the
// node's model answer and the cues it meets (or, without a model answer, the missed cues that
// score); and what that earns.
struct RoadNotTaken {
  std::string reply;          // the expert's choice, or the model answer ("" when the node has none)
  std::vector<CueLine> cues;  // typed turns
  ScoreVector scores{};
  bool already_best = false;  // nothing better was on offer
};

// How a class voted at one turn, against the reply an expert would have made.
struct VoteOption {
  std::string letter;  // A, B, C ... in the order the options were shown
  std::string reply;
  int votes = 0;
  bool applied = false;  // the reply the class went on with
  bool expert = false;   // the best reply on offer
};

struct VoteSplit {
  std::vector<VoteOption> options;
  int total = 0;
  bool overridden = false;  // the instructor applied another reply than the majority's
};

struct DebriefTurn {
  int number = 0;  // 1-based
  std::string node;
  Speaker speaker = Speaker::citizen;
  std::string speaker_name;  // the citizen's name, or the speaker's role in the debrief's language
  std::string line;          // what was said to the trainee
  bool typed = false;
  std::string reply;
  double response_s = 0;
  int time_limit = 0;
  bool late = false;
  ScoreVector deltas{};  // what counted, the late penalty included
  std::vector<std::pair<std::string, int>> mood_change;  // per mood variable, after minus before
  std::optional<Step> step;
  bool step_done = false;  // the step counts as performed (an acceptable reply), else attempted
  bool conduct = false;    // the reply was flagged for conduct
  std::string clock;     // hall time after the reply, "" without a hall clock
  std::string feedback;  // the chosen choice's feedback
  // Typed replies: the cues met, the cues missed that do not cost points, and the pitfalls the
  // reply avoided (missed cues whose scores add up below zero).
  std::vector<CueLine> cues_matched, cues_missed, cues_avoided;
  // Typed replies: why cues the words seemed to meet did not count, in the trainee's language.
  std::vector<std::string> reasons;
  std::optional<RoadNotTaken> better;  // absent only at a choice node without choices to compare
  std::optional<VoteSplit> vote;       // when a class voted on the reply
  int mood_movement = 0;  // sum of the absolute mood changes, to find the big moments
  bool mood_moved_most = false;
};

struct StepLine {
  Step step = Step::accept;
  int turn = 0;  // the turn that first performed it; 0 when not performed
  int attempt_turn = 0;      // when not performed: the first turn that tried it with a poor reply
  std::string attempt_why;   // and why that try did not count, in the debrief's language
  bool out_of_order = false;
  std::optional<Step> came_before;  // the step the six put first, which it was performed before
};

struct Debrief {
  std::string language;
  std::string trainee;
  std::string scenario_id;
  int scenario_version = 1;
  std::string scenario_hash;
  std::string title;
  std::string started_at, finished_at;  // ISO 8601, "" when unknown
  std::optional<double> duration_s;

  bool ended = false;  // false when the attempt stopped before an ending
  std::string ending_node;
  Outcome outcome = Outcome::failed;
  Rating rating = Rating::very_dissatisfied;
  std::string ending_summary;

  double overall = 0;  // rounded to one decimal
  std::string grade;
  bool passed = false;
  double pass_mark = 60;
  int late_replies = 0;
  bool best_is_approximate = false;
  std::array<DimensionLine, kDimensions> dimensions{};

  std::vector<MoodSeries> mood;
  std::map<std::string, std::string> mood_labels;  // a mood's own label in the debrief's language
  std::vector<StepLine> steps;  // the six, in their canonical order
  std::vector<DebriefTurn> turns;

  std::optional<PastAttempt> first_attempt, best_attempt;  // from DebriefOptions::past
};

class Session;
struct Transcript;

// Everything the debrief shows, from the session the trainee (or a class) has just played: no
// transcript round trip, so class votes and typed-turn explanations come straight from the play.
// The debrief is in the session's language (options.language applies to transcripts only).
Debrief build_debrief(const Session& session, const DebriefOptions& options = {});

// Re-scores `transcript` against `scenario` (so scores follow the current engine), then builds
// the debrief as above. Throws TranscriptError when the transcript no longer fits the scenario.
Debrief build_debrief(std::shared_ptr<const Scenario> scenario, const ScoreBounds& bounds, const Transcript& transcript,
                      const DebriefOptions& options = {});

struct Turn;
// What the debrief says of one typed turn of a live session: the cues met, missed and avoided,
// why any did not count, and the model answer as the better reply. The app and the terminal
// draw this rather than working it out again.
DebriefTurn explain_typed_turn(const Session& s, const Turn& turn);

// How many turns a debrief marks as the ones where mood moved most.
constexpr int kMoodMomentsMarked = 2;

}  // namespace hallsim
