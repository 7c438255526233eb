// The transcript of an attempt (JSON) and the one-object result `hallsim run --json` prints.
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "run/session.hpp"

namespace hallsim {

// Keys keep the documented order.
using OrderedJson = nlohmann::ordered_json;

// {"scenario", "ending", "path", "scores", "steps", "mood", "rating"}: the documented shape.
OrderedJson result_json(const Session& session);

// Everything about the attempt: scenario id, version and hash, trainee, times, language, each
// turn, the path, the ending and the totals.
OrderedJson transcript_json(const Session& session, const std::string& finished_at = {});

// Replays a transcript's replies against `scenario` (re-scoring it). Throws std::invalid_argument
// when the transcript is malformed or its replies no longer fit the scenario.
Session replay_transcript(std::shared_ptr<const Scenario> scenario, const ScoreBounds& bounds,
                          const nlohmann::json& transcript);

}  // namespace hallsim
