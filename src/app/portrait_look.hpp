// What tells one portrait from another at a glance (hair, clothes, age), for the drawing in
// portrait.cpp and its parts (portrait_hair.cpp, portrait_body.cpp).
#pragma once

#include <string>

#include <imgui.h>

#include "model/scenario.hpp"
#include "sketch.hpp"

namespace hallsim::app::portrait {

enum class Hair { neat, tousled, perm, slicked, long_side, fringe, ponytail, bob, long_straight, long_fringe, bun,
                  receding, crew };
enum class Outfit { shirt_sweater, work_jacket, cardigan, suit, soft_cardigan, hoodie, staff_vest, staff_blazer, guard_uniform };

struct Look {
  ImU32 skin = 0, hair = 0, brow = 0;
  Hair hair_style = Hair::neat;
  Outfit outfit = Outfit::shirt_sweater;
  ImU32 clothes = 0, trim = 0;  // the main garment and what shows at the neck (collar, tie, top)
  float brow_width = 0.075f;    // in head radii
  bool glasses = false, age_lines = false, grey_temples = false;
  bool lanyard = false;  // staff wear their badge on a lanyard
  bool tie = true;       // with a suit or blazer
  bool cap = false;      // the guard's peaked cap
  // Plain cues of a woman's face (citizen.presents: woman): lashes at the outer corners, a little
  // colour on the lips. The head's half width in head radii (a man's face a little broader).
  bool lashes = false, lip_colour = false;
  float face_width = 0.8f;
};

// A citizen by portrait preset (calm, angry, elderly, vip, anxious, young; anything else: calm),
// as a woman or a man when the scenario says so (portrait_presents.cpp), else as each preset
// always looked.
Look look_for(const std::string& kind, Presents presents = Presents::preset);
// How `presents` changes a preset's look: hair, brows, face.
Look presenting(Look look, const std::string& kind, Presents presents);
// Service-hall staff: a colleague in the navy uniform vest, a supervisor in a blazer and tie, the
// security guard (保安) in uniform and peaked cap. Other speakers get the colleague.
Look staff_look(Speaker who);

// Hair behind the head (drawn first) and over it (drawn after the face's skin); the guard's cap
// over the hair.
void hair_behind(const sketch::Canvas& c, const Look& l, float head_y);
void hair_front(const sketch::Canvas& c, const Look& l, float head_y);
void cap(const sketch::Canvas& c, float head_y);
// Neck, shoulders and clothes, the lanyard and badge over them.
void body(const sketch::Canvas& c, const Look& l, float shoulder_y);

}  // namespace hallsim::app::portrait
