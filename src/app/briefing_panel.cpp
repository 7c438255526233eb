// The briefing: the situation, the hall time, the citizen, what is expected.
#include <array>
#include <string_view>

#include <fmt/format.h>
#include <imgui.h>

#include "base/clock.hpp"
#include "app.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

void draw_analysis_progress(App& app) {
  if (!app.analysing()) return;
  const std::string& lang = app.lang();
  ImGui::TextDisabled("%s", fill(word(lang, "analysing"), std::to_string(app.analysis_states())).c_str());
  ImGui::SameLine();
  if (ImGui::SmallButton(std::string(word(lang, "use_estimates")).c_str())) app.skip_analysis();
}

namespace {

// The citizen's DISC letter and what it asks of the reply; hovering shows all four types.
void draw_disc(const std::string& lang, char disc) {
  static constexpr std::array<const char*, 4> kKeys = {"disc_D", "disc_I", "disc_S", "disc_C"};
  static constexpr std::string_view kLetters = "DISC";
  size_t at = kLetters.find(disc);
  ImGui::TextDisabled("%s", std::string(word(lang, "disc_type")).c_str());
  if (at != std::string_view::npos) wrapped(std::string(word(lang, kKeys[at])));
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ImGui::TextUnformatted(std::string(word(lang, "disc_all")).c_str());
    for (const char* key : kKeys) ImGui::BulletText("%s", std::string(word(lang, key)).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace

void draw_briefing(App& app) {
  const std::string& lang = app.lang();
  const Scenario& s = *app.library[static_cast<size_t>(app.selected)].scenario;
  if (app.large_font) ImGui::PushFont(app.large_font);
  ImGui::TextUnformatted(s.text(s.title, lang).c_str());
  if (app.large_font) ImGui::PopFont();
  ImGui::Separator();
  ImGui::TextDisabled("%s", std::string(word(lang, "briefing")).c_str());
  wrapped(s.text(s.briefing, lang));
  ImGui::Spacing();
  if (s.clock) {
    std::string close = s.clock->close ? " / " + format_clock(*s.clock->close) : "";
    ImGui::Text("%s  %s%s", std::string(word(lang, "hall_clock")).c_str(), format_clock(s.clock->start).c_str(), close.c_str());
  }
  ImGui::Text("%s  %s (%s %d)", std::string(word(lang, "citizen")).c_str(), s.text(s.citizen.name, lang).c_str(),
              std::string(word(lang, "age")).c_str(), s.citizen.age);
  draw_disc(lang, s.citizen.disc);
  ImGui::Spacing();
  ImGui::TextDisabled("%s", std::string(word(lang, "expected")).c_str());
  wrapped(fill(word(lang, "expected_text"), std::to_string(s.reply_time_limit)));
  ImGui::Spacing();
  draw_analysis_progress(app);
  bool start = ImGui::Button(fmt::format("{}  (Enter)", word(lang, "begin")).c_str(), ImVec2(240, 0));
  ImGui::SameLine();
  bool back = ImGui::Button(fmt::format("{}  (Esc)", word(lang, "back")).c_str());
  if (keys_free() && pressed(ImGuiKey_Enter)) start = true;
  if (keys_free() && pressed(ImGuiKey_Escape)) back = true;
  if (start) app.start_attempt();
  else if (back) app.screen = Screen::start;
}

}  // namespace hallsim::app
