// The briefing: the situation, the hall time, the citizen, what is expected.
#include <array>
#include <string_view>

#include <fmt/format.h>
#include <imgui.h>

#include "base/clock.hpp"
#include "app.hpp"
#include "keys.hpp"
#include "model/reply_limits.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

void draw_analysis_progress(App& app) {
  if (!app.analysing()) return;
  const std::string& lang = app.lang();
  std::string progress = fill(word(lang, "analysing"), std::to_string(app.analysis_states()));
  ImGui::TextDisabled("%s", shorten_to_width(progress, ImGui::GetContentRegionAvail().x * 0.6f).c_str());
  ImGui::SameLine();
  if (ImGui::SmallButton(std::string(word(lang, "use_estimates")).c_str())) app.skip_analysis();
}

namespace {

// "15-20" or "20": the least and the most a reply of that kind gets.
std::string seconds_range(const ReplyLimits& t) {
  return t.least == t.most ? std::to_string(t.most) : fmt::format("{}-{}", t.least, t.most);  // ASCII: the atlas has it
}

// What is expected, with the time limits the reply timer will actually give (Scenario's
// time_limit_of for every node that asks for a reply: one source for both).
std::string expectations(const Scenario& s, const std::string& lang) {
  std::string text(word(lang, "expected_text"));
  if (auto picked = picked_reply_limits(s); picked.most > 0) text += fill(word(lang, "time_limit_picked"), seconds_range(picked));
  if (auto typed = typed_reply_limits(s); typed.most > 0) text += fill(word(lang, "time_limit_typed"), seconds_range(typed));
  return text;
}

// The citizen's DISC letter and what it asks of the reply; hovering shows all four types.
void draw_disc(const std::string& lang, char disc) {
  static constexpr std::array<const char*, 4> kKeys = {"disc_D", "disc_I", "disc_S", "disc_C"};
  static constexpr std::string_view kLetters = "DISC";
  size_t at = kLetters.find(disc);
  ImGui::TextDisabled("%s", std::string(word(lang, "disc_type")).c_str());
  if (at != std::string_view::npos) wrapped(std::string(word(lang, kKeys[at])));
  if (ImGui::IsItemHovered()) {
    float width = begin_tooltip(26);
    ImGui::TextUnformatted(std::string(word(lang, "disc_all")).c_str());
    for (const char* key : kKeys) {
      // A bullet with its text wrapped beside it (ImGui's BulletText does not wrap).
      ImGui::Bullet();
      ImGui::SameLine();
      std::string lines = wrap_to_width(std::string(word(lang, key)), width - ImGui::GetCursorPosX() + ImGui::GetStyle().WindowPadding.x);
      ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
    }
    end_tooltip();
  }
}

}  // namespace

void draw_briefing(App& app) {
  const std::string& lang = app.lang();
  const Scenario& s = *app.library[static_cast<size_t>(app.selected)].scenario;
  const ImGuiStyle& st = ImGui::GetStyle();
  std::string begin = fmt::format("{}  (Enter)", word(lang, "begin"));
  std::string back = fmt::format("{}  (Esc)", word(lang, "back"));
  float begin_width = ImGui::CalcTextSize(begin.c_str()).x + 2 * st.FramePadding.x;
  float back_width = ImGui::CalcTextSize(back.c_str()).x + 2 * st.FramePadding.x;
  bool one_row = begin_width + st.ItemSpacing.x + back_width <= ImGui::GetContentRegionAvail().x;
  float buttons = ImGui::GetFrameHeightWithSpacing() * (one_row ? 1.0f : 2.0f) + (app.analysing() ? ImGui::GetFrameHeightWithSpacing() : 0);
  // The text scrolls when it is long; the buttons stay in view.
  ImGui::BeginChild("briefing", ImVec2(0, -buttons));
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(s.text(s.title, lang));
  if (app.large_font) ImGui::PopFont();
  ImGui::Separator();
  ImGui::TextDisabled("%s", std::string(word(lang, "briefing")).c_str());
  wrapped(s.text(s.briefing, lang));
  ImGui::Spacing();
  if (s.clock) {
    std::string close = s.clock->close ? " / " + format_clock(*s.clock->close) : "";
    wrapped(fmt::format("{}  {}{}", word(lang, "hall_clock"), format_clock(s.clock->start), close));
  }
  wrapped(fmt::format("{}  {}{}", word(lang, "citizen"), s.text(s.citizen.name, lang), aside(lang, fmt::format("{} {}", word(lang, "age"), s.citizen.age))));
  draw_disc(lang, s.citizen.disc);
  ImGui::Spacing();
  ImGui::TextDisabled("%s", std::string(word(lang, "expected")).c_str());
  wrapped(expectations(s, lang));
  ImGui::EndChild();
  draw_analysis_progress(app);
  bool start = ImGui::Button(begin.c_str(), ImVec2(begin_width, 0));
  if (one_row) ImGui::SameLine();
  bool leave = ImGui::Button(back.c_str(), ImVec2(back_width, 0));
  if (keys_free() && pressed(ImGuiKey_Enter)) start = true;
  if (keys_free() && pressed(ImGuiKey_Escape)) leave = true;
  if (start) app.start_attempt();
  else if (leave) app.screen = Screen::start;
}

}  // namespace hallsim::app
