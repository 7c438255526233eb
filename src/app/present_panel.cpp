// Classroom mode, projected: the citizen and the line large, the replies lettered A, B, C ...
// with the class's votes as bars, the timer the instructor controls, and the scores and feedback
// only once revealed. The presenter's notes (every reply's scores and feedback, the expert's
// reply, the keys) show below when the instructor turns them on.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "portrait.hpp"
#include "score/advice.hpp"
#include "debrief/report_text.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

// GLFW key codes (ImGui 1.86 has no named keys for these).
constexpr int kKeyEqual = 61, kKeyMinus = 45, kKeyPadAdd = 334, kKeyPadSubtract = 333;

std::string letter(size_t position) { return std::string(1, static_cast<char>('A' + position % 26)); }

// The tally belongs to the question on screen; a new question starts a fresh one.
VoteTally& tally_for_now(Classroom& c, const Session& s) {
  if (!c.tally || c.tally_for != s.revision()) {
    c.tally.emplace(s.visible_choices());
    c.tally_for = s.revision();
  }
  return *c.tally;
}

void apply(App& app, Session& s, int position) {
  Classroom& c = app.classroom;
  ClassVote vote = c.tally->result(position);
  app.pause_clock(false);
  s.choose(position, std::nullopt, vote);
  c.revealed = false;
  if (c.timer == Classroom::Timer::paused) c.timer = Classroom::Timer::shown;
  app.after_move();
}

void header(App& app, const Session& s) {
  const std::string& lang = app.lang();
  std::string right = fill(word(lang, "turn"), std::to_string(s.turns().size() + 1));
  if (std::string clock = s.clock(); !clock.empty()) right += fmt::format("   {} {}", word(lang, "hall_clock"), clock);
  ImGui::TextUnformatted(s.text(s.scenario().title).c_str());
  ImGui::SameLine(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(right.c_str()).x);
  ImGui::TextUnformatted(right.c_str());
}

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

void stage(App& app, const Session& s) {
  float height = ImGui::GetTextLineHeight() * 6.5f;
  ImGui::BeginChild("stage", ImVec2(0, height), false, ImGuiWindowFlags_NoScrollbar);
  float r = height * 0.4f;
  ImVec2 top = ImGui::GetCursorScreenPos();
  draw_speaker(ImGui::GetWindowDrawList(), top, ImVec2(top.x + r * 2.2f, top.y + height), s, &app.portrait_images);
  ImGui::SetCursorScreenPos(ImVec2(top.x + r * 2.4f, top.y));
  ImGui::BeginChild("line", ImVec2(0, height), true);
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(s.line());
  if (app.large_font) ImGui::PopFont();
  ImGui::EndChild();
  ImGui::EndChild();
}

// One reply: its letter and text, and the class's votes as a bar behind it. Returns true when
// clicked (a click adds a vote).
bool option_row(size_t position, const std::string& text, int votes, int most, bool marked) {
  float width = ImGui::GetContentRegionAvail().x;
  ImVec2 pad = ImGui::GetStyle().FramePadding;
  // No-break spaces keep the letter on the line of the reply's first words.
  std::string label = fmt::format("{}\u00a0\u00a0\u00a0{}", letter(position), text);
  std::string count = fmt::format("{}", votes);
  float count_width = ImGui::CalcTextSize("0000").x;
  ImVec2 size_text = ImGui::CalcTextSize(label.c_str(), nullptr, false, width - count_width - 3 * pad.x);
  ImVec2 size(width, size_text.y + 2 * pad.y);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(label.c_str(), size);
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                   ImGui::GetColorU32(ImGui::IsItemHovered() || marked ? ImGuiCol_ButtonHovered : ImGuiCol_Button), 6);
  if (votes > 0) {  // the vote bar, along the bottom of the row
    float f = static_cast<float>(votes) / static_cast<float>(std::max(1, most));
    float h = std::max(4.0f, pad.y * 0.8f);
    d->AddRectFilled(ImVec2(pos.x, pos.y + size.y - h), ImVec2(pos.x + size.x * f, pos.y + size.y), IM_COL32(250, 200, 40, 255), 3);
  }
  d->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text),
             label.c_str(), nullptr, width - count_width - 3 * pad.x);
  d->AddText(ImVec2(pos.x + width - pad.x - ImGui::CalcTextSize(count.c_str()).x, pos.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text),
             count.c_str());
  ImGui::Dummy(ImVec2(0, pad.y * 0.5f));
  return clicked;
}

void vote_on_choices(App& app, Session& s) {
  const std::string& lang = app.lang();
  VoteTally& tally = tally_for_now(app.classroom, s);
  std::vector<int> shown = s.visible_choices();
  if (keys_free()) {
    bool shift = ImGui::GetIO().KeyShift;
    for (size_t i = 0; i < shown.size() && i < 9; ++i) {
      bool by_letter = i < 26 && pressed_code('A' + static_cast<int>(i));
      if (by_letter && shift) return apply(app, s, static_cast<int>(i));  // the instructor overrides
      if (by_letter || pressed_digit(static_cast<int>(i) + 1)) tally.add(static_cast<int>(i));
    }
    if (pressed(ImGuiKey_Backspace)) tally.remove_last();
  }
  const auto& counts = tally.counts();
  int most = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
  for (size_t i = 0; i < shown.size(); ++i) {
    const Choice& c = s.node().choices[static_cast<size_t>(shown[i])];
    if (option_row(i, s.text(c.reply), counts[i], most, tally.majority() == static_cast<int>(i))) tally.add(static_cast<int>(i));
  }
  std::optional<int> majority = tally.majority();
  std::string summary = tally.total() == 0 ? std::string(word(lang, "no_votes"))
                        : majority        ? fmt::format("{} {} · {} {}", tally.total(), word(lang, "votes"), word(lang, "apply_majority"),
                                                        letter(static_cast<size_t>(*majority)))
                                          : std::string(word(lang, "tie_vote"));
  ImGui::TextDisabled("%s", summary.c_str());
  if (majority) {
    ImGui::SameLine();
    if (ImGui::Button(fmt::format("{} (Enter)", word(lang, "apply_majority")).c_str()) || (keys_free() && pressed(ImGuiKey_Enter)))
      apply(app, s, *majority);
  }
}

void class_reply(App& app, Session& s) {
  const std::string& lang = app.lang();
  std::string prompt = s.text(s.node().free_text.prompt);
  if (!prompt.empty()) wrapped(prompt);
  // The box takes the keyboard only on Enter, so R, T and N still work while the class discusses.
  if (keys_free() && pressed(ImGuiKey_Enter)) ImGui::SetKeyboardFocusHere();
  bool send = ImGui::InputTextMultiline("##class-reply", &app.reply_draft, ImVec2(-1, ImGui::GetTextLineHeight() * 2.5f),
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  send |= ImGui::Button(fmt::format("{}  ({})", word(lang, "send"), word(lang, "send_hint")).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", std::string(word(lang, "class_reply_hint")).c_str());
  if (send) {
    app.pause_clock(false);
    s.say(app.reply_draft);
    app.reply_draft.clear();
    app.classroom.revealed = false;
    app.after_move();
  }
}

// What the last reply earned, once the instructor reveals it.
void revealed(App& app, const Session& s) {
  const std::string& lang = app.lang();
  if (s.turns().empty()) return;
  const Turn& last = s.turns().back();
  if (!app.classroom.revealed) {
    ImGui::TextDisabled("%s", std::string(word(lang, "hidden_until_reveal")).c_str());
    return;
  }
  const Node& node = s.scenario().nodes[static_cast<size_t>(s.scenario().find_node(last.node))];
  std::string feedback = last.choice >= 0 ? s.text(node.choices[static_cast<size_t>(last.choice)].feedback) : std::string();
  ImGui::TextColored(ImVec4(0.55f, 0.85f, 1, 1), "%s", fmt::format("{}: {}", word(lang, "score_change"), deltas_text(lang, last.deltas)).c_str());
  if (!feedback.empty()) wrapped(fmt::format("{}: {}", word(lang, "feedback"), feedback));
  if (last.kind == Node::Kind::free_text) {
    std::string met;
    for (const auto& id : last.cues) met += (met.empty() ? "" : ", ") + id;
    wrapped(fmt::format("{}: {}", word(lang, "cues_matched"), met.empty() ? "—" : met));
  }
  Totals t = s.totals();
  std::string dims;
  for (int d = 0; d < kDimensions; ++d)
    dims += fmt::format("{}{} {}%", d ? " · " : "", word(lang, static_cast<Dimension>(d)), std::lround(t.dimensions[d].percent));
  wrapped(fmt::format("{} {:.0f}   {}", word(lang, "overall"), t.overall, dims));
}

// For the instructor's eyes: every reply's scores and feedback, the expert's choice, the keys.
void presenter_notes(App& app, const Session& s) {
  const std::string& lang = app.lang();
  ImGui::Separator();
  ImGui::TextDisabled("%s", std::string(word(lang, "presenter_notes")).c_str());
  const Node& node = s.node();
  if (s.phase() == Session::Phase::choice) {
    std::optional<int> best = best_choice(node);
    std::vector<int> shown = s.visible_choices();
    for (size_t i = 0; i < shown.size(); ++i) {
      const Choice& c = node.choices[static_cast<size_t>(shown[i])];
      const std::string& feedback = s.text(c.feedback);
      wrapped(fmt::format("{}{}  {}{}", letter(i), best == shown[i] ? fmt::format(" [{}]", word(lang, "expert")) : "", deltas_text(lang, c.scores),
                          feedback.empty() ? "" : "  " + feedback));
    }
    if (best && std::find(shown.begin(), shown.end(), *best) == shown.end())
      wrapped(fmt::format("{}: {}", word(lang, "expert_reply"), s.text(node.choices[static_cast<size_t>(*best)].reply)));
  } else if (s.phase() == Session::Phase::free_text) {
    for (const Cue& cue : node.free_text.cues) {
      std::string label = s.text(cue.label);
      wrapped(fmt::format("{}  {}", label.empty() ? cue.id : label, deltas_text(lang, cue.scores)));
    }
  }
  ImGui::TextDisabled("%s", std::string(word(lang, "classroom_keys")).c_str());
}

void classroom_keys(App& app) {
  Classroom& c = app.classroom;
  if (!keys_free()) return;
  if (pressed_code('R')) c.revealed = !c.revealed;
  if (pressed_code('N')) c.notes = !c.notes;
  if (pressed_code('F')) c.fullscreen = !c.fullscreen;
  if (pressed_code('W')) c.presenter_window = !c.presenter_window;
  if (pressed_code('T')) {
    c.next_timer_mode();
    app.pause_clock(c.timer == Classroom::Timer::paused);
  }
  float before = c.scale;
  if (pressed_code(kKeyEqual) || pressed_code(kKeyPadAdd)) c.grow();
  if (pressed_code(kKeyMinus) || pressed_code(kKeyPadSubtract)) c.shrink();
  if (c.scale != before) app.fonts_dirty = true;
}

}  // namespace

void draw_presenter_window(App& app) {
  if (!app.session) return;
  const Session& s = *app.session;
  header(app, s);
  wrapped(s.line());
  if (s.phase() == Session::Phase::choice) {
    const VoteTally& tally = tally_for_now(app.classroom, s);
    std::string split;
    for (size_t i = 0; i < tally.counts().size(); ++i) split += fmt::format("{}{} {}", i ? "  |  " : "", letter(i), tally.counts()[i]);
    ImGui::TextUnformatted(split.c_str());
  }
  bool shown = app.classroom.revealed;
  app.classroom.revealed = true;  // the presenter always sees what the last reply earned
  revealed(app, s);
  app.classroom.revealed = shown;
  presenter_notes(app, s);
}

void draw_present(App& app) {
  if (!app.session) {
    app.screen = Screen::start;
    return;
  }
  Session& s = *app.session;
  const std::string& lang = app.lang();
  classroom_keys(app);
  header(app, s);
  stage(app, s);
  if (s.phase() == Session::Phase::choice || s.phase() == Session::Phase::free_text) timer(app, s);
  switch (s.phase()) {
    case Session::Phase::choice: vote_on_choices(app, s); break;
    case Session::Phase::free_text: class_reply(app, s); break;
    case Session::Phase::line:
      if (wrapped_button(fmt::format("{}  (Enter)", word(lang, "continue")), true) || (keys_free() && pressed(ImGuiKey_Enter))) {
        s.advance();
        app.after_move();
      }
      break;
    case Session::Phase::ended:
      if (wrapped_button(fmt::format("{}  (Enter)", word(lang, "to_debrief")), true) || (keys_free() && pressed(ImGuiKey_Enter))) {
        app.classroom.debrief_turn = 0;
        app.screen = Screen::present_debrief;
      }
      break;
  }
  revealed(app, s);
  if (app.classroom.notes && !app.classroom.presenter_window) presenter_notes(app, s);
  if (!app.status.empty()) ImGui::TextDisabled("%s", app.status.c_str());
  bool prompt_was_open = ImGui::IsPopupOpen("abandon");
  draw_abandon_prompt(app);
  if (!prompt_was_open && pressed(ImGuiKey_Escape) && app.screen == Screen::present) {
    if (s.ended()) app.back_to_library();
    else app.confirm_abandon = true;
  }
}

}  // namespace hallsim::app
