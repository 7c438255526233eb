// Finding the scenario a transcript was recorded on, so that it can be replayed and re-scored.
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "model/scenario.hpp"

namespace hallsim::cli {

// `explicit_path` when given; else a scenario file beside the transcript, then in the shipped
// library: the one with the recorded content hash, else one with the recorded id. Warns on stderr
// when the scenario found is not the exact content the attempt was played on. Returns null (with
// a message, and `exit` set) when there is none.
LoadResult scenario_for_transcript(const std::string& transcript_path, const nlohmann::json& transcript, const std::string& explicit_path, int& exit);

}  // namespace hallsim::cli
