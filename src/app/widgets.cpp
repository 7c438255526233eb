#include "widgets.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "base/line_break.hpp"
#include "layout_check.hpp"
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
  if (layout_check::enabled())
    layout_check::text_clipped(label, ImGui::CalcTextSize(label.c_str()).x,
                               ImGui::GetItemRectSize().x - 2 * ImGui::GetStyle().FramePadding.x);
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

namespace {

std::vector<WrappedLine> lines_in_current_font(const std::string& text, float width) {
  const ImFont* font = ImGui::GetFont();
  float scale = ImGui::GetFontSize() / font->FontSize;
  auto advance = [&](char32_t c) {
    return (c < 0x10000 ? font->GetCharAdvance(static_cast<ImWchar>(c)) : font->FallbackAdvanceX) * scale;
  };
  return wrap_lines(text, std::max(width, 1.0f), advance);
}

}  // namespace

std::string wrap_to_width(const std::string& text, float width) {
  std::string out;
  out.reserve(text.size() + 16);
  std::vector<WrappedLine> lines = lines_in_current_font(text, width);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i) out += '\n';
    out.append(text, lines[i].begin, lines[i].end - lines[i].begin);
  }
  return out;
}

std::string soft_wrap(const std::string& text, float width) {
  std::string out;
  out.reserve(text.size() + 16);
  std::vector<WrappedLine> lines = lines_in_current_font(text, width);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i) out += '\n';
    out.append(text, lines[i].begin, lines[i].next - lines[i].begin);
  }
  return out;
}

float wrapped_height(const std::string& text, float width) {
  std::string lines = wrap_to_width(text, width);
  return ImGui::GetFontSize() * static_cast<float>(1 + std::count(lines.begin(), lines.end(), '\n'));
}

float wrapped_button_height(const std::string& label, float width) {
  ImVec2 pad = ImGui::GetStyle().FramePadding;
  return wrapped_height(label, width - 2 * pad.x) + 2 * pad.y;
}

bool wrapped_button(const std::string& label, bool highlighted, float width) {
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  ImVec2 pad = ImGui::GetStyle().FramePadding;
  std::string lines = wrap_to_width(label, width - 2 * pad.x);
  ImVec2 text = ImGui::CalcTextSize(lines.c_str());
  ImVec2 size(width, text.y + 2 * pad.y);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(label.c_str(), size);
  ImU32 bg = ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive
                                : (ImGui::IsItemHovered() || highlighted) ? ImGuiCol_ButtonHovered
                                                                          : ImGuiCol_Button);
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, ImGui::GetStyle().FrameRounding);
  d->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text), lines.c_str());
  return clicked;
}

void wrapped(const std::string& text) {
  std::string lines = wrap_to_width(text, ImGui::GetContentRegionAvail().x);
  ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
}

namespace {

// One axis of a tooltip's place: after the mouse when it fits there, else before it, else as near
// as the screen allows.
float tooltip_start(float mouse, float gap, float size, float low, float high) {
  if (mouse + gap + size <= high) return mouse + gap;
  if (mouse - gap - size >= low) return mouse - gap - size;
  return std::max(low, high - size);
}

// ImGui puts a tooltip beside the mouse, and where no side has room for it lets it run off the
// screen (a tall tooltip with the mouse mid-screen); this keeps it on the screen instead. Its
// size is what last frame's content asks for: a tooltip is measured in a hidden frame first.
void place_tooltip_on_screen() {
  const ImGuiViewport* screen = ImGui::GetMainViewport();
  ImGuiWindow* last = ImGui::FindWindowByName("##Tooltip_00");
  ImVec2 mouse = ImGui::GetIO().MousePos;
  if (!last || !ImGui::IsMousePosValid(&mouse)) return;
  ImVec2 size = ImGui::CalcWindowNextAutoFitSize(last);
  float margin = ImGui::GetStyle().DisplaySafeAreaPadding.x, gap = ImGui::GetFontSize();
  ImVec2 low(screen->WorkPos.x + margin, screen->WorkPos.y + margin);
  ImVec2 high(screen->WorkPos.x + screen->WorkSize.x - margin, screen->WorkPos.y + screen->WorkSize.y - margin);
  ImGui::SetNextWindowPos(ImVec2(tooltip_start(mouse.x, gap, size.x, low.x, high.x), tooltip_start(mouse.y, gap, size.y, low.y, high.y)));
}

}  // namespace

float begin_tooltip(float ems) {
  const ImGuiStyle& st = ImGui::GetStyle();
  float room = ImGui::GetMainViewport()->WorkSize.x - 2 * (st.WindowPadding.x + st.DisplaySafeAreaPadding.x);
  float width = std::max(ImGui::GetFontSize() * 4, std::min(ImGui::GetFontSize() * ems, room));
  place_tooltip_on_screen();
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  return width;
}

void end_tooltip() {
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void hover_tip(const std::string& text, ImGuiHoveredFlags flags) {
  if (!ImGui::IsItemHovered(flags)) return;
  std::string lines = wrap_to_width(text, begin_tooltip(24));
  ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
  end_tooltip();
}

void labelled(const std::string& label, const std::string& text, const ImVec4& label_colour) {
  ImGui::TextColored(label_colour, "%s", label.c_str());
  ImGui::SameLine();
  wrapped(text);
}

void next_in_row(float width) {
  float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right_edge) ImGui::SameLine();
}

float button_width(const std::string& label) {
  return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

float checkbox_width(const std::string& label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
}

namespace {
std::string dialog_id(const char* id) { return std::string("###") + id; }
}  // namespace

void open_dialog(const char* id) { ImGui::OpenPopup(dialog_id(id).c_str()); }

bool dialog_open(const char* id) { return ImGui::IsPopupOpen(dialog_id(id).c_str()); }

bool begin_dialog(const char* id, const std::string& title) {
  ImVec2 screen = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowSize(ImVec2(std::min(screen.x * 0.9f, ImGui::GetFontSize() * 30), 0), ImGuiCond_Always);
  ImGui::SetNextWindowPos(ImVec2(screen.x / 2, screen.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  return ImGui::BeginPopupModal((title + dialog_id(id)).c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
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
