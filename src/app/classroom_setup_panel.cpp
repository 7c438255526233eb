// Before the class (课堂模式): which monitor the room sees, how large, and the high-contrast theme.
#include <fmt/format.h>
#include <imgui.h>

#include "app.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

void draw_classroom_setup(App& app) {
  const std::string& lang = app.lang();
  Classroom& c = app.classroom;
  const Scenario& s = *app.library[static_cast<size_t>(app.selected)].scenario;
  ImGui::TextUnformatted(fmt::format("{} — {}", word(lang, "classroom_mode"), s.text(s.title, lang)).c_str());
  ImGui::Separator();
  // Set up in the trainee's window before the projection goes full screen: at a large scale in a
  // small window the page scrolls rather than cut off its buttons.
  ImGui::BeginChild("setup");
  ImGui::TextUnformatted(std::string(word(lang, "monitor")).c_str());
  if (c.monitors.empty()) ImGui::TextDisabled("—");
  for (size_t i = 0; i < c.monitors.size(); ++i) {
    const MonitorInfo& m = c.monitors[i];
    std::string label = fmt::format("{}. {} ({}×{})", i + 1, m.name, m.width, m.height);
    if (ImGui::RadioButton(label.c_str(), c.monitor == static_cast<int>(i))) c.monitor = static_cast<int>(i);
    if (keys_free() && pressed_digit(static_cast<int>(i) + 1)) c.monitor = static_cast<int>(i);
  }
  ImGui::Spacing();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  ImGui::SliderFloat(std::string(word(lang, "ui_scale")).c_str(), &c.scale, Classroom::kMinScale, Classroom::kMaxScale, "%.2fx");
  ImGui::Checkbox(std::string(word(lang, "high_contrast")).c_str(), &c.high_contrast);
  if (c.two_screens()) {  // a window of its own only on a screen the class does not see
    ImGui::Checkbox(fmt::format("{}  (W)", word(lang, "presenter_window")).c_str(), &c.presenter_window);
    if (keys_free() && pressed_code('W')) c.presenter_window = !c.presenter_window;
  } else {
    wrapped(std::string(word(lang, "presenter_one_screen")));
  }
  ImGui::Spacing();
  draw_analysis_progress(app);
  bool go = ImGui::Button(fmt::format("{}  (Enter)", word(lang, "start_classroom")).c_str()) || (keys_free() && pressed(ImGuiKey_Enter));
  ImGui::SameLine();
  bool back = ImGui::Button(fmt::format("{}  (Esc)", word(lang, "back")).c_str()) || pressed(ImGuiKey_Escape);
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  wrapped(std::string(word(lang, "classroom_keys")));
  ImGui::PopStyleColor();
  ImGui::EndChild();
  if (go) app.start_classroom();
  else if (back) app.screen = Screen::start;
}

}  // namespace hallsim::app
