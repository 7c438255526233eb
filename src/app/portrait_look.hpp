// What tells one portrait from another at a glance (hair, clothes, age), for the drawing in
// portrait.cpp and its parts (portrait_hair.cpp, portrait_body.cpp).
#pragma once

#include <string>

#include <imgui.h>

#include "sketch.hpp"

namespace hallsim::app::portrait {

enum class Hair { neat, tousled, perm, slicked, long_side, fringe, ponytail };
enum class Outfit { shirt_sweater, work_jacket, cardigan, suit, soft_cardigan, hoodie, staff_vest, staff_blazer };

struct Look {
  ImU32 skin = 0, hair = 0, brow = 0;
  Hair hair_style = Hair::neat;
  Outfit outfit = Outfit::shirt_sweater;
  ImU32 clothes = 0, trim = 0;  // the main garment and what shows at the neck (collar, tie, top)
  float brow_width = 0.075f;    // in head radii
  bool glasses = false, age_lines = false, grey_temples = false;
  bool lanyard = false;  // staff wear their badge on a lanyard
};

// A citizen by portrait preset (calm, angry, elderly, vip, anxious, young; anything else: calm).
Look look_for(const std::string& kind);
// Service-hall staff: a colleague in the navy uniform vest, a supervisor in a blazer and tie.
Look staff_look(bool supervisor);

// Hair behind the head (drawn first) and over it (drawn after the face's skin).
void hair_behind(const sketch::Canvas& c, const Look& l, float head_y);
void hair_front(const sketch::Canvas& c, const Look& l, float head_y);
// Neck, shoulders and clothes, the lanyard and badge over them.
void body(const sketch::Canvas& c, const Look& l, float shoulder_y);

}  // namespace hallsim::app::portrait
