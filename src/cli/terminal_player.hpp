// Playing a scenario in a terminal: numbered replies, typed replies, then the debrief in text.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>

#include "model/scenario.hpp"
#include "run/session.hpp"

namespace hallsim::cli {

struct PlayOptions {
  std::string language;  // "" = the scenario's
  std::string trainee;
  std::string transcript_path;  // written when the attempt ends, if given
  bool record = true;           // add the finished attempt to the history
  std::string data_dir;         // the history's folder; "" = the XDG data folder
  bool resume = false;          // continue the attempt journaled there, if it is of this scenario
};

// Returns the exit status.
int play_in_terminal(std::shared_ptr<const Scenario> scenario, const ScoreBounds& bounds, const PlayOptions& options,
                     std::istream& in, std::ostream& out);

// The debrief in plain text: scores, steps, and each turn with its feedback and a better reply.
void print_debrief(const Session& session, std::ostream& out);

// Lists the shipped library and plays the one picked.
int play_library();

}  // namespace hallsim::cli
