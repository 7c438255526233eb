// The transcript of an attempt: written as JSON from a Session (transcript_json), read back
// into a typed Transcript in exactly one place (read_transcript), which checks every field the
// readers use and answers damage one way: TranscriptError naming the field and what it must be.
// The history, the debrief, xAPI and the scenario lookup all read the typed Transcript.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "run/session.hpp"

namespace hallsim {

// Keys keep the documented order.
using OrderedJson = nlohmann::ordered_json;

inline constexpr int kTranscriptFormatVersion = 1;

// A transcript that cannot be read: not one, from a newer HallSim, or damaged. The message says
// which field and what it must be.
class TranscriptError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

struct TranscriptTurn {
  std::string node;
  std::string line;  // what the trainee answered
  bool typed = false;
  std::string reply;  // the text typed or chosen
  int choice = 0;     // choice turns: the node's choice, 1-based
  double response_s = 0;
  int time_limit = 0;
  bool late = false;
  ScoreVector deltas{};
  std::vector<std::pair<std::string, int>> mood;  // each mood after the reply
  std::optional<Step> step;
  std::vector<std::string> cues, missed_cues;  // typed turns
  std::optional<ClassVote> vote;               // a damaged vote is left out, not trusted
};

struct TranscriptEnding {
  std::string node;  // "" when the attempt got stuck
  Outcome outcome = Outcome::failed;
  std::optional<Rating> rating;
  std::string summary;
};

struct TranscriptDimension {
  int raw = 0, best = 0;
  double percent = 0;
};

struct TranscriptTotals {
  std::array<TranscriptDimension, kDimensions> dimensions{};  // empathy, timeliness, solution
  double overall = 0;
  bool passed = false;
  std::string grade;
  int late_replies = 0;
};

struct TranscriptSteps {
  std::vector<Step> performed, attempted, missed, out_of_order;
};

struct Transcript {
  struct PlayedScenario {
    std::string id;
    int version = 1;
    std::string hash;  // SHA-256 of the scenario file's bytes
    std::string title;
  } scenario;
  std::string trainee;
  std::string started_at;   // ISO 8601, UTC
  std::string finished_at;  // "" when the attempt was kept unfinished
  std::string language;
  std::vector<TranscriptTurn> turns;
  std::vector<std::string> path;
  std::optional<TranscriptEnding> ending;  // none when unfinished
  TranscriptTotals totals;
  TranscriptSteps steps;

  bool has_choice_turns() const;
};

// {"scenario", "ending", "path", "scores", "steps", "mood", "rating"}: the documented shape.
OrderedJson result_json(const Session& session);

// Everything about the attempt: scenario id, version and hash, trainee, times, language, each
// turn, the path, the ending and the totals.
OrderedJson transcript_json(const Session& session, const std::string& finished_at = {});

// The one reader. Throws TranscriptError.
Transcript read_transcript(const nlohmann::json& transcript);
Transcript read_transcript_text(std::string_view json_text);

// Replays a transcript's replies against `scenario` (re-scoring it). `language` overrides the
// transcript's. Throws TranscriptError when its replies no longer fit the scenario.
Session replay_transcript(std::shared_ptr<const Scenario> scenario, const ScoreBounds& bounds, const Transcript& transcript,
                          const std::string& language = {});

}  // namespace hallsim
