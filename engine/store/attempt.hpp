// One finished attempt as the history keeps it, read from its transcript, and the progress a
// trainee made on a scenario: the first, best and latest attempts.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/scenario.hpp"
#include "transcript/transcript.hpp"

namespace hallsim {

struct DimensionScore {
  int raw = 0;
  double percent = 0;
};

struct AttemptRow {
  std::int64_t id = 0;  // 0 until stored
  std::string trainee;
  std::string scenario_id;
  int scenario_version = 1;
  std::string scenario_hash;
  std::string started_at;   // ISO 8601, UTC
  std::string finished_at;  // ISO 8601, UTC
  double duration_s = 0;
  std::array<DimensionScore, kDimensions> dimensions{};  // empathy, timeliness, solution
  double overall = 0;
  bool passed = false;
  std::string outcome;
  std::string rating;
  std::string transcript_path;
  std::string transcript_sha256;  // "" for rows recorded before schema 2
};

// The row for a transcript. Throws TranscriptError when the attempt never reached an ending
// (only finished attempts count).
AttemptRow attempt_from_transcript(const Transcript& transcript);

struct Progress {
  std::string trainee;
  std::string scenario_id;
  int attempts = 0;
  AttemptRow first;   // the earliest
  AttemptRow best;    // the highest overall; the earlier one on a tie
  AttemptRow latest;  // the most recent
  // Per dimension (empathy, timeliness, solution): the percent every attempt earned, oldest first.
  std::array<std::vector<double>, kDimensions> trend{};
};

// Rows of one trainee on one scenario, in any order; nullopt when there are none.
std::optional<Progress> progress_of(const std::vector<AttemptRow>& rows);

// One Progress per (scenario, trainee) in `rows`, sorted by scenario then trainee.
std::vector<Progress> progress_by_scenario(const std::vector<AttemptRow>& rows);

}  // namespace hallsim
