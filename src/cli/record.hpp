// Recording a finished attempt in the history from a command (`run --record`, `play`).
#pragma once

#include <string>

#include "run/session.hpp"

namespace hallsim::cli {

// The folder given with --data-dir, else the XDG data folder.
std::string resolve_data_dir(const std::string& option);

// Records the attempt (its transcript text as written) and says on stderr what happened. A
// failure keeps the transcript, says where, and how to record it later; it returns kUsage (an
// I/O error), else kOk. An attempt that did not reach an ending is not recorded.
int record_in_history(const Session& session, const std::string& transcript_text, const std::string& data_dir_option);

}  // namespace hallsim::cli
