#include "scene_card.hpp"

#include <algorithm>

#include <imgui.h>

#include "sketch.hpp"

namespace hallsim::app {

void draw_scene_card(ImDrawList* draw, const ImVec2& min, const ImVec2& max) {
  using sketch::rgb;
  float width = max.x - min.x, height = max.y - min.y;
  float side = std::min(width, height) * 0.92f;
  ImVec2 centre((min.x + max.x) / 2, (min.y + max.y) / 2);
  ImVec2 card_min(centre.x - side / 2, centre.y - side / 2), card_max(centre.x + side / 2, centre.y + side / 2);
  float round = side * 0.08f;
  draw->AddRectFilled(card_min, card_max, rgb(232, 228, 216), round);
  draw->AddRect(card_min, card_max, rgb(176, 168, 150), round, 0, std::max(1.0f, side * 0.012f));
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

}  // namespace hallsim::app
