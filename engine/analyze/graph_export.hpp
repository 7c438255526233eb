// The branching graph as Graphviz DOT or Mermaid, with every label escaped for its format.
#pragma once

#include <string>

#include "model/scenario.hpp"

namespace hallsim {

std::string graph_dot(const Scenario& s, const std::string& language);
std::string graph_mermaid(const Scenario& s, const std::string& language);

}  // namespace hallsim
