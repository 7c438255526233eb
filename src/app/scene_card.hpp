// The narrator has no face: their lines set the scene, so they get a quiet card with the service
// hall drawn on it instead of a person.
#pragma once

struct ImDrawList;
struct ImVec2;

namespace hallsim::app {

void draw_scene_card(ImDrawList* draw, const ImVec2& min, const ImVec2& max);

}  // namespace hallsim::app
