// Small drawing helpers shared by the panels.
#pragma once

#include <string>
#include <string_view>

#include <imgui.h>

#include "model/scenario.hpp"

namespace hallsim::app {

// fmt-style "{}" replaced by `value` in a UI phrase.
std::string fill(std::string_view phrase, const std::string& value);
// A horizontal bar filled to `fraction`, with a label drawn over it.
void bar(float fraction, const std::string& label, ImU32 colour, float height = 0);
// Text that wraps at the window's edge.
void wrapped(const std::string& text);
// Score deltas as "共情 +2 · 及时性 -1".
std::string deltas_text(const ScoreVector& d, const std::string& lang);
ImU32 outcome_colour(Outcome o);

}  // namespace hallsim::app
