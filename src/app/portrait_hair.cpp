// The portrait's hair, one style per look: behind the head, then over it.
#include <cmath>
#include <cstdlib>

#include "portrait_look.hpp"

namespace hallsim::app::portrait {

using sketch::blend;
using sketch::Canvas;
using sketch::kPi;
using sketch::rgb;

namespace {

// Streaks of grey above the ears, drawn thin so they read as hair, not as ear muffs.
void grey_temples(const Canvas& c, float y) {
  for (float side : {-1.0f, 1.0f})
    for (int i = 0; i < 3; ++i) {
      float x = side * (0.7f + 0.04f * static_cast<float>(i));
      c.curve(x, y - 0.2f, x - side * 0.02f, y - 0.38f, x - side * 0.1f, y - 0.55f, rgb(175, 175, 180), 0.03f);
    }
}

// Locks falling in front of the ears to the jaw (a bob) or past it (long hair).
void side_locks(const Canvas& c, const Look& l, float y, float length) {
  for (float side : {-1.0f, 1.0f}) c.ellipse(side * 0.74f, y - 0.15f + length / 2, 0.16f, 0.2f + length / 2, l.hair, side * 0.1f);
}

// Hair pulled back smoothly from a middle parting.
void middle_parting(const Canvas& c, const Look& l, float y) {
  c.ellipse_segment(0, y, 0.84f, 0.97f, kPi + 0.72f, 2 * kPi - 0.72f, l.hair);
  c.ellipse(-0.3f, y - 0.68f, 0.42f, 0.16f, l.hair, 0.35f);
  c.ellipse(0.3f, y - 0.68f, 0.42f, 0.16f, l.hair, -0.35f);
}

// Long hair behind the head, down to the shoulders (the body covers the rest).
void long_behind(const Canvas& c, const Look& l, float y) {
  c.ellipse(0, y + 0.2f, 0.98f, 1.12f, l.hair);
  c.quad(ImVec2(-0.98f, y + 0.2f), ImVec2(0.98f, y + 0.2f), ImVec2(0.92f, y + 1.05f), ImVec2(-0.92f, y + 1.05f), l.hair);
}

void straight_fringe(const Canvas& c, const Look& l, float y) {
  c.ellipse_segment(0, y, 0.86f, 0.98f, kPi + 0.3f, 2 * kPi - 0.3f, l.hair);
  for (int i = -3; i <= 3; ++i) {
    float x = 0.22f * static_cast<float>(i);
    c.triangle(ImVec2(x - 0.16f, y - 0.55f), ImVec2(x + 0.16f, y - 0.55f), ImVec2(x + 0.04f, y - 0.38f), l.hair);
  }
}

}  // namespace

void hair_behind(const Canvas& c, const Look& l, float head_y) {
  switch (l.hair_style) {
    case Hair::long_side:
    case Hair::long_straight:
    case Hair::long_fringe: long_behind(c, l, head_y); break;
    case Hair::bob:  // full at the sides, ending at the jaw
      c.ellipse(0, head_y - 0.05f, 0.97f, 1.0f, l.hair);
      c.quad(ImVec2(-0.97f, head_y), ImVec2(0.97f, head_y), ImVec2(0.9f, head_y + 0.62f), ImVec2(-0.9f, head_y + 0.62f), l.hair);
      break;
    case Hair::bun:  // drawn up into a bun on the crown, a band round its base
      c.ellipse(0, head_y - 0.15f, 0.86f, 0.86f, l.hair);
      c.ellipse(0, head_y - 1.04f, 0.3f, 0.24f, l.hair);
      c.line(-0.2f, head_y - 0.88f, 0.2f, head_y - 0.88f, sketch::blend(l.hair, rgb(255, 255, 255), 0.3f), 0.03f);
      break;
    case Hair::receding:  // only round the sides and back: the crown shows
      for (float side : {-1.0f, 1.0f}) c.ellipse(side * 0.76f, head_y - 0.22f, 0.16f, 0.36f, l.hair);
      break;
    case Hair::crew: c.ellipse(0, head_y - 0.1f, 0.85f, 0.88f, l.hair); break;
    case Hair::perm:
      c.ellipse(0, head_y - 0.2f, 0.98f, 0.92f, l.hair);
      break;
    case Hair::ponytail:  // tied back: a bun shows behind the crown
      c.ellipse(0, head_y - 0.15f, 0.86f, 0.86f, l.hair);
      c.circle(0.55f, head_y - 0.82f, 0.26f, l.hair);
      break;
    default: c.ellipse(0, head_y - 0.18f, 0.88f, 0.86f, l.hair); break;
  }
}

void hair_front(const Canvas& c, const Look& l, float head_y) {
  float y = head_y;
  switch (l.hair_style) {
    case Hair::neat:  // a cap of hair with a side parting
      c.ellipse_segment(0, y, 0.84f, 0.97f, kPi + 0.72f, 2 * kPi - 0.72f, l.hair);
      c.ellipse(0.12f, y - 0.72f, 0.5f, 0.14f, l.hair, -0.15f);  // swept to one side, inside the outline
      c.curve(-0.3f, y - 0.97f, -0.34f, y - 0.85f, -0.3f, y - 0.74f, blend(l.hair, rgb(255, 255, 255), 0.18f), 0.025f);
      if (l.grey_temples)
        grey_temples(c, y);
      break;
    case Hair::tousled:  // short and untidy: tufts standing up
      c.ellipse_segment(0, y, 0.84f, 0.97f, kPi + 0.72f, 2 * kPi - 0.72f, l.hair);
      for (int i = -3; i <= 3; ++i) {
        float x = 0.2f * static_cast<float>(i);
        float top = y - 0.98f - 0.1f * std::cos(static_cast<float>(i) * 0.5f) + 0.05f * static_cast<float>(std::abs(i));
        c.triangle(ImVec2(x - 0.16f, y - 0.74f), ImVec2(x + 0.08f, top), ImVec2(x + 0.16f, y - 0.7f), l.hair);
      }
      break;
    case Hair::perm:  // small tight curls all round the crown
      for (int i = 0; i < 9; ++i) {
        float a = kPi + 0.15f + static_cast<float>(i) * (kPi - 0.3f) / 8;
        c.circle(0.86f * std::cos(a), y - 0.12f + 0.9f * std::sin(a), 0.22f, l.hair);
      }
      c.ellipse_segment(0, y, 0.84f, 0.96f, kPi + 0.45f, 2 * kPi - 0.45f, l.hair);
      for (int i = 0; i < 5; ++i)
        c.arc(-0.5f + 0.25f * static_cast<float>(i), y - 0.78f, 0.1f, 0.08f, 0, kPi, rgb(190, 190, 196), 0.03f);
      break;
    case Hair::slicked:  // combed straight back, greying at the temples
      c.ellipse_segment(0, y, 0.84f, 0.97f, kPi + 0.62f, 2 * kPi - 0.62f, l.hair);
      c.ellipse(0.1f, y - 0.64f, 0.7f, 0.16f, l.hair, -0.08f);
      for (int i = 0; i < 4; ++i)
        c.curve(-0.5f + 0.28f * static_cast<float>(i), y - 0.6f, -0.45f + 0.28f * static_cast<float>(i), y - 0.82f,
                -0.28f + 0.28f * static_cast<float>(i), y - 0.9f, rgb(85, 85, 94), 0.022f);
      if (l.grey_temples)
        grey_temples(c, y);
      break;
    case Hair::long_side:  // a side-swept fringe over one brow
      c.ellipse_segment(0, y, 0.86f, 0.98f, kPi + 0.4f, 2 * kPi - 0.4f, l.hair);
      c.ellipse(-0.28f, y - 0.55f, 0.55f, 0.22f, l.hair, 0.45f);
      for (float side : {-1.0f, 1.0f}) c.ellipse(side * 0.8f, y + 0.1f, 0.14f, 0.6f, l.hair, side * 0.08f);
      break;
    case Hair::fringe: straight_fringe(c, l, y); break;  // straight fringe down to the brows
    case Hair::ponytail:  // pulled back (the bun shows behind)
    case Hair::bun: middle_parting(c, l, y); break;
    case Hair::bob:  // a side parting, the hair round the face to the jaw
      c.ellipse_segment(0, y, 0.86f, 0.98f, kPi + 0.55f, 2 * kPi - 0.55f, l.hair);
      c.ellipse(0.18f, y - 0.66f, 0.6f, 0.18f, l.hair, -0.2f);
      side_locks(c, l, y, 0.75f);
      break;
    case Hair::long_straight:  // a middle parting, straight hair past the jaw
      middle_parting(c, l, y);
      side_locks(c, l, y, 1.05f);
      break;
    case Hair::long_fringe:  // a straight fringe and long hair
      straight_fringe(c, l, y);
      side_locks(c, l, y, 1.05f);
      break;
    case Hair::receding:  // a high forehead, a few combed strands over the crown
      for (int i = 0; i < 3; ++i)
        c.curve(-0.45f + 0.3f * static_cast<float>(i), y - 0.72f, -0.3f + 0.3f * static_cast<float>(i), y - 0.9f,
                -0.1f + 0.3f * static_cast<float>(i), y - 0.88f, l.hair, 0.03f);
      for (float side : {-1.0f, 1.0f}) c.ellipse(side * 0.74f, y - 0.3f, 0.1f, 0.28f, l.hair, side * 0.15f);
      break;
    case Hair::crew:  // cropped short and even, a straight hairline
      c.ellipse_segment(0, y, 0.83f, 0.96f, kPi + 0.78f, 2 * kPi - 0.78f, l.hair);
      c.quad(ImVec2(-0.6f, y - 0.7f), ImVec2(0.6f, y - 0.7f), ImVec2(0.56f, y - 0.6f), ImVec2(-0.56f, y - 0.6f), l.hair);
      break;
  }
}

void cap(const Canvas& c, float y) {
  ImU32 cloth = rgb(28, 34, 50), band = rgb(16, 18, 24), visor = rgb(10, 10, 14);
  c.ellipse(0, y - 0.98f, 1.02f, 0.36f, cloth);  // the crown, wider than the head
  c.quad(ImVec2(-0.84f, y - 0.94f), ImVec2(0.84f, y - 0.94f), ImVec2(0.82f, y - 0.6f), ImVec2(-0.82f, y - 0.6f), cloth);
  c.quad(ImVec2(-0.82f, y - 0.74f), ImVec2(0.82f, y - 0.74f), ImVec2(0.82f, y - 0.6f), ImVec2(-0.82f, y - 0.6f), band);
  c.line(-0.8f, y - 0.76f, 0.8f, y - 0.76f, rgb(190, 196, 206), 0.025f);  // the cord above the visor
  c.lens(-0.86f, y - 0.6f, 0.86f, y - 0.6f, y - 0.61f, y - 0.4f, visor);
  c.arc(0, y - 0.56f, 0.6f, 0.1f, 0.4f, kPi - 0.4f, rgb(90, 96, 110), 0.02f);  // the visor's shine
  // The badge: a silver shield with a blue centre.
  c.triangle(ImVec2(-0.14f, y - 0.98f), ImVec2(0.14f, y - 0.98f), ImVec2(0, y - 0.74f), rgb(205, 210, 218));
  c.circle(0, y - 0.93f, 0.12f, rgb(205, 210, 218));
  c.circle(0, y - 0.91f, 0.06f, rgb(40, 80, 160));
}

}  // namespace hallsim::app::portrait
