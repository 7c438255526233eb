#include "debrief/past_attempts.hpp"

#include "store/history.hpp"

namespace hallsim {

std::vector<PastAttempt> past_attempts(const std::string& data_dir, const std::string& trainee,
                                       const std::string& scenario_id, const std::string& this_transcript_sha256) {
  std::vector<PastAttempt> past;
  try {
    auto history = History::open_existing(history_file(data_dir));
    if (!history) return past;
    for (const AttemptRow& row : history->attempts_for(trainee, scenario_id))
      if (row.transcript_sha256 != this_transcript_sha256)
        past.push_back({row.finished_at, row.overall,
                        {row.dimensions[0].percent, row.dimensions[1].percent, row.dimensions[2].percent}});
  } catch (const std::exception&) {
    past.clear();
  }
  return past;
}

}  // namespace hallsim
