#include "portrait_look.hpp"

namespace hallsim::app::portrait {

using sketch::rgb;

namespace {

Look make(ImU32 skin, ImU32 hair, ImU32 brow, Hair style, Outfit outfit, ImU32 clothes, ImU32 trim, float brow_width) {
  Look l;
  l.skin = skin;
  l.hair = hair;
  l.brow = brow;
  l.hair_style = style;
  l.outfit = outfit;
  l.clothes = clothes;
  l.trim = trim;
  l.brow_width = brow_width;
  return l;
}

// Each preset as it has always been drawn, before `presents` is applied.
Look preset_look(const std::string& kind) {
  if (kind == "angry")  // a work jacket, tousled hair, heavy brows
    return make(rgb(236, 196, 160), rgb(38, 32, 30), rgb(35, 28, 25), Hair::tousled, Outfit::work_jacket, rgb(84, 96, 70),
                rgb(60, 68, 50), 0.095f);
  if (kind == "elderly") {  // white permed hair, reading glasses, lines, a maroon cardigan
    Look l = make(rgb(240, 212, 186), rgb(222, 222, 226), rgb(150, 145, 145), Hair::perm, Outfit::cardigan,
                  rgb(128, 48, 62), rgb(238, 230, 215), 0.06f);
    l.glasses = true;
    l.age_lines = true;
    return l;
  }
  if (kind == "vip") {  // slicked hair greying at the temples, dark suit and tie
    Look l = make(rgb(238, 204, 172), rgb(30, 30, 34), rgb(30, 28, 28), Hair::slicked, Outfit::suit, rgb(40, 46, 62),
                  rgb(170, 30, 42), 0.075f);
    l.grey_temples = true;
    return l;
  }
  if (kind == "anxious")  // shoulder-length hair, a soft cardigan
    return make(rgb(246, 218, 196), rgb(92, 62, 44), rgb(80, 55, 40), Hair::long_side, Outfit::soft_cardigan,
                rgb(150, 178, 150), rgb(245, 240, 228), 0.055f);
  if (kind == "young")  // a fringe over the forehead and a hoodie
    return make(rgb(244, 210, 178), rgb(26, 24, 28), rgb(30, 26, 26), Hair::fringe, Outfit::hoodie, rgb(46, 128, 140),
                rgb(235, 235, 235), 0.07f);
  // calm: neat short hair, a shirt collar over a sweater
  return make(rgb(240, 206, 174), rgb(48, 40, 36), rgb(45, 36, 32), Hair::neat, Outfit::shirt_sweater, rgb(84, 104, 140),
              rgb(236, 240, 246), 0.075f);
}

}  // namespace

Look look_for(const std::string& kind, Presents presents) { return presenting(preset_look(kind), kind, presents); }

Look staff_look(Speaker who) {
  if (who == Speaker::guard) {  // short hair under a peaked cap, a dark uniform with epaulettes
    Look l = make(rgb(232, 194, 160), rgb(30, 28, 28), rgb(34, 28, 26), Hair::crew, Outfit::guard_uniform,
                  rgb(30, 36, 52), rgb(150, 184, 220), 0.085f);
    l.cap = true;
    l.face_width = 0.82f;
    return l;
  }
  bool supervisor = who == Speaker::supervisor;
  Look l = supervisor ? make(rgb(238, 204, 172), rgb(40, 38, 40), rgb(40, 36, 34), Hair::neat, Outfit::staff_blazer,
                             rgb(30, 42, 72), rgb(34, 60, 120), 0.07f)
                      : make(rgb(244, 214, 188), rgb(40, 32, 30), rgb(50, 40, 36), Hair::ponytail, Outfit::staff_vest,
                             rgb(32, 52, 96), rgb(206, 224, 244), 0.06f);
  l.glasses = supervisor;
  l.grey_temples = supervisor;
  l.lanyard = true;
  return l;
}

}  // namespace hallsim::app::portrait
