// The trainee's earlier attempts at a scenario, from the history, for the debrief's progress.
#pragma once

#include <string>
#include <vector>

#include "debrief/debrief.hpp"

namespace hallsim {

// Attempts of `trainee` at `scenario_id` recorded in DATA_DIR's history, oldest first, without
// the attempt being reported, known by the SHA-256 of its transcript text. Empty when nothing is
// recorded; a history that cannot be read shows no progress rather than stopping the report.
std::vector<PastAttempt> past_attempts(const std::string& data_dir, const std::string& trainee,
                                       const std::string& scenario_id, const std::string& this_transcript_sha256);

}  // namespace hallsim
