#include "layout_check.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <vector>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiWindow: each window's rectangle and how far its content reached

#include "base/paths.hpp"

namespace hallsim::app::layout_check {

namespace {

constexpr float kTolerance = 1.0f;  // pixels: rounding, never a visible cut

struct State {
  bool enabled = false;
  std::vector<ImGuiID> must_fit;         // this frame's
  std::vector<ImGuiID> text_boxes;       // this frame's InputTextMultiline items
  std::vector<std::string> clipped;      // this frame's, as messages
  std::set<std::string> seen_last_frame;  // keys of the problems of the frame before
  std::set<std::string> reported;
  int problems = 0;
};

State& state() {
  static State s = [] {
    State fresh;
    std::string value = environment_variable("HALLSIM_LAYOUT_CHECK");
    fresh.enabled = !value.empty() && value != "0";
    return fresh;
  }();
  return s;
}

struct Finding {
  std::string key;      // what stays the same from frame to frame
  std::string message;  // with this frame's sizes
};

void check_window(const ImGuiWindow& w, const ImVec2& display, const State& s, std::vector<Finding>& out) {
  std::string name = w.Name;
  ImVec2 max(w.Pos.x + w.Size.x, w.Pos.y + w.Size.y);
  if (!w.ParentWindow && (w.Pos.x < -kTolerance || w.Pos.y < -kTolerance || max.x > display.x + kTolerance ||
                          max.y > display.y + kTolerance))
    out.push_back({"screen " + name, fmt::format("window \"{}\" ({:.0f},{:.0f} to {:.0f},{:.0f}) goes past the {:.0f}×{:.0f} screen",
                                                 name, w.Pos.x, w.Pos.y, max.x, max.y, display.x, display.y)});
  // Content is visible up to the inner rectangle less half the padding (ImGui's clip rectangle
  // before its parent's clips it; a child cut by its parent shows as the parent's overflow).
  ImVec2 limit(w.InnerRect.Max.x - w.WindowPadding.x * 0.5f, w.InnerRect.Max.y - w.WindowPadding.y * 0.5f);
  ImVec2 reach = w.DC.CursorMaxPos;
  bool scrolls_x = (w.Flags & (ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_AlwaysHorizontalScrollbar)) != 0 ||
                   std::find(s.text_boxes.begin(), s.text_boxes.end(), w.ChildId) != s.text_boxes.end();
  if (!scrolls_x && reach.x > limit.x + kTolerance)
    out.push_back({"right " + name, fmt::format("window \"{}\" is cut at the right by {:.0f} px (content reaches x {:.0f}, "
                                                "room to x {:.0f})", name, reach.x - limit.x, reach.x, limit.x)});
  bool must_fit = std::find(s.must_fit.begin(), s.must_fit.end(), w.ID) != s.must_fit.end();
  bool scrolls_y = (w.Flags & ImGuiWindowFlags_NoScrollbar) == 0;
  if ((!scrolls_y || must_fit) && reach.y > limit.y + kTolerance)
    out.push_back({"bottom " + name, fmt::format("window \"{}\" is cut at the bottom by {:.0f} px{}", name, reach.y - limit.y,
                                                 scrolls_y ? " (it scrolls, but must show everything)" : "")});
}

}  // namespace

bool enabled() { return state().enabled; }

void enable() { state().enabled = true; }

void must_fit() {
  State& s = state();
  if (s.enabled) s.must_fit.push_back(ImGui::GetCurrentWindow()->ID);
}

void text_box_drawn() {
  State& s = state();
  if (s.enabled) s.text_boxes.push_back(ImGui::GetItemID());
}

void text_clipped(const std::string& text, float needed, float room) {
  State& s = state();
  if (s.enabled && needed > room + kTolerance)
    s.clipped.push_back(fmt::format("text \"{}\" is clipped: it needs {:.0f} px in {:.0f}", text, needed, room));
}

void end_frame(const std::string& where) {
  State& s = state();
  if (!s.enabled) return;
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  std::vector<Finding> found;
  for (const ImGuiWindow* w : g.Windows)
    if (w->Active && !w->Hidden) check_window(*w, g.IO.DisplaySize, s, found);
  for (const std::string& c : s.clipped) found.push_back({c, c});
  std::set<std::string> seen;
  for (const Finding& f : found) {
    std::string key = where + " " + f.key;
    seen.insert(key);
    // Reported once it lasts two frames: the first frame of a screen lays out before sizes settle.
    if (s.seen_last_frame.count(key) && s.reported.insert(key).second) {
      ++s.problems;
      (void)std::fprintf(stderr, "hallsim layout check [%s]: %s\n", where.c_str(), f.message.c_str());
    }
  }
  s.seen_last_frame = std::move(seen);
  s.must_fit.clear();
  s.text_boxes.clear();
  s.clipped.clear();
}

int problems() { return state().problems; }

}  // namespace hallsim::app::layout_check
