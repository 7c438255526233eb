// xAPI 1.0.3 statements for one attempt, made from its transcript: `attempted` at the start,
// `answered` for each reply, then `completed` and `passed` or `failed` when it reached an ending.
// docs/history-and-xapi.md lists every IRI.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "model/scenario.hpp"
#include "transcript/transcript.hpp"

namespace hallsim {

// Every HallSim IRI starts here: a permanent-identifier namespace, so the IRIs stay the same
// whoever hosts the documentation they redirect to.
inline constexpr const char* kXapiIriBase = "https://w3id.org/hallsim/xapi/";
// The actor's account lives on this homePage unless lrs.conf or --home-page names the
// organisation's own training system.
inline constexpr const char* kDefaultHomePage = "https://w3id.org/hallsim/trainees";

// The ids of one attempt's statements, made once and kept beside the transcript (xapi_ids.hpp).
struct StatementIds {
  std::string registration;           // context.registration of every statement
  std::string attempted;
  std::vector<std::string> answered;  // one per turn
  std::string completed;
  std::string result;  // the `passed` or `failed` statement
};

struct XapiOptions {
  std::string home_page = kDefaultHomePage;
  std::string platform = "HallSim";
};

// The statements, in order. `scenario` (may be null) supplies the choices of choice turns and is
// required when the transcript has any (Transcript::has_choice_turns). Throws
// std::invalid_argument when the transcript names a node or choice the scenario lacks, or has
// more turns than `ids`.
nlohmann::ordered_json xapi_statements(const Transcript& transcript, const Scenario* scenario, const StatementIds& ids,
                                       const XapiOptions& options = {});

// The IRI of an extension: kXapiIriBase + "extensions/" + name.
std::string xapi_extension(const std::string& name);
// The activity of a scenario, and of one of its nodes.
std::string scenario_activity(const std::string& scenario_id);
std::string node_activity(const std::string& scenario_id, const std::string& node_id);

}  // namespace hallsim
