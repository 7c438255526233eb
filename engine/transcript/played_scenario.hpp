// Finding the scenario file a transcript was played on, so that it can be replayed (re-scored)
// or its choices listed. One search for every command that reads a transcript.
#pragma once

#include <string>
#include <vector>

#include "transcript/transcript.hpp"

namespace hallsim {

struct PlayedScenarioFile {
  enum class Match {
    none,     // no file in the folders is this scenario
    exact,    // the file has the content hash the attempt recorded: the very version played
    same_id,  // a file with the recorded id, changed since (or an attempt without a hash)
  };
  Match match = Match::none;
  std::string path;
};

// Searches `folders` in order, each for scenario files directly inside it (test plans left out,
// `<id>.yaml` first): a file with the recorded content hash anywhere wins over one with the
// recorded id. With `exact_only`, a changed file does not count.
PlayedScenarioFile find_played_scenario(const Transcript& transcript, const std::vector<std::string>& folders,
                                        bool exact_only = false);

// The folders to search for a transcript at `transcript_path`: its own folder (or "." when it
// has none), then `library` when given.
std::vector<std::string> played_scenario_folders(const std::string& transcript_path, const std::string& library);

}  // namespace hallsim
