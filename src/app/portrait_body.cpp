// The portrait below the head: neck, shoulders, the clothes of each look, a staff badge.
#include <algorithm>

#include "portrait_look.hpp"

namespace hallsim::app::portrait {

using sketch::blend;
using sketch::Canvas;
using sketch::kPi;
using sketch::rgb;

namespace {

void tie(const Canvas& c, ImU32 colour, float shoulder_y, float length) {
  c.quad(ImVec2(-0.06f, shoulder_y + 0.1f), ImVec2(0.06f, shoulder_y + 0.1f), ImVec2(0.1f, shoulder_y + length),
         ImVec2(-0.1f, shoulder_y + length), colour);
  c.triangle(ImVec2(-0.09f, shoulder_y + 0.02f), ImVec2(0.09f, shoulder_y + 0.02f), ImVec2(0, shoulder_y + 0.14f), colour);
}

// The security guard: a light-blue shirt collar and dark tie under a dark uniform jacket, silver
// epaulettes, a shield on the chest and a radio clipped on the other side.
void guard_uniform(const Canvas& c, const Look& l, float shoulder_y) {
  ImU32 silver = rgb(200, 206, 216), dark = rgb(14, 16, 22);
  c.triangle(ImVec2(-0.3f, shoulder_y), ImVec2(0.3f, shoulder_y), ImVec2(0, shoulder_y + 0.55f), l.trim);
  tie(c, dark, shoulder_y, 0.5f);
  c.triangle(ImVec2(-0.32f, shoulder_y - 0.05f), ImVec2(-0.02f, shoulder_y + 0.1f), ImVec2(-0.16f, shoulder_y + 0.24f), l.trim);
  c.triangle(ImVec2(0.32f, shoulder_y - 0.05f), ImVec2(0.16f, shoulder_y + 0.24f), ImVec2(0.02f, shoulder_y + 0.1f), l.trim);
  for (float side : {-1.0f, 1.0f}) {  // epaulettes with two silver bars
    float in = side * 0.5f, out = side * 1.05f;
    c.quad(ImVec2(std::min(in, out), shoulder_y + 0.12f), ImVec2(std::max(in, out), shoulder_y + 0.12f),
           ImVec2(std::max(in, out), shoulder_y + 0.26f), ImVec2(std::min(in, out), shoulder_y + 0.26f), dark);
    for (float bar : {0.72f, 0.84f}) c.line(side * bar, shoulder_y + 0.14f, side * bar, shoulder_y + 0.24f, silver, 0.035f);
  }
  // High on the chest, where a head-and-shoulders box still shows them: the shield on the left,
  // a radio on the right with its aerial up.
  float chest = shoulder_y + 0.3f;
  c.quad(ImVec2(-0.72f, chest), ImVec2(-0.42f, chest), ImVec2(-0.42f, chest + 0.16f), ImVec2(-0.72f, chest + 0.16f), silver);
  c.triangle(ImVec2(-0.72f, chest + 0.16f), ImVec2(-0.42f, chest + 0.16f), ImVec2(-0.57f, chest + 0.34f), silver);
  c.circle(-0.57f, chest + 0.12f, 0.06f, rgb(40, 80, 160));
  c.quad(ImVec2(0.44f, chest - 0.02f), ImVec2(0.64f, chest - 0.02f), ImVec2(0.64f, chest + 0.34f), ImVec2(0.44f, chest + 0.34f), dark);
  c.line(0.6f, chest - 0.02f, 0.6f, chest - 0.2f, dark, 0.04f);
  c.circle(0.54f, chest + 0.06f, 0.03f, rgb(80, 200, 90));
}

}  // namespace

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
      if (l.tie) tie(c, l.trim, shoulder_y, 0.62f);
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
      if (l.tie) tie(c, l.trim, shoulder_y, 0.66f);
      c.triangle(ImVec2(-0.34f, shoulder_y - 0.02f), ImVec2(-0.02f, shoulder_y + 0.82f), ImVec2(-0.46f, shoulder_y + 0.3f), shadow);
      c.triangle(ImVec2(0.34f, shoulder_y - 0.02f), ImVec2(0.46f, shoulder_y + 0.3f), ImVec2(0.02f, shoulder_y + 0.82f), shadow);
      break;
    case Outfit::guard_uniform: guard_uniform(c, l, shoulder_y); break;
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

}  // namespace hallsim::app::portrait
