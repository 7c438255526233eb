// Classroom mode, projected: the citizen and the line large, the replies lettered A, B, C ...
// with the class's votes as bars, the timer the instructor controls; once the class applies a
// reply, that reply is shown to the room and its scores and feedback only when revealed (R).
// Nothing of the presenter's notes is drawn here (classroom_notes_panel.cpp draws them).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app.hpp"
#include "classroom_parts.hpp"
#include "keys.hpp"
#include "layout_check.hpp"
#include "model/words.hpp"
#include "portrait.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

// GLFW key codes (ImGui 1.86 has no named keys for these).
constexpr int kKeyEqual = 61, kKeyMinus = 45, kKeyPadAdd = 334, kKeyPadSubtract = 333;
// The smallest the options' type may shrink to so that all of them, the tally and the apply
// button fit on a small projector; below it the citizen's line gives way instead.
constexpr float kSmallestOptionScale = 0.6f;

void timer(App& app, const Session& s) {
  const Classroom& c = app.classroom;
  if (c.timer == Classroom::Timer::hidden) return;
  float limit = static_cast<float>(s.time_limit());
  float left = std::max(0.0f, limit - static_cast<float>(s.seconds_waiting()));
  std::string label = c.timer == Classroom::Timer::paused ? std::string(word(app.lang(), "timer_paused"))
                      : left > 0 ? fill(word(app.lang(), "seconds_left"), std::to_string(static_cast<int>(left + 0.99f)))
                                 : std::string(word(app.lang(), "time_up"));
  ImU32 colour = c.timer == Classroom::Timer::paused ? IM_COL32(150, 150, 160, 255)
                 : left > limit / 3 ? IM_COL32(60, 200, 90, 255) : IM_COL32(240, 70, 60, 255);
  bar(limit > 0 ? left / limit : 0, label, colour);
}

float timer_height(const App& app) {
  return app.classroom.timer == Classroom::Timer::hidden ? 0 : ImGui::GetFrameHeightWithSpacing();
}

// The speaker's face and what was said, in `height` pixels (the line scrolls when it is longer).
// The room is told who speaks: a guard or a phone call changes what a good reply is.
// Who said a turn's line (the session has moved on to the next node since).
Speaker speaker_of(const Session& s, const Turn& turn) {
  int index = s.scenario().find_node(turn.node);
  return index < 0 ? Speaker::citizen : s.scenario().nodes[static_cast<size_t>(index)].speaker;
}

void stage(App& app, const Session& s, Speaker who, const std::string& line, float height) {
  ImGui::BeginChild("stage", ImVec2(0, height), false, ImGuiWindowFlags_NoScrollbar);
  float r = height * 0.4f;
  ImVec2 top = ImGui::GetCursorScreenPos();
  draw_speaker(ImGui::GetWindowDrawList(), top, ImVec2(top.x + r * 2.2f, top.y + height), s, &app.portrait_images);
  ImGui::SetCursorScreenPos(ImVec2(top.x + r * 2.4f, top.y));
  ImGui::BeginChild("line", ImVec2(0, height), true);
  ImGui::TextColored(ImVec4(0.65f, 0.75f, 0.95f, 1), "%s", s.speaker_label(who).c_str());
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(line);
  if (app.large_font) ImGui::PopFont();
  ImGui::EndChild();
  ImGui::EndChild();
}

float large_line_height(const App& app) {
  return (app.large_font ? app.large_font->FontSize : ImGui::GetFontSize()) * 1.25f;
}

// The stage's height: up to 6.5 lines when there is room, never under two lines of large type.
float stage_height(const App& app, float room) {
  float lines = ImGui::GetTextLineHeight() * 6.5f;
  float smallest = large_line_height(app) * 2 + ImGui::GetStyle().WindowPadding.y * 2;
  return std::clamp(room, smallest, std::max(smallest, lines));
}

// The label of an option row, and the room its text wraps in.
std::string option_label(size_t position, const std::string& text) {
  // No-break spaces keep the letter on the line of the reply's first words.
  return fmt::format("{}\u00a0\u00a0\u00a0{}", classroom_letter(position), text);
}
// The options' rows are compact: a little padding inside, half the usual space between.
float option_padding(float scale) { return ImGui::GetStyle().FramePadding.y * 0.6f * scale; }
float option_gap() { return ImGui::GetStyle().ItemSpacing.y * 0.5f; }
float option_text_width(float width, float scale) {
  return width - ImGui::CalcTextSize("0000").x * scale - 3 * ImGui::GetStyle().FramePadding.x;
}

// The height of the option rows at `scale` times the current type size.
float options_height(const std::vector<std::string>& labels, float width, float scale) {
  float h = 0;
  for (const auto& label : labels)
    h += ImGui::CalcTextSize(wrap_to_width(label, option_text_width(width, scale) / scale).c_str()).y * scale + 2 * option_padding(scale) +
         option_gap();
  return h;
}

// One reply: its letter and text, and the class's votes as a bar along its bottom. Drawn in the
// options' child, whose type is `scale` times the usual. Returns true when clicked (a vote).
bool option_row(const std::string& label, int votes, int most, bool marked, float scale) {
  float width = ImGui::GetContentRegionAvail().x;
  float pad_x = ImGui::GetStyle().FramePadding.x, pad_y = option_padding(scale);
  std::string count = fmt::format("{}", votes);
  // Broken by the same rule as every other text (no line starts with "，", numbers stay whole).
  std::string lines = wrap_to_width(label, option_text_width(width, scale));
  ImVec2 size_text = ImGui::CalcTextSize(lines.c_str());
  ImVec2 size(width, size_text.y + 2 * pad_y);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(label.c_str(), size);
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                   ImGui::GetColorU32(ImGui::IsItemHovered() || marked ? ImGuiCol_ButtonHovered : ImGuiCol_Button), 6);
  if (votes > 0) {
    float f = static_cast<float>(votes) / static_cast<float>(std::max(1, most));
    float h = std::max(4.0f, pad_y * 0.8f);
    d->AddRectFilled(ImVec2(pos.x, pos.y + size.y - h), ImVec2(pos.x + size.x * f, pos.y + size.y), IM_COL32(250, 200, 40, 255), 3);
  }
  d->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad_x, pos.y + pad_y), ImGui::GetColorU32(ImGuiCol_Text),
             lines.c_str());
  d->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + width - pad_x - ImGui::CalcTextSize(count.c_str()).x, pos.y + pad_y),
             ImGui::GetColorU32(ImGuiCol_Text), count.c_str());
  return clicked;
}

// The tally and the apply button: what they say, and whether they share a line.
struct VoteFooter {
  std::string summary, button;  // button "" without a majority
  bool one_line = true;

  VoteFooter(const std::string& lang, const VoteTally& tally) {
    std::optional<int> majority = tally.majority();
    summary = tally.total() == 0 ? std::string(word(lang, "no_votes"))
              : majority ? fmt::format("{} {} · {} {}", tally.total(), word(lang, "votes"), word(lang, "classroom_leading"),
                                       classroom_letter(static_cast<size_t>(*majority)))
                         : fmt::format("{} {} · {}", tally.total(), word(lang, "votes"), word(lang, "tie_vote"));
    if (majority) button = fmt::format("{} {} (Enter)", word(lang, "apply_majority"), classroom_letter(static_cast<size_t>(*majority)));
    const ImGuiStyle& style = ImGui::GetStyle();
    float needed = ImGui::CalcTextSize(summary.c_str()).x + style.ItemSpacing.x * 3 + ImGui::CalcTextSize(button.c_str()).x +
                   2 * style.FramePadding.x;
    one_line = button.empty() || needed <= ImGui::GetContentRegionAvail().x;
  }
  float height() const { return ImGui::GetFrameHeightWithSpacing() * (one_line ? 1.0f : 2.0f); }

  void draw(App& app, const VoteTally& tally) const {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(summary.c_str());
    if (button.empty()) return;
    if (one_line) ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 3);
    if (ImGui::Button(button.c_str()) || (class_keys_free(app) && pressed(ImGuiKey_Enter))) app.classroom_apply(*tally.majority());
  }
};

void vote_on_choices(App& app, Session& s) {
  VoteTally& tally = classroom_tally(app.classroom, s);
  std::vector<int> shown = s.visible_choices();
  if (class_keys_free(app)) {
    bool shift = ImGui::GetIO().KeyShift;
    for (size_t i = 0; i < shown.size() && i < 9; ++i) {
      bool by_letter = pressed_code('A' + static_cast<int>(i));
      if (by_letter && shift) return app.classroom_apply(static_cast<int>(i));  // the instructor overrides
      if (by_letter || pressed_digit(static_cast<int>(i) + 1)) tally.add(static_cast<int>(i));
    }
    if (pressed(ImGuiKey_Backspace)) tally.remove_last();
  }
  std::vector<std::string> labels;
  for (size_t i = 0; i < shown.size(); ++i) labels.push_back(option_label(i, s.text(s.node().choices[static_cast<size_t>(shown[i])].reply)));
  // Every option, the tally and the apply button on screen: the citizen's line gives way first,
  // then the options' type shrinks.
  VoteFooter footer(app.lang(), tally);
  float width = ImGui::GetContentRegionAvail().x;
  float spacing = ImGui::GetStyle().ItemSpacing.y;
  float room = ImGui::GetContentRegionAvail().y - timer_height(app) - footer.height() - spacing;
  float stage_h = stage_height(app, room - options_height(labels, width, 1) - spacing);
  float options_room = room - stage_h - spacing;
  float scale = 1;
  while (scale > kSmallestOptionScale && options_height(labels, width, scale) > options_room) scale -= 0.05f;
  stage(app, s, s.node().speaker, s.line(), stage_h);
  timer(app, s);
  ImGui::BeginChild("options", ImVec2(0, std::max(options_room, 1.0f)), false);
  layout_check::must_fit();  // the class must see every option it votes on
  ImGui::SetWindowFontScale(scale);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, option_gap()));
  const auto& counts = tally.counts();
  int most = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
  for (size_t i = 0; i < labels.size(); ++i)
    if (option_row(labels[i], counts[i], most, tally.majority() == static_cast<int>(i), scale)) tally.add(static_cast<int>(i));
  ImGui::PopStyleVar();
  ImGui::EndChild();
  footer.draw(app, tally);
}

void class_reply(App& app, const Session& s) {
  const std::string& lang = app.lang();
  float below = timer_height(app) + ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetTextLineHeight() * 3;
  stage(app, s, s.node().speaker, s.line(), stage_height(app, ImGui::GetContentRegionAvail().y - below));
  timer(app, s);
  const std::string& prompt = s.text(s.node().free_text.prompt);
  if (!prompt.empty()) wrapped(prompt);
  // The box takes the keyboard only on Enter, so R, T and N still work while the class discusses.
  if (class_keys_free(app) && pressed(ImGuiKey_Enter)) ImGui::SetKeyboardFocusHere();
  bool send = ImGui::InputTextMultiline("##class-reply", &app.reply_draft, ImVec2(-1, ImGui::GetTextLineHeight() * 2.5f),
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  layout_check::text_box_drawn();
  send |= ImGui::Button(fmt::format("{}  ({})", word(lang, "send"), word(lang, "send_hint")).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", std::string(word(lang, "class_reply_hint")).c_str());
  if (send && !app.reply_draft.empty()) {
    std::string reply;
    reply.swap(app.reply_draft);
    app.classroom_say(reply);
  }
}

// After the class's reply: what it was, shown to the room, and what it earned once revealed.
void applied_reply(App& app, const Session& s, size_t turn_index) {
  const std::string& lang = app.lang();
  const Turn& turn = s.turns().at(turn_index);
  float below = ImGui::GetTextLineHeight() * 8;
  stage(app, s, speaker_of(s, turn), turn.line, stage_height(app, ImGui::GetContentRegionAvail().y - below));
  std::string who = turn.vote ? fill(word(lang, "class_chose"), classroom_letter(static_cast<size_t>(
                                    std::find(turn.vote->choices.begin(), turn.vote->choices.end(), turn.choice) - turn.vote->choices.begin())))
                              : std::string(word(lang, "class_said"));
  ImGui::TextColored(ImVec4(1, 0.85f, 0.1f, 1), "%s", who.c_str());
  ImGui::BeginChild("applied", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.2f), true);
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(turn.reply);
  if (app.large_font) ImGui::PopFont();
  ImGui::Spacing();
  if (app.classroom.revealed) draw_turn_result(app, s, turn);
  else ImGui::TextDisabled("%s", std::string(word(lang, "hidden_until_reveal")).c_str());
  ImGui::EndChild();
  if (ImGui::Button(fmt::format("{}  (Enter)", word(lang, "continue")).c_str()) || (class_keys_free(app) && pressed(ImGuiKey_Enter)))
    app.classroom_continue();
}

void classroom_keys(App& app) {
  Classroom& c = app.classroom;
  if (!class_keys_free(app)) return;
  if (pressed_code('R') && c.applied_turn) c.revealed = !c.revealed;
  if (pressed_code('N')) app.toggle_presenter_notes();
  if (pressed_code('W')) {
    if (c.two_screens()) c.presenter_window = !c.presenter_window;
    else app.toggle_presenter_notes();  // a window on the projected screen would be projected
  }
  if (pressed_code('F')) c.fullscreen = !c.fullscreen;
  if (pressed_code('T')) c.next_timer_mode();
  float before = c.scale;
  if (pressed_code(kKeyEqual) || pressed_code(kKeyPadAdd)) c.grow();
  if (pressed_code(kKeyMinus) || pressed_code(kKeyPadSubtract)) c.shrink();
  if (c.scale != before) app.fonts_dirty = true;
}

void header(App& app, const Session& s) {
  const std::string& lang = app.lang();
  std::string right = fill(word(lang, "turn"), std::to_string(s.turns().size() + (app.classroom.applied_turn ? 0 : 1)));
  if (std::string clock = s.clock(); !clock.empty()) right += fmt::format("   {} {}", word(lang, "hall_clock"), clock);
  ImGui::TextUnformatted(s.text(s.scenario().title).c_str());
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - ImGui::CalcTextSize(right.c_str()).x));
  ImGui::TextUnformatted(right.c_str());
}

}  // namespace

void draw_classroom(App& app) {
  if (!app.session) {
    app.screen = Screen::start;
    return;
  }
  Session& s = *app.session;
  const std::string& lang = app.lang();
  if (!app.status.empty()) {  // a saved transcript's path, an error: for the presenter, not the projector
    app.classroom.presenter_status = app.status;
    app.status.clear();
  }
  classroom_keys(app);
  app.keep_classroom_clock();
  if (app.classroom.presenter_view) {
    draw_presenter_view(app);
  } else {
    header(app, s);
    if (app.classroom.applied_turn && *app.classroom.applied_turn < s.turns().size()) {
      applied_reply(app, s, *app.classroom.applied_turn);
    } else {
      switch (s.phase()) {
        case Session::Phase::choice: vote_on_choices(app, s); break;
        case Session::Phase::free_text: class_reply(app, s); break;
        case Session::Phase::line:
        case Session::Phase::ended: {
          float below = ImGui::GetFrameHeightWithSpacing() * 2;
          stage(app, s, s.node().speaker, s.line(), stage_height(app, ImGui::GetContentRegionAvail().y - below));
          bool ended = s.phase() == Session::Phase::ended;
          std::string label = fmt::format("{}  (Enter)", word(lang, ended ? "to_debrief" : "continue"));
          if (wrapped_button(label, true) || (class_keys_free(app) && pressed(ImGuiKey_Enter))) {
            if (ended) {
              app.classroom.debrief_page = 0;
              app.screen = Screen::classroom_debrief;
            } else {
              s.advance();
              app.after_move();
            }
          }
          break;
        }
      }
    }
  }
  // Esc answers an open question first; only then does it leave the notes or the class.
  bool asked = !class_keys_free(app) && keys_free();
  draw_presenter_view_prompt(app);
  draw_abandon_prompt(app);
  if (!asked && keys_free() && pressed(ImGuiKey_Escape) && app.screen == Screen::classroom) {
    if (app.classroom.presenter_view) app.classroom.presenter_view = false;  // Esc leaves the notes first
    else if (s.ended()) app.back_to_library();
    else app.confirm_abandon = true;
  }
}

}  // namespace hallsim::app
