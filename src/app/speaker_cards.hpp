// Speakers without a face in the hall get a card instead of a portrait: the narrator, whose
// lines set the scene, a card with the service hall; a caller on the telephone a card with a
// ringing handset, so the trainee sees at once that the person is not at the counter.
#pragma once

struct ImDrawList;
struct ImVec2;

namespace hallsim::app {

void draw_scene_card(ImDrawList* draw, const ImVec2& min, const ImVec2& max);
void draw_phone_card(ImDrawList* draw, const ImVec2& min, const ImVec2& max);

}  // namespace hallsim::app
