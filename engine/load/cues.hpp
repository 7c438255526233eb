// Reading scores, effects and cues, shared by scenarios and rubric files.
#pragma once

#include <vector>

#include "load/reader.hpp"
#include "model/scenario.hpp"

namespace hallsim::load {

ScoreVector read_scores(Reader& r, const yaml::Node& node);
// Effects as written; their variables are resolved with resolve_effects.
std::vector<Effect> read_effects(Reader& r, const yaml::Node& node);
// Links each effect to a variable, reporting unknown names and type mismatches to `sink`.
void resolve_effects(std::vector<Effect>& effects, const std::vector<Variable>& variables, DiagnosticSink& sink);
std::vector<Cue> read_cues(Reader& r, const yaml::Node& list, const std::string& language);

// The conduct check as a cue of its own (id "conduct", first in a free-text node's cues): the
// conduct lexicon's phrases, and what `rules` say a flagged reply costs.
Cue conduct_cue(const ScoringRules& rules);
// anger +10 and trust -10, for whichever of the two moods the scenario has.
std::vector<Effect> default_conduct_effects(const std::vector<Variable>& variables);

}  // namespace hallsim::load
