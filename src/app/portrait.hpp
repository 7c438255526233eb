// Who is speaking, drawn with ImGui's draw lists: the citizen's face follows her moods (face.hpp),
// staff appear in uniform with a lanyard, the guard in uniform and cap; the narrator's lines get a
// scene card and a phone call a card with a handset, never a face.
#pragma once

#include <string>

#include "face.hpp"
#include "model/scenario.hpp"
#include "portrait_images.hpp"

struct ImDrawList;
struct ImVec2;

namespace hallsim {
class Session;
}

namespace hallsim::app {

// Fills the box from `min` to `max` with the speaker, centred and as large as fits.
// portrait_kind: calm, angry, elderly, vip, anxious, young (anything else draws as calm), drawn
// as `presents` says. A citizen with a picture of her own (`image`) is shown by it instead of
// the drawn face.
void draw_speaker(ImDrawList* draw, const ImVec2& min, const ImVec2& max, Speaker speaker,
                  const std::string& portrait_kind, Presents presents, const Mood& mood,
                  const PortraitTexture& image = {});

// The same for the line a session is on: its speaker, the scenario's portrait and the moods now.
// `images` may be null (then the drawn face is used).
void draw_speaker(ImDrawList* draw, const ImVec2& min, const ImVec2& max, const Session& session,
                  PortraitImages* images);

}  // namespace hallsim::app
