// The citizen's face, drawn with ImGui's draw lists: brows, mouth and colour follow the mood.
#pragma once

#include <string>

struct ImDrawList;
struct ImVec2;

namespace hallsim::app {

// anger and trust in 0..100; preset: calm, angry, elderly, vip, anxious, young (others: calm).
void draw_portrait(ImDrawList* draw, const ImVec2& centre, float radius, const std::string& preset, float anger,
                   float trust);

}  // namespace hallsim::app
