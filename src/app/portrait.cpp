#include "portrait.hpp"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "sketch.hpp"
#include "run/session.hpp"
#include "scene_card.hpp"

namespace hallsim::app {

namespace {

using sketch::blend;
using sketch::Canvas;
using sketch::rgb;

constexpr float kPi = 3.14159265f;
// Staff are composed and friendly whatever the citizen feels.
constexpr Mood kStaffMood{5, 80, 0};

enum class Hair { neat, tousled, perm, slicked, long_side, fringe, ponytail };
enum class Outfit { shirt_sweater, work_jacket, cardigan, suit, soft_cardigan, hoodie, staff_vest, staff_blazer };

// What tells one portrait kind from another at a glance: hair, clothes, age.
struct Look {
  ImU32 skin, hair, brow;
  Hair hair_style;
  Outfit outfit;
  ImU32 clothes, trim;
  float brow_width;
  bool glasses = false, age_lines = false, grey_temples = false;
  bool lanyard = false;  // staff wear their badge on a lanyard
};

// Service-hall staff: a colleague in the navy uniform vest, a supervisor in a blazer and tie.
Look staff_look(bool supervisor) {
  if (supervisor) {
    Look l{rgb(238, 204, 172), rgb(40, 38, 40), rgb(40, 36, 34), Hair::neat, Outfit::staff_blazer,
           rgb(30, 42, 72), rgb(34, 60, 120), 0.07f, true};
    l.grey_temples = true;
    l.lanyard = true;
    return l;
  }
  Look l{rgb(244, 214, 188), rgb(40, 32, 30), rgb(50, 40, 36), Hair::ponytail, Outfit::staff_vest,
         rgb(32, 52, 96), rgb(206, 224, 244), 0.06f};
  l.lanyard = true;
  return l;
}

Look look_for(const std::string& kind) {
  if (kind == "angry")  // a work jacket, tousled hair, heavy brows
    return {rgb(236, 196, 160), rgb(38, 32, 30), rgb(35, 28, 25), Hair::tousled, Outfit::work_jacket,
            rgb(84, 96, 70), rgb(60, 68, 50), 0.095f};
  if (kind == "elderly")  // white permed hair, reading glasses, lines, a maroon cardigan
    return {rgb(240, 212, 186), rgb(222, 222, 226), rgb(150, 145, 145), Hair::perm, Outfit::cardigan,
            rgb(128, 48, 62), rgb(238, 230, 215), 0.06f, true, true};
  if (kind == "vip")  // slicked hair greying at the temples, dark suit and tie
    return {rgb(238, 204, 172), rgb(30, 30, 34), rgb(30, 28, 28), Hair::slicked, Outfit::suit,
            rgb(40, 46, 62), rgb(170, 30, 42), 0.075f, false, false, true};
  if (kind == "anxious")  // shoulder-length hair, a soft cardigan
    return {rgb(246, 218, 196), rgb(92, 62, 44), rgb(80, 55, 40), Hair::long_side, Outfit::soft_cardigan,
            rgb(150, 178, 150), rgb(245, 240, 228), 0.055f};
  if (kind == "young")  // a fringe over the forehead and a hoodie
    return {rgb(244, 210, 178), rgb(26, 24, 28), rgb(30, 26, 26), Hair::fringe, Outfit::hoodie,
            rgb(46, 128, 140), rgb(235, 235, 235), 0.07f};
  // calm: neat short hair, a shirt collar over a sweater
  return {rgb(240, 206, 174), rgb(48, 40, 36), rgb(45, 36, 32), Hair::neat, Outfit::shirt_sweater,
          rgb(84, 104, 140), rgb(236, 240, 246), 0.075f};
}

// ---- hair ----

void hair_behind(const Canvas& c, const Look& l, float head_y) {
  switch (l.hair_style) {
    case Hair::long_side:
      c.ellipse(0, head_y + 0.2f, 0.98f, 1.12f, l.hair);
      c.quad(ImVec2(-0.98f, head_y + 0.2f), ImVec2(0.98f, head_y + 0.2f), ImVec2(0.92f, head_y + 1.05f),
             ImVec2(-0.92f, head_y + 1.05f), l.hair);
      break;
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

// Streaks of grey above the ears, drawn thin so they read as hair, not as ear muffs.
void grey_temples(const Canvas& c, float y) {
  for (float side : {-1.0f, 1.0f})
    for (int i = 0; i < 3; ++i) {
      float x = side * (0.7f + 0.04f * static_cast<float>(i));
      c.curve(x, y - 0.2f, x - side * 0.02f, y - 0.38f, x - side * 0.1f, y - 0.55f, rgb(175, 175, 180), 0.03f);
    }
}

void hair_front(const Canvas& c, const Look& l, float head_y) {
  float y = head_y;
  switch (l.hair_style) {
    case Hair::neat:  // a cap of hair with a side parting
      c.ellipse_segment(0, y, 0.84f, 0.97f, kPi + 0.72f, 2 * kPi - 0.72f, l.hair);
      c.ellipse(-0.34f, y - 0.72f, 0.46f, 0.16f, l.hair, 0.3f);
      c.ellipse(0.3f, y - 0.7f, 0.52f, 0.17f, l.hair, -0.3f);
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
    case Hair::fringe:  // straight fringe down to the brows
      c.ellipse_segment(0, y, 0.86f, 0.98f, kPi + 0.3f, 2 * kPi - 0.3f, l.hair);
      for (int i = -3; i <= 3; ++i) {
        float x = 0.22f * static_cast<float>(i);
        c.triangle(ImVec2(x - 0.16f, y - 0.55f), ImVec2(x + 0.16f, y - 0.55f), ImVec2(x + 0.04f, y - 0.38f), l.hair);
      }
      break;
    case Hair::ponytail:  // pulled back smoothly from a middle parting
      c.ellipse_segment(0, y, 0.84f, 0.97f, kPi + 0.72f, 2 * kPi - 0.72f, l.hair);
      c.ellipse(-0.3f, y - 0.68f, 0.42f, 0.16f, l.hair, 0.35f);
      c.ellipse(0.3f, y - 0.68f, 0.42f, 0.16f, l.hair, -0.35f);
      break;
  }
}

// ---- body ----

void body(const Canvas& c, const Look& l, float shoulder_y) {
  ImU32 shadow = blend(l.clothes, rgb(0, 0, 0), 0.25f);
  c.quad(ImVec2(-0.24f, 0.55f), ImVec2(0.24f, 0.55f), ImVec2(0.26f, shoulder_y + 0.3f), ImVec2(-0.26f, shoulder_y + 0.3f),
         blend(l.skin, rgb(120, 70, 50), 0.15f));
  c.ellipse(0, shoulder_y + 0.95f, 1.3f, 0.95f, l.clothes);
  switch (l.outfit) {
    case Outfit::shirt_sweater:  // V-neck sweater with the shirt collar showing
      c.triangle(ImVec2(-0.3f, shoulder_y), ImVec2(0.3f, shoulder_y), ImVec2(0, shoulder_y + 0.5f), l.trim);
      c.triangle(ImVec2(-0.3f, shoulder_y - 0.05f), ImVec2(0.0f, shoulder_y + 0.12f), ImVec2(-0.12f, shoulder_y + 0.22f), rgb(255, 255, 255));
      c.triangle(ImVec2(0.3f, shoulder_y - 0.05f), ImVec2(0.12f, shoulder_y + 0.22f), ImVec2(0.0f, shoulder_y + 0.12f), rgb(255, 255, 255));
      c.line(-0.3f, shoulder_y + 0.02f, 0, shoulder_y + 0.55f, shadow, 0.05f);
      c.line(0.3f, shoulder_y + 0.02f, 0, shoulder_y + 0.55f, shadow, 0.05f);
      break;
    case Outfit::work_jacket:  // zip and a turned-up collar
      c.triangle(ImVec2(-0.42f, shoulder_y - 0.12f), ImVec2(-0.02f, shoulder_y + 0.2f), ImVec2(-0.3f, shoulder_y + 0.32f), l.trim);
      c.triangle(ImVec2(0.42f, shoulder_y - 0.12f), ImVec2(0.3f, shoulder_y + 0.32f), ImVec2(0.02f, shoulder_y + 0.2f), l.trim);
      c.line(0, shoulder_y + 0.2f, 0, shoulder_y + 1.2f, rgb(200, 200, 190), 0.03f);
      c.quad(ImVec2(0.45f, shoulder_y + 0.5f), ImVec2(0.7f, shoulder_y + 0.5f), ImVec2(0.7f, shoulder_y + 0.56f),
             ImVec2(0.45f, shoulder_y + 0.56f), shadow);
      break;
    case Outfit::cardigan:  // blouse collar, cardigan with buttons
      c.triangle(ImVec2(-0.28f, shoulder_y), ImVec2(0.28f, shoulder_y), ImVec2(0, shoulder_y + 0.4f), l.trim);
      c.ellipse(-0.16f, shoulder_y + 0.06f, 0.18f, 0.1f, rgb(250, 248, 240), 0.5f);
      c.ellipse(0.16f, shoulder_y + 0.06f, 0.18f, 0.1f, rgb(250, 248, 240), -0.5f);
      for (int i = 0; i < 3; ++i) c.circle(0, shoulder_y + 0.55f + 0.25f * static_cast<float>(i), 0.04f, rgb(230, 210, 170));
      c.line(0.04f, shoulder_y + 0.4f, 0.04f, shoulder_y + 1.2f, shadow, 0.03f);
      break;
    case Outfit::suit:  // white shirt, tie, lapels, a pin
      c.triangle(ImVec2(-0.32f, shoulder_y), ImVec2(0.32f, shoulder_y), ImVec2(0, shoulder_y + 0.75f), rgb(246, 246, 250));
      c.quad(ImVec2(-0.06f, shoulder_y + 0.1f), ImVec2(0.06f, shoulder_y + 0.1f), ImVec2(0.1f, shoulder_y + 0.62f),
             ImVec2(-0.1f, shoulder_y + 0.62f), l.trim);
      c.triangle(ImVec2(-0.09f, shoulder_y + 0.02f), ImVec2(0.09f, shoulder_y + 0.02f), ImVec2(0, shoulder_y + 0.14f), l.trim);
      c.triangle(ImVec2(-0.34f, shoulder_y - 0.02f), ImVec2(-0.02f, shoulder_y + 0.78f), ImVec2(-0.46f, shoulder_y + 0.3f), shadow);
      c.triangle(ImVec2(0.34f, shoulder_y - 0.02f), ImVec2(0.46f, shoulder_y + 0.3f), ImVec2(0.02f, shoulder_y + 0.78f), shadow);
      c.circle(-0.5f, shoulder_y + 0.45f, 0.035f, rgb(220, 180, 60));
      break;
    case Outfit::soft_cardigan:  // round neck top under an open cardigan
      c.ellipse_segment(0, shoulder_y - 0.02f, 0.32f, 0.3f, 0, kPi, l.trim);
      c.line(-0.3f, shoulder_y + 0.05f, -0.12f, shoulder_y + 1.2f, shadow, 0.05f);
      c.line(0.3f, shoulder_y + 0.05f, 0.12f, shoulder_y + 1.2f, shadow, 0.05f);
      break;
    case Outfit::hoodie:  // the hood round the neck, drawstrings
      c.ellipse(0, shoulder_y + 0.02f, 0.55f, 0.2f, shadow);
      c.ellipse(0, shoulder_y - 0.02f, 0.3f, 0.1f, blend(l.skin, rgb(120, 70, 50), 0.15f));
      c.line(-0.14f, shoulder_y + 0.12f, -0.16f, shoulder_y + 0.6f, l.trim, 0.035f);
      c.line(0.14f, shoulder_y + 0.12f, 0.16f, shoulder_y + 0.6f, l.trim, 0.035f);
      break;
    case Outfit::staff_vest:  // light-blue shirt with collar under a dark V-neck vest
      c.ellipse(0, shoulder_y + 0.95f, 1.3f, 0.95f, l.trim);
      c.quad(ImVec2(-0.95f, shoulder_y + 0.2f), ImVec2(-0.3f, shoulder_y + 0.15f), ImVec2(0, shoulder_y + 0.75f),
             ImVec2(-0.8f, shoulder_y + 1.4f), l.clothes);
      c.quad(ImVec2(0.3f, shoulder_y + 0.15f), ImVec2(0.95f, shoulder_y + 0.2f), ImVec2(0.8f, shoulder_y + 1.4f),
             ImVec2(0, shoulder_y + 0.75f), l.clothes);
      c.triangle(ImVec2(-0.3f, shoulder_y - 0.05f), ImVec2(0.0f, shoulder_y + 0.12f), ImVec2(-0.14f, shoulder_y + 0.24f), rgb(240, 246, 252));
      c.triangle(ImVec2(0.3f, shoulder_y - 0.05f), ImVec2(0.14f, shoulder_y + 0.24f), ImVec2(0.0f, shoulder_y + 0.12f), rgb(240, 246, 252));
      break;
    case Outfit::staff_blazer:  // white shirt, tie, blazer lapels
      c.triangle(ImVec2(-0.32f, shoulder_y), ImVec2(0.32f, shoulder_y), ImVec2(0, shoulder_y + 0.8f), rgb(246, 246, 250));
      c.quad(ImVec2(-0.06f, shoulder_y + 0.1f), ImVec2(0.06f, shoulder_y + 0.1f), ImVec2(0.1f, shoulder_y + 0.66f),
             ImVec2(-0.1f, shoulder_y + 0.66f), l.trim);
      c.triangle(ImVec2(-0.09f, shoulder_y + 0.02f), ImVec2(0.09f, shoulder_y + 0.02f), ImVec2(0, shoulder_y + 0.14f), l.trim);
      c.triangle(ImVec2(-0.34f, shoulder_y - 0.02f), ImVec2(-0.02f, shoulder_y + 0.82f), ImVec2(-0.46f, shoulder_y + 0.3f), shadow);
      c.triangle(ImVec2(0.34f, shoulder_y - 0.02f), ImVec2(0.46f, shoulder_y + 0.3f), ImVec2(0.02f, shoulder_y + 0.82f), shadow);
      break;
  }
  if (l.lanyard) {  // a red lanyard round the neck and the white badge card it holds
    ImU32 strap = rgb(200, 40, 40);
    float b = shoulder_y + 0.32f;  // the badge's top edge
    c.line(-0.24f, shoulder_y - 0.02f, -0.12f, b + 0.02f, strap, 0.05f);
    c.line(0.24f, shoulder_y - 0.02f, 0.12f, b + 0.02f, strap, 0.05f);
    c.quad(ImVec2(-0.2f, b), ImVec2(0.2f, b), ImVec2(0.2f, b + 0.46f), ImVec2(-0.2f, b + 0.46f), rgb(250, 250, 250));
    c.quad(ImVec2(-0.2f, b), ImVec2(0.2f, b), ImVec2(0.2f, b + 0.1f), ImVec2(-0.2f, b + 0.1f), rgb(40, 90, 170));
    c.quad(ImVec2(-0.15f, b + 0.16f), ImVec2(-0.03f, b + 0.16f), ImVec2(-0.03f, b + 0.32f), ImVec2(-0.15f, b + 0.32f),
           rgb(170, 185, 205));
    c.line(0.01f, b + 0.2f, 0.15f, b + 0.2f, rgb(120, 120, 130), 0.025f);
    c.line(0.01f, b + 0.28f, 0.15f, b + 0.28f, rgb(120, 120, 130), 0.025f);
  }
}

// ---- the face ----

// One eye: the white cut by the lids, the pupil inside it, the upper lid as a line. The upper lid
// drops at the inner corner in anger and at the outer corner in worry; a real smile lifts the
// lower lid into a crescent.
void eyes(const Canvas& c, const Face& f, float y) {
  ImU32 ink = rgb(40, 30, 30);
  float open = std::clamp(f.eye_open, 0.5f, 1.5f);
  float rx = 0.15f, ry = 0.1f * open, top = y - ry;
  float inner_drop = 0.12f * std::max(f.brow_knit, 0.0f), outer_drop = 0.05f * std::max(-f.brow_knit, 0.0f);
  for (float side : {-1.0f, 1.0f}) {
    float x = side * 0.32f;
    float xi = x - side * rx, xo = x + side * rx;
    auto upper = [&](float px) { return top + outer_drop + (inner_drop - outer_drop) * (px - xo) / (xi - xo); };
    auto lower = [&](float px) {
      float u = (px - x) / rx;
      return y + ry - f.eye_smile * 1.3f * ry * (1 - u * u);
    };
    // Points of a shape pressed between the lids (still convex: lines and a concave-down curve cut it).
    auto lidded = [&](float cx, float cy, float ex, float ey, ImU32 colour) {
      constexpr int kSteps = 28;
      ImVec2 points[kSteps];
      for (int i = 0; i < kSteps; ++i) {
        float a = 2 * kPi * static_cast<float>(i) / kSteps;
        float px = cx + ex * std::cos(a), py = cy + ey * std::sin(a);
        points[i] = ImVec2(px, std::clamp(py, upper(px), std::max(upper(px), lower(px))));
      }
      c.shape(points, kSteps, colour);
    };
    lidded(x, y, rx, ry, rgb(252, 252, 250));
    float pupil = 0.07f * std::min(1.0f, 0.6f + 0.4f * open);
    lidded(x, y + 0.005f, pupil, pupil, ink);
    if (upper(x + 0.025f) < y - 0.04f) c.circle(x + 0.025f, y - 0.025f, 0.018f, rgb(255, 255, 255));
    // The lid line arches over a relaxed eye and straightens as the brow pulls on it.
    float arch = 0.035f * (1 - std::min(1.0f, std::fabs(f.brow_knit) * 1.5f));
    c.curve(xo + side * 0.02f, upper(xo) + 0.02f, x, upper(x) - arch, xi, upper(xi), ink, 0.035f);
    if (f.eye_smile > 0.3f) c.curve(xo, lower(xo) - 0.01f, x, lower(x) + 0.02f, xi, lower(xi), blend(ink, rgb(200, 150, 130), 0.6f), 0.02f);
  }
}

void brows(const Canvas& c, const Look& l, const Face& f, float y) {
  float base = y - 0.3f - 0.1f * f.brow_raise;
  for (float side : {-1.0f, 1.0f}) {
    float inner = base + 0.13f * f.brow_knit;
    float outer = base + 0.02f * f.brow_raise;
    c.curve(side * 0.52f, outer, side * 0.33f, std::min(inner, outer) - 0.05f, side * 0.13f, inner, l.brow, l.brow_width);
  }
}

void mouth(const Canvas& c, const Face& f, float y) {
  ImU32 ink = rgb(90, 40, 40), inside = rgb(120, 35, 40), teeth = rgb(250, 250, 246);
  float width = 0.25f + 0.06f * std::max(f.smile, 0.0f) - 0.05f * f.mouth_wobble;
  if (f.mouth_open > 0.05f) {  // shouting: a wide-open mouth, corners pulled down
    float corner = y + 0.04f, top = y - 0.08f - 0.06f * f.mouth_open, bottom = y + 0.12f + 0.22f * f.mouth_open;
    c.lens(-width, corner, width, corner, top, bottom, inside);
    c.lens(-width * 0.8f, corner - 0.04f, width * 0.8f, corner - 0.04f, top + 0.01f, top + 0.1f, teeth);
    return;
  }
  if (f.smile > 0.4f) {  // an open smile with teeth
    float corner = y - 0.07f * f.smile, bottom = y + 0.1f + 0.14f * f.smile;
    c.lens(-width, corner, width, corner, corner - 0.001f, bottom, inside);
    c.lens(-width * 0.85f, corner + 0.005f, width * 0.85f, corner + 0.005f, corner, corner + 0.09f, teeth);
    return;
  }
  // A closed mouth: the curve of the smile or frown, uneven when anxious.
  float corner = y - 0.08f * f.smile, middle = y + 0.16f * f.smile;
  constexpr int kSteps = 16;
  ImVec2 points[kSteps + 1];
  for (int i = 0; i <= kSteps; ++i) {
    float t = static_cast<float>(i) / kSteps, x = -width + 2 * width * t;
    float curve_y = (1 - t) * (1 - t) * corner + 2 * (1 - t) * t * middle + t * t * corner;
    curve_y += 0.03f * f.mouth_wobble * std::sin(t * 3 * kPi);
    points[i] = c.at(x, curve_y);
  }
  c.draw->AddPolyline(points, kSteps + 1, ink, 0, c.stroke(0.045f));
}

void age_lines(const Canvas& c, ImU32 skin, float y) {
  ImU32 line = blend(skin, rgb(120, 70, 50), 0.45f);
  c.arc(0, y - 0.3f, 0.35f, 0.12f, kPi + 0.5f, 2 * kPi - 0.5f, line, 0.025f);
  c.arc(0, y - 0.2f, 0.3f, 0.1f, kPi + 0.5f, 2 * kPi - 0.5f, line, 0.025f);
  for (float side : {-1.0f, 1.0f}) {
    c.line(side * 0.53f, y - 0.12f, side * 0.62f, y - 0.17f, line, 0.02f);
    c.line(side * 0.53f, y - 0.08f, side * 0.63f, y - 0.07f, line, 0.02f);
    c.curve(side * 0.16f, y + 0.22f, side * 0.3f, y + 0.33f, side * 0.3f, y + 0.5f, line, 0.025f);
  }
}

// Round reading glasses in a brown frame, or thin dark oval ones.
void glasses(const Canvas& c, float y, bool thin_dark) {
  ImU32 frame = thin_dark ? rgb(40, 40, 48) : rgb(130, 95, 60);
  float height = thin_dark ? 0.13f : 0.17f;
  for (float side : {-1.0f, 1.0f}) {
    c.ellipse(side * 0.32f, y, 0.2f, height, rgb(255, 255, 255, 40));
    c.ellipse_outline(side * 0.32f, y, 0.2f, height, frame, thin_dark ? 0.028f : 0.035f);
    c.line(side * 0.52f, y - 0.03f, side * 0.8f, y - 0.08f, frame, 0.03f);
  }
  c.curve(-0.12f, y - 0.02f, 0, y - 0.07f, 0.12f, y - 0.02f, frame, 0.03f);
}

// The anger mark drawn in comics on the temple: four red curves bent towards a centre.
void anger_mark(const Canvas& c, float x, float y, float strength) {
  ImU32 red = rgb(215, 35, 40, static_cast<int>(255 * strength));
  float s = 0.09f + 0.05f * strength;
  for (float qx : {-1.0f, 1.0f})
    for (float qy : {-1.0f, 1.0f}) {
      float toward = std::atan2(-qy, -qx);
      c.arc(x + qx * s, y + qy * s, 0.8f * s, 0.8f * s, toward - 0.75f, toward + 0.75f, red, 0.05f);
    }
}

void sweat_drop(const Canvas& c, float x, float y, float size) {
  ImU32 water = rgb(160, 205, 240), edge = rgb(70, 130, 200);
  c.triangle(ImVec2(x, y - 2.2f * size), ImVec2(x + 0.85f * size, y - 0.4f * size), ImVec2(x - 0.85f * size, y - 0.4f * size), water);
  c.circle(x, y, size, water);
  c.arc(x, y, size, size, -0.2f, kPi + 0.2f, edge, 0.02f);
  c.line(x - 0.9f * size, y - 0.35f * size, x, y - 2.2f * size, edge, 0.02f);
  c.line(x + 0.9f * size, y - 0.35f * size, x, y - 2.2f * size, edge, 0.02f);
  c.circle(x - 0.35f * size, y - 0.2f * size, 0.25f * size, rgb(255, 255, 255, 200));
}

void person(const Canvas& c, const Look& l, const Face& f) {
  float head_y = 0.06f * f.head_down;
  float shoulder_y = 1.08f - 0.16f * f.shoulders_up;
  float face_y = head_y + 0.05f * f.head_down;  // features drop a little as the chin lowers
  ImU32 skin = blend(l.skin, rgb(226, 226, 212), 0.55f * f.pallor);
  skin = blend(skin, rgb(226, 110, 92), 0.55f * f.flush);

  hair_behind(c, l, head_y);
  body(c, l, shoulder_y);
  for (float side : {-1.0f, 1.0f}) c.ellipse(side * 0.8f, face_y - 0.02f, 0.12f, 0.18f, blend(skin, rgb(150, 80, 60), 0.12f));
  c.ellipse(0, head_y, 0.8f, 0.94f, skin);
  // Anger rises into the forehead as a darker red; a warm smile puts some pink in the cheeks.
  if (f.flush > 0.02f)
    c.gradient_ellipse(0, head_y, 0.78f, 0.92f, rgb(190, 30, 30, static_cast<int>(150 * f.flush)), rgb(190, 30, 30, 0));
  if (f.eye_smile > 0.02f)
    for (float side : {-1.0f, 1.0f})
      c.ellipse(side * 0.48f, face_y + 0.2f, 0.16f, 0.09f, rgb(235, 110, 110, static_cast<int>(70 * f.eye_smile)));
  hair_front(c, l, head_y);
  if (l.age_lines) age_lines(c, skin, face_y - 0.25f);
  float eye_y = face_y - 0.12f;
  eyes(c, f, eye_y);
  brows(c, l, f, eye_y);
  c.curve(-0.06f, face_y + 0.2f, 0, face_y + 0.25f, 0.06f, face_y + 0.2f, blend(skin, rgb(120, 60, 40), 0.5f), 0.035f);
  if (l.glasses) glasses(c, eye_y, l.outfit == Outfit::staff_blazer);
  mouth(c, f, face_y + 0.48f);
  if (f.vein > 0.02f) anger_mark(c, 0.5f, head_y - 0.6f, f.vein);
  if (f.sweat > 0.02f) {
    sweat_drop(c, 0.74f, head_y - 0.45f, 0.07f);
    if (f.sweat > 0.4f) sweat_drop(c, -0.78f, head_y - 0.25f, 0.06f);
    if (f.sweat > 0.75f) sweat_drop(c, 0.88f, head_y - 0.05f, 0.055f);
  }
}

}  // namespace

void draw_speaker(ImDrawList* draw, const ImVec2& min, const ImVec2& max, Speaker speaker, const std::string& portrait_kind,
                  const Mood& mood, const PortraitTexture& image) {
  float width = max.x - min.x, height = max.y - min.y;
  if (width < 4 || height < 4) return;
  draw->PushClipRect(min, max, true);
  if (speaker == Speaker::narrator) {
    draw_scene_card(draw, min, max);
  } else if (speaker == Speaker::citizen && image.id && image.width > 0 && image.height > 0) {
    // The scenario's own picture, whole, as large as fits, standing on the bottom edge.
    float scale = std::min(width / static_cast<float>(image.width), height / static_cast<float>(image.height));
    ImVec2 size(static_cast<float>(image.width) * scale, static_cast<float>(image.height) * scale);
    ImVec2 at(min.x + (width - size.x) / 2, max.y - size.y);
    draw->AddImageRounded(image.id, at, ImVec2(at.x + size.x, at.y + size.y), ImVec2(0, 0), ImVec2(1, 1),
                          IM_COL32_WHITE, std::min(size.x, size.y) * 0.04f);
  } else {
    // A bust: the head with room for hair above, shoulders down to the bottom edge.
    float unit = std::min(width / 2.5f, height / 2.8f);
    Canvas c{draw, ImVec2(min.x + width / 2, max.y - 1.75f * unit), unit};
    if (speaker == Speaker::citizen) person(c, look_for(portrait_kind), face_for(mood, portrait_kind));
    else person(c, staff_look(speaker == Speaker::supervisor), face_for(kStaffMood));
  }
  draw->PopClipRect();
}

void draw_speaker(ImDrawList* draw, const ImVec2& min, const ImVec2& max, const Session& session, PortraitImages* images) {
  Mood mood = mood_of(session);
  Speaker speaker = session.node().speaker;
  PortraitTexture image = images && speaker == Speaker::citizen ? images->for_mood(session.scenario(), mood) : PortraitTexture{};
  draw_speaker(draw, min, max, speaker, session.scenario().citizen.portrait, mood, image);
}

}  // namespace hallsim::app
