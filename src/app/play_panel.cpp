// The play screen: the citizen large with a face that follows the mood, the line as a speech
// bubble, the conversation so far, the reply timer, and the replies as numbered buttons.
#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "base/clock.hpp"
#include "app.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "portrait.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

std::string speaker(const Session& s, Speaker who) {
  switch (who) {
    case Speaker::citizen: return s.text(s.scenario().citizen.name);
    case Speaker::narrator: return std::string(word(s.language(), "narrator"));
    case Speaker::colleague: return std::string(word(s.language(), "colleague"));
    case Speaker::supervisor: return std::string(word(s.language(), "supervisor"));
  }
  return {};
}

int mood_value(const Session& s, const char* name, int fallback) {
  int i = s.scenario().find_variable(name);
  return i < 0 ? fallback : s.state().vars[static_cast<size_t>(i)];
}

void citizen_column(App& app, const Session& s) {
  const std::string& lang = app.lang();
  ImGui::BeginChild("citizen", ImVec2(ImGui::GetContentRegionAvail().x * 0.32f, 0), true, ImGuiWindowFlags_NoScrollbar);
  float w = ImGui::GetContentRegionAvail().x;
  // Leave room under the face for the name and two mood bars.
  float below = ImGui::GetTextLineHeightWithSpacing() + 2 * ImGui::GetFrameHeightWithSpacing();
  float r = std::max(20.0f, std::min({w * 0.36f, 150.0f, (ImGui::GetContentRegionAvail().y - below) / 2.7f}));
  ImVec2 top = ImGui::GetCursorScreenPos();
  draw_portrait(ImGui::GetWindowDrawList(), ImVec2(top.x + w / 2, top.y + r * 1.25f), r, s.scenario().citizen.portrait,
                static_cast<float>(mood_value(s, "anger", 30)), static_cast<float>(mood_value(s, "trust", 50)));
  ImGui::Dummy(ImVec2(w, r * 2.7f));
  ImGui::TextUnformatted(fmt::format("{} ({}, {})", s.text(s.scenario().citizen.name), s.scenario().citizen.age,
                                     s.scenario().citizen.disc).c_str());
  if (app.settings.show_mood_bars)
    for (const auto& v : s.variables()) {
      if (!v.is_mood) continue;
      const Variable& var = s.scenario().variables[static_cast<size_t>(s.scenario().find_variable(v.name))];
      float f = var.max > var.min ? static_cast<float>(v.value - var.min) / static_cast<float>(var.max - var.min) : 0;
      ImU32 colour = v.name == "anger" ? IM_COL32(220, 80, 60, 255) : IM_COL32(70, 150, 220, 255);
      bar(f, fmt::format("{} {}", word(lang, v.name), v.value), colour);
    }
  ImGui::EndChild();
}

void conversation(App& app, const Session& s) {
  const std::string& lang = app.lang();
  ImGui::BeginChild("talk", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.5f), true);
  ImGui::TextDisabled("%s", std::string(word(lang, "earlier_turns")).c_str());
  for (const Turn& t : s.turns()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped("» " + t.line);
    ImGui::PopStyleColor();
    wrapped(fmt::format("{}: {}", word(lang, "you"), t.reply));
    if (app.settings.live_hints) ImGui::TextColored(ImVec4(0.6f, 0.8f, 1, 1), "%s", deltas_text(t.deltas, lang).c_str());
  }
  if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1) ImGui::SetScrollHereY(1.0f);
  ImGui::EndChild();
  // The current line, in a bubble, large.
  ImGui::TextUnformatted(speaker(s, s.node().speaker).c_str());
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(250, 248, 240, 255));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(25, 25, 30, 255));
  ImGui::BeginChild("bubble", ImVec2(0, 0), true);
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(s.line());
  if (app.large_font) ImGui::PopFont();
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
}

void timer(App& app, const Session& s) {
  float limit = static_cast<float>(s.time_limit());
  float left = std::max(0.0f, limit - static_cast<float>(s.seconds_waiting()));
  float f = limit > 0 ? left / limit : 0;
  ImU32 colour = f > 1.0f / 3 ? IM_COL32(80, 180, 100, 255) : f > 1.0f / 6 ? IM_COL32(230, 170, 40, 255) : IM_COL32(220, 60, 60, 255);
  std::string label = left > 0 ? fill(word(app.lang(), "seconds_left"), std::to_string(static_cast<int>(left + 0.99f)))
                               : std::string(word(app.lang(), "time_up"));
  bar(f, fmt::format("{}  {}", word(app.lang(), "reply_timer"), label), colour);
}

void replies(App& app, Session& s) {
  const std::string& lang = app.lang();
  switch (s.phase()) {
    case Session::Phase::choice: {
      // A number key picks a reply and Enter confirms it, so a slip of the finger can be undone;
      // a click answers at once.
      auto visible = s.visible_choices();
      for (size_t i = 0; i < visible.size() && i < 9; ++i)
        if (keys_free() && pressed_digit(static_cast<int>(i) + 1)) app.picked = static_cast<int>(i);
      if (app.picked >= static_cast<int>(visible.size())) app.picked = -1;
      int answer = keys_free() && app.picked >= 0 && pressed(ImGuiKey_Enter) ? app.picked : -1;
      for (size_t i = 0; i < visible.size(); ++i) {
        const Choice& c = s.node().choices[static_cast<size_t>(visible[i])];
        // No-break spaces keep the number on the line of the reply's first words.
        if (wrapped_button(fmt::format("[{}]\u00a0\u00a0{}", i + 1, s.text(c.reply)), app.picked == static_cast<int>(i)))
          answer = static_cast<int>(i);
      }
      if (answer >= 0) {
        app.picked = -1;
        s.choose(answer);
        app.after_move();
      }
      break;
    }
    case Session::Phase::free_text: {
      std::string prompt = s.text(s.node().free_text.prompt);
      if (!prompt.empty()) ImGui::TextDisabled("%s", prompt.c_str());
      if (app.reply_focus_revision != s.revision()) {  // a new question: the reply box takes the keyboard
        ImGui::SetKeyboardFocusHere();
        app.reply_focus_revision = s.revision();
      }
      // In a multi-line box Enter starts a new line and Ctrl+Enter sends.
      bool send = ImGui::InputTextMultiline("##reply", &app.reply_draft, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f),
                                            ImGuiInputTextFlags_EnterReturnsTrue);
      send |= ImGui::Button(fmt::format("{}  ({})", word(lang, "send"), word(lang, "send_hint")).c_str());
      if (send) {
        s.say(app.reply_draft);
        app.reply_draft.clear();
        app.after_move();
      }
      break;
    }
    case Session::Phase::line:
      if (wrapped_button(fmt::format("{}  (Enter)", word(lang, "continue")), true) || (keys_free() && pressed(ImGuiKey_Enter))) {
        s.advance();
        app.after_move();
      }
      break;
    case Session::Phase::ended:
      if (wrapped_button(fmt::format("{}  (Enter)", word(lang, "to_debrief")), true) || (keys_free() && pressed(ImGuiKey_Enter)))
        app.screen = Screen::debrief;
      break;
  }
}

}  // namespace

void draw_abandon_prompt(App& app) {
  const std::string& lang = app.lang();
  if (app.confirm_abandon && !ImGui::IsPopupOpen("abandon")) ImGui::OpenPopup("abandon");
  if (ImGui::BeginPopupModal("abandon", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(std::string(word(lang, "abandon_title")).c_str());
    ImGui::TextUnformatted(std::string(word(lang, "abandon_text")).c_str());
    bool leave = ImGui::Button(fmt::format("{} (Enter)", word(lang, "abandon")).c_str()) || pressed(ImGuiKey_Enter);
    ImGui::SameLine();
    bool stay = ImGui::Button(fmt::format("{} (Esc)", word(lang, "keep_playing")).c_str()) || pressed(ImGuiKey_Escape);
    if (leave || stay) {
      app.confirm_abandon = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    if (leave) app.back_to_library();
  }
}

void draw_play(App& app) {
  if (!app.session) {
    app.screen = Screen::start;
    return;
  }
  Session& s = *app.session;
  const std::string& lang = app.lang();
  ImGui::TextUnformatted(s.text(s.scenario().title).c_str());
  std::string clock = s.clock();
  if (!clock.empty()) {
    std::string text = fmt::format("{}  {}{}", word(lang, "hall_clock"), clock,
                                   s.scenario().clock->close ? " / " + format_clock(*s.scenario().clock->close) : "");
    ImGui::SameLine(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(text.c_str()).x);
    ImGui::TextUnformatted(text.c_str());
  }
  float bottom = ImGui::GetTextLineHeightWithSpacing() * 11;
  ImGui::BeginChild("stage", ImVec2(0, -bottom));
  citizen_column(app, s);
  ImGui::SameLine();
  ImGui::BeginChild("right");
  conversation(app, s);
  ImGui::EndChild();
  ImGui::EndChild();
  if (s.phase() == Session::Phase::choice || s.phase() == Session::Phase::free_text) timer(app, s);
  ImGui::BeginChild("replies", ImVec2(0, -ImGui::GetTextLineHeightWithSpacing()));
  replies(app, s);
  ImGui::EndChild();
  ImGui::TextDisabled("%s   %s", std::string(word(lang, "keys_hint")).c_str(), app.status.c_str());
  // Esc opens the prompt on the next frame, so the same key press cannot also answer it.
  bool prompt_was_open = ImGui::IsPopupOpen("abandon");
  draw_abandon_prompt(app);
  // Esc in the reply box means leaving too, not only cancelling the edit.
  bool typing = s.phase() == Session::Phase::free_text;
  if (!prompt_was_open && (keys_free() || typing) && pressed(ImGuiKey_Escape) && app.screen == Screen::play) {
    if (s.ended()) app.back_to_library();
    else app.confirm_abandon = true;
  }
}

}  // namespace hallsim::app
