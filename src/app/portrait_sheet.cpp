#include "portrait_sheet.hpp"

#include <array>
#include <string>

#include <imgui.h>

#include "portrait.hpp"

namespace hallsim::app {

namespace {

struct SheetMood {
  const char* name = "";
  Mood mood;
};

// Friendly is the issue's own case: anger 10, trust 100 must look calm and kind.
// "worried" is where the 78-year-old of elderly-digital-only starts: she must not look angry.
constexpr std::array<SheetMood, 6> kMoods = {{{"friendly 10/100", {10, 100, 0}},
                                              {"start 30/50", {30, 50, 0}},
                                              {"worried 15/30/60", {15, 30, 60}},
                                              {"anxious 15/30/85", {15, 30, 85}},
                                              {"angry 90/15", {90, 15, 0}},
                                              {"furious 100/0", {100, 0, 0}}}};
constexpr std::array<const char*, 6> kKinds = {"calm", "angry", "elderly", "vip", "anxious", "young"};

void cell_at(ImDrawList* draw, ImVec2 top_left, float cell, Speaker speaker, const std::string& kind, Presents presents,
             const Mood& mood, const char* label) {
  ImVec2 min(top_left.x + 2, top_left.y + 2), max(top_left.x + cell - 2, top_left.y + cell - 2);
  draw->AddRectFilled(min, max, IM_COL32(58, 62, 72, 255));
  draw_speaker(draw, min, max, speaker, kind, presents, mood);
  // Small cells are left bare: the label would cover the face being judged.
  if (cell >= 100) draw->AddText(ImVec2(min.x + 3, min.y + 1), IM_COL32(255, 255, 255, 220), label);
}

}  // namespace

void draw_portrait_sheet(float cell) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  for (size_t row = 0; row < kKinds.size(); ++row)
    for (size_t col = 0; col < kMoods.size(); ++col) {
      std::string label = col == 0 ? std::string(kKinds[row]) : kMoods[col].name;
      cell_at(draw, ImVec2(origin.x + cell * static_cast<float>(col), origin.y + cell * static_cast<float>(row)), cell,
              Speaker::citizen, kKinds[row], Presents::preset, kMoods[col].mood, label.c_str());
    }
  // The other speakers, whatever the citizen feels (new ones at the end: the test reads cells by place).
  float y = origin.y + cell * static_cast<float>(kKinds.size());
  const std::array<std::pair<Speaker, const char*>, 5> others = {{{Speaker::colleague, "colleague"},
                                                                  {Speaker::supervisor, "supervisor"},
                                                                  {Speaker::narrator, "narrator"},
                                                                  {Speaker::guard, "guard"},
                                                                  {Speaker::phone, "phone"}}};
  for (size_t i = 0; i < others.size(); ++i)
    cell_at(draw, ImVec2(origin.x + cell * static_cast<float>(i), y), cell, others[i].first, "angry", Presents::preset,
            Mood{95, 5, 90}, others[i].second);
  // Then every kind as a woman and as a man (citizen.presents) at the start mood, and as a woman
  // in anger: the issue was an angry citizen called 女士 drawn as a man.
  struct Presenting {
    Presents presents;
    const char* name;
    const SheetMood& mood;
  };
  const std::array<Presenting, 3> presenting = {
      {{Presents::woman, "woman", kMoods[1]}, {Presents::man, "man", kMoods[1]}, {Presents::woman, "woman", kMoods[4]}}};
  for (size_t row = 0; row < presenting.size(); ++row)
    for (size_t col = 0; col < kKinds.size(); ++col) {
      const Presenting& p = presenting[row];
      std::string label = std::string(kKinds[col]) + ", " + p.name + (row == 2 ? std::string(", ") + p.mood.name : "");
      cell_at(draw, ImVec2(origin.x + cell * static_cast<float>(col), y + cell * static_cast<float>(row + 1)), cell,
              Speaker::citizen, kKinds[col], p.presents, p.mood.mood, label.c_str());
    }
  ImGui::Dummy(ImVec2(cell * static_cast<float>(kMoods.size()), cell * static_cast<float>(kKinds.size() + 1 + presenting.size())));
}

}  // namespace hallsim::app
