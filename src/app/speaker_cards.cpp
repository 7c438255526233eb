#include "speaker_cards.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include <imgui.h>

#include "sketch.hpp"

namespace hallsim::app {

namespace {

using sketch::kPi;
using sketch::rgb;

// A square card, as large as fits the box and centred in it, in its own colours. Returns its
// centre and the length of its side.
std::pair<ImVec2, float> card(ImDrawList* draw, const ImVec2& min, const ImVec2& max, ImU32 fill, ImU32 edge) {
  float side = std::min(max.x - min.x, max.y - min.y) * 0.92f;
  ImVec2 centre((min.x + max.x) / 2, (min.y + max.y) / 2);
  ImVec2 card_min(centre.x - side / 2, centre.y - side / 2), card_max(centre.x + side / 2, centre.y + side / 2);
  draw->AddRectFilled(card_min, card_max, fill, side * 0.08f);
  draw->AddRect(card_min, card_max, edge, side * 0.08f, 0, std::max(1.0f, side * 0.012f));
  return {centre, side};
}

}  // namespace

void draw_scene_card(ImDrawList* draw, const ImVec2& min, const ImVec2& max) {
  auto [centre, side] = card(draw, min, max, rgb(232, 228, 216), rgb(176, 168, 150));
  // The hall: a gable, a lintel, four columns, two steps. Units: the card's half width is 1.
  sketch::Canvas c{draw, ImVec2(centre.x, centre.y - side * 0.04f), side / 2};
  ImU32 stone = rgb(112, 122, 142), light = rgb(150, 158, 176);
  c.triangle(ImVec2(-0.62f, -0.3f), ImVec2(0, -0.62f), ImVec2(0.62f, -0.3f), stone);
  c.quad(ImVec2(-0.58f, -0.28f), ImVec2(0.58f, -0.28f), ImVec2(0.58f, -0.2f), ImVec2(-0.58f, -0.2f), stone);
  for (int i = 0; i < 4; ++i) {
    float x = -0.42f + 0.28f * static_cast<float>(i);
    c.quad(ImVec2(x - 0.06f, -0.16f), ImVec2(x + 0.06f, -0.16f), ImVec2(x + 0.06f, 0.3f), ImVec2(x - 0.06f, 0.3f), light);
  }
  c.quad(ImVec2(-0.62f, 0.32f), ImVec2(0.62f, 0.32f), ImVec2(0.62f, 0.4f), ImVec2(-0.62f, 0.4f), stone);
  c.quad(ImVec2(-0.7f, 0.42f), ImVec2(0.7f, 0.42f), ImVec2(0.7f, 0.5f), ImVec2(-0.7f, 0.5f), stone);
  // Three dots under it, as a storyteller's pause.
  for (int i = -1; i <= 1; ++i) c.circle(0.16f * static_cast<float>(i), 0.7f, 0.035f, light);
}

void draw_phone_card(ImDrawList* draw, const ImVec2& min, const ImVec2& max) {
  // A cooler card than the narrator's, so the two never read alike.
  auto [centre, side] = card(draw, min, max, rgb(220, 232, 244), rgb(150, 170, 196));
  // The handset as on a phone sign: a thick arc, its left end low and its right end high, the
  // mouth and ear pieces at its ends turned inwards; arcs off the ear piece for the ring.
  // Units: the card's half width is 1.
  sketch::Canvas c{draw, ImVec2(centre.x - side * 0.06f, centre.y + side * 0.16f), side / 2};
  ImU32 body = rgb(36, 62, 104);
  const float radius = 0.66f, from = kPi + 0.2f, to = 2 * kPi - 0.75f;
  c.arc(0, 0, radius, radius, from, to, body, 0.22f);
  for (float end : {from, to}) {
    float x = std::cos(end), y = std::sin(end);
    c.ellipse(x * (radius - 0.07f), y * (radius - 0.07f), 0.23f, 0.17f, body, end);
  }
  ImU32 ring = rgb(220, 120, 40);
  float ear_x = std::cos(to) * radius, ear_y = std::sin(to) * radius;
  for (int i = 0; i < 3; ++i) {
    float r = 0.3f + 0.13f * static_cast<float>(i);
    c.arc(ear_x, ear_y, r, r, to - 0.95f, to + 0.15f, ring, 0.055f);
  }
}

}  // namespace hallsim::app
