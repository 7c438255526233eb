// Small drawing helpers shared by the panels.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "model/scenario.hpp"

namespace hallsim::app {

// fmt-style "{}" replaced by `value` in a UI phrase.
std::string fill(std::string_view phrase, const std::string& value);
// The current font has a glyph for every character of `texts` (else its atlas needs a rebuild).
bool font_covers(const std::vector<std::string>& texts);
// A horizontal bar filled to `fraction`, with a label drawn over it.
void bar(float fraction, const std::string& label, ImU32 colour, float height = 0);
// The first `count` code points of a UTF-8 text, and the same with "…" when something was cut.
std::string utf8_prefix(const std::string& text, size_t count);
std::string shorten(const std::string& text, size_t count);
// As much of a text as fits in `width` pixels of the current font, with "…" when cut.
std::string shorten_to_width(const std::string& text, float width);
// A button as wide as the window whose text wraps; returns true when clicked.
bool wrapped_button(const std::string& label, bool highlighted = false);
// Text that wraps at the window's edge.
void wrapped(const std::string& text);
// Score deltas as "共情 +2 · 及时性 -1".
ImU32 outcome_colour(Outcome o);

}  // namespace hallsim::app
