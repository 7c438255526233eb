#include "portrait.hpp"

#include <algorithm>
#include <cmath>

#include <imgui.h>

namespace hallsim::app {

namespace {

ImU32 mix(ImVec4 a, ImVec4 b, float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f));
}

ImVec2 at(const ImVec2& c, float r, float x, float y) { return ImVec2(c.x + x * r, c.y + y * r); }

}  // namespace

void draw_portrait(ImDrawList* d, const ImVec2& c, float r, const std::string& preset, float anger, float trust) {
  float a = std::clamp(anger / 100.0f, 0.0f, 1.0f);
  float t = std::clamp(trust / 100.0f, 0.0f, 1.0f);
  bool elderly = preset == "elderly", vip = preset == "vip", young = preset == "young";
  // Hair behind the head: grey for the elderly, dark otherwise.
  ImU32 hair = elderly ? IM_COL32(200, 200, 205, 255) : IM_COL32(45, 38, 35, 255);
  d->AddCircleFilled(at(c, r, 0, -0.12f), r * 1.02f, hair, 48);
  // The face flushes from a calm skin tone towards red as anger rises.
  ImU32 skin = mix(ImVec4(0.98f, 0.85f, 0.72f, 1), ImVec4(0.93f, 0.45f, 0.38f, 1), a * a);
  d->AddCircleFilled(c, r * 0.9f, skin, 48);
  if (!elderly) d->AddRectFilled(at(c, r, -0.85f, -0.95f), at(c, r, 0.85f, -0.55f), hair, r * 0.4f);
  ImU32 ink = IM_COL32(40, 30, 30, 255);
  float thick = std::max(2.0f, r * 0.06f);
  // Brows: level when calm, pulled down at the middle when angry, raised when worried.
  float inner = -0.38f + 0.16f * a - (preset == "anxious" ? 0.08f : 0.0f);
  for (float side : {-1.0f, 1.0f}) {
    d->AddLine(at(c, r, side * 0.55f, -0.42f), at(c, r, side * 0.15f, inner), ink, thick);
    d->AddCircleFilled(at(c, r, side * 0.33f, -0.18f), r * 0.075f, ink, 16);
  }
  if (elderly) {  // glasses and wrinkles
    for (float side : {-1.0f, 1.0f}) d->AddCircle(at(c, r, side * 0.33f, -0.18f), r * 0.2f, ink, 24, thick * 0.6f);
    d->AddLine(at(c, r, -0.13f, -0.18f), at(c, r, 0.13f, -0.18f), ink, thick * 0.6f);
  }
  // Mouth: a smile with trust, a frown with anger, open when shouting.
  float curve = 0.22f * (t - 0.4f) - 0.3f * a;
  ImVec2 left = at(c, r, -0.32f, 0.42f), right = at(c, r, 0.32f, 0.42f);
  ImVec2 mid = at(c, r, 0.0f, 0.42f + curve);
  if (a > 0.75f) {
    d->AddCircleFilled(at(c, r, 0, 0.45f), r * (0.12f + 0.3f * (a - 0.75f)), IM_COL32(90, 20, 20, 255), 24);
  } else {
    d->AddBezierQuadratic(left, mid, right, ink, thick, 16);
  }
  if (vip) {  // collar and tie
    d->AddTriangleFilled(at(c, r, -0.5f, 0.95f), at(c, r, 0, 1.15f), at(c, r, -0.1f, 0.85f), IM_COL32(235, 235, 240, 255));
    d->AddTriangleFilled(at(c, r, 0.5f, 0.95f), at(c, r, 0, 1.15f), at(c, r, 0.1f, 0.85f), IM_COL32(235, 235, 240, 255));
    d->AddTriangleFilled(at(c, r, -0.07f, 0.95f), at(c, r, 0.07f, 0.95f), at(c, r, 0, 1.3f), IM_COL32(150, 20, 30, 255));
  }
  if (young) d->AddCircleFilled(at(c, r, 0.55f, 0.15f), r * 0.08f, IM_COL32(240, 140, 140, 120), 12);
  if (a > 0.6f)  // a vein of anger on the temple
    d->AddText(at(c, r, 0.45f, -0.75f), IM_COL32(200, 30, 30, 255), "#");
}

}  // namespace hallsim::app
