#include "widgets.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "model/words.hpp"

namespace hallsim::app {

std::string fill(std::string_view phrase, const std::string& value) {
  std::string out(phrase);
  auto at = out.find("{}");
  if (at != std::string::npos) out.replace(at, 2, value);
  return out;
}

bool font_covers(const std::vector<std::string>& texts) {
  const ImFont* font = ImGui::GetFont();
  for (const auto& text : texts)
    for (const char *p = text.c_str(), *end = p + text.size(); p < end;) {
      unsigned int c = 0;
      p += ImTextCharFromUtf8(&c, p, end);
      bool drawn = c >= 0x20 && c < 0x10000 && c != 0x3000;  // the ideographic space draws as nothing anyway
      if (drawn && !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) return false;
    }
  return true;
}

void bar(float fraction, const std::string& label, ImU32 colour, float height) {
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour);
  ImGui::ProgressBar(std::clamp(fraction, 0.0f, 1.0f), ImVec2(-1, height), label.c_str());
  ImGui::PopStyleColor();
}

std::string utf8_prefix(const std::string& text, size_t count) {
  size_t end = 0;
  for (size_t n = 0; n < count && end < text.size(); ++n)
    for (++end; end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80; ++end) {
    }
  return text.substr(0, end);
}

std::string shorten(const std::string& text, size_t count) {
  std::string cut = utf8_prefix(text, count);
  for (char& c : cut)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return cut.size() < text.size() ? cut + "…" : cut;
}

std::string shorten_to_width(const std::string& text, float width) {
  std::string line = text;
  std::replace_if(line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  const char* end = line.c_str() + line.size();
  if (ImGui::CalcTextSize(line.c_str(), end).x <= width) return line;
  const char* fits = end;
  float room = width - ImGui::CalcTextSize("…").x;
  ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), room, 0, line.c_str(), end, &fits);
  return std::string(line.c_str(), fits) + "…";
}

bool wrapped_button(const std::string& label, bool highlighted) {
  float width = ImGui::GetContentRegionAvail().x;
  ImVec2 pad = ImGui::GetStyle().FramePadding;
  ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, width - 2 * pad.x);
  ImVec2 size(width, text.y + 2 * pad.y);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(label.c_str(), size);
  ImU32 bg = ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive
                                : (ImGui::IsItemHovered() || highlighted) ? ImGuiCol_ButtonHovered
                                                                          : ImGuiCol_Button);
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, ImGui::GetStyle().FrameRounding);
  d->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text),
             label.c_str(), nullptr, width - 2 * pad.x);
  return clicked;
}

void wrapped(const std::string& text) { ImGui::TextWrapped("%s", text.c_str()); }

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
