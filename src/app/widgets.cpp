#include "widgets.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/words.hpp"

namespace hallsim::app {

std::string fill(std::string_view phrase, const std::string& value) {
  std::string out(phrase);
  auto at = out.find("{}");
  if (at != std::string::npos) out.replace(at, 2, value);
  return out;
}

void bar(float fraction, const std::string& label, ImU32 colour, float height) {
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour);
  ImGui::ProgressBar(std::clamp(fraction, 0.0f, 1.0f), ImVec2(-1, height), label.c_str());
  ImGui::PopStyleColor();
}

void wrapped(const std::string& text) { ImGui::TextWrapped("%s", text.c_str()); }

std::string deltas_text(const ScoreVector& d, const std::string& lang) {
  std::string out;
  for (int i = 0; i < kDimensions; ++i)
    if (d[i] != 0) out += fmt::format("{}{} {:+}", out.empty() ? "" : " · ", word(lang, static_cast<Dimension>(i)), d[i]);
  return out.empty() ? "±0" : out;
}

ImU32 outcome_colour(Outcome o) {
  switch (o) {
    case Outcome::resolved: return IM_COL32(76, 175, 80, 255);
    case Outcome::partial: return IM_COL32(230, 180, 40, 255);
    case Outcome::escalated: return IM_COL32(240, 120, 60, 255);
    case Outcome::failed: return IM_COL32(220, 60, 60, 255);
  }
  return IM_COL32_WHITE;
}

}  // namespace hallsim::app
