// citizen.presents: the same preset drawn as a woman or a man. The clothes, colours and age of a
// preset stay, so each kind is still itself; the hair, the brows and a few plain cues of the face
// change. Without `presents` a preset keeps the look it always had (the angry preset reads as a
// man, the anxious and elderly ones as women), so older scenarios look as they did.
#include <algorithm>

#include "portrait_look.hpp"

namespace hallsim::app::portrait {

namespace {

struct HairFor {
  Hair woman, man;
};

// One hair style each way per preset, all different from each other and from staff, so no two
// people on the portrait sheet share a head.
HairFor hair_for(const std::string& kind) {
  if (kind == "angry") return {Hair::long_straight, Hair::tousled};
  if (kind == "elderly") return {Hair::perm, Hair::receding};
  if (kind == "vip") return {Hair::bun, Hair::slicked};
  if (kind == "anxious") return {Hair::long_side, Hair::crew};
  if (kind == "young") return {Hair::long_fringe, Hair::fringe};
  return {Hair::bob, Hair::neat};  // calm
}

}  // namespace

Look presenting(Look look, const std::string& kind, Presents presents) {
  if (presents == Presents::preset) return look;
  HairFor hair = hair_for(kind);
  if (presents == Presents::woman) {
    look.hair_style = hair.woman;
    look.brow_width = std::min(look.brow_width, 0.06f);  // finer brows
    look.lashes = true;
    look.lip_colour = true;
    look.face_width = 0.77f;
    look.tie = false;  // a suit over an open collar
  } else {
    look.hair_style = hair.man;
    look.brow_width = std::max(look.brow_width, 0.08f);
    look.face_width = 0.83f;
  }
  return look;
}

}  // namespace hallsim::app::portrait
