// The scenario of a transcript for `hallsim report` and `hallsim xapi`, with the messages a user
// needs when it is missing or has changed. The search itself is the engine's
// (transcript/played_scenario.hpp).
#pragma once

#include <string>

#include "load/loader.hpp"
#include "transcript/transcript.hpp"

namespace hallsim::cli {

// `explicit_path` when given; else the scenario file beside the transcript or in the shipped
// library (the version played, else one with the recorded id, or with `exact_only` only the
// version played). Warns on stderr when the scenario found is not the exact content the attempt
// was played on. Messages are in `language`. Returns a failed LoadResult (with a message, and `exit` set) when there is none.
LoadResult scenario_for_transcript(const char* command, const std::string& language, const std::string& transcript_path,
                                   const Transcript& transcript,
                                   const std::string& explicit_path, int& exit, bool exact_only = false);

}  // namespace hallsim::cli
