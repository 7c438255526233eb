#include "record.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "base/shell_quote.hpp"
#include "common.hpp"
#include "store/history.hpp"
#include "base/paths.hpp"
#include "store/recording.hpp"

namespace hallsim::cli {

std::string resolve_data_dir(const std::string& option) { return option.empty() ? data_dir() : option; }

int record_in_history(const Session& session, const std::string& transcript_text, const std::string& data_dir_option) {
  if (!session.ended()) {
    fmt::print(stderr, "hallsim: the attempt did not reach an ending, so it is not recorded in the history\n");
    return kOk;
  }
  std::string dir = resolve_data_dir(data_dir_option);
  std::error_code ec;
  RecordResult r = record_attempt(dir, transcript_text, std::filesystem::current_path(ec).string());
  if (r.recorded) {
    fmt::print(stderr, "hallsim: attempt #{} recorded in {}\n", r.attempt_id, history_file(dir));
    return kOk;
  }
  fmt::print(stderr, "hallsim: the attempt was not recorded in the history: {}\n", r.error);
  if (r.transcript_path.empty()) {
    fmt::print(stderr,
               "hallsim: the transcript could not be saved anywhere; here it is. Save it to a file and run "
               "`hallsim history --import FILE`:\n{}",
               transcript_text);
    return kUsage;
  }
  fmt::print(stderr, "hallsim: its transcript is kept at {}\nhallsim: to record it later, run: hallsim history --import {}{}\n",
             r.transcript_path, shell_quoted(r.transcript_path),
             data_dir_option.empty() ? "" : " --data-dir " + shell_quoted(data_dir_option));
  return kUsage;
}

}  // namespace hallsim::cli
