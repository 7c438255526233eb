// The presenter's notes in classroom mode: every reply's scores and feedback, the expert's reply,
// what the class's last reply earned, saved files and the keys. They are drawn only in the
// presenter's own window (two screens) or in the presenter view, which on one screen replaces the
// projection after the instructor confirms, under a banner that says it is not for the class.
#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>

#include "app.hpp"
#include "classroom_parts.hpp"
#include "debrief/report_text.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "score/advice.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

constexpr int kKeyP = 'P';

void every_reply(App& app, const Session& s) {
  const std::string& lang = app.lang();
  const Node& node = s.node();
  if (s.phase() == Session::Phase::choice) {
    std::optional<int> best = best_choice(node);
    std::vector<int> shown = s.visible_choices();
    for (size_t i = 0; i < shown.size(); ++i) {
      const Choice& c = node.choices[static_cast<size_t>(shown[i])];
      const std::string& feedback = s.text(c.feedback);
      wrapped(fmt::format("{}{}  {}{}", classroom_letter(i), best == shown[i] ? fmt::format(" [{}]", word(lang, "expert")) : "",
                          hallsim::deltas_text(lang, c.scores), feedback.empty() ? "" : "  " + feedback));
    }
    if (best && std::find(shown.begin(), shown.end(), *best) == shown.end())
      wrapped(labelled_text(lang, word(lang, "expert_reply"), s.text(node.choices[static_cast<size_t>(*best)].reply)));
  } else if (s.phase() == Session::Phase::free_text) {
    for (const Cue& cue : node.free_text.cues) {
      std::string label = s.text(cue.label);
      wrapped(fmt::format("{}  {}", label.empty() ? cue.id : label, hallsim::deltas_text(lang, cue.scores)));
    }
    const std::string& model = s.text(node.free_text.model_reply);
    if (!model.empty()) wrapped(labelled_text(lang, word(lang, "expert_reply"), model));
  }
}

}  // namespace

void draw_presenter_notes(App& app) {
  if (!app.session) return;
  const Session& s = *app.session;
  const std::string& lang = app.lang();
  ImGui::TextUnformatted(fmt::format("{} — {}", word(lang, "presenter_notes"), s.text(s.scenario().title)).c_str());
  ImGui::Separator();
  const Classroom& c = app.classroom;
  if (c.applied_turn && *c.applied_turn < s.turns().size()) {
    const Turn& turn = s.turns()[*c.applied_turn];
    wrapped(labelled_text(lang, word(lang, "class_said"), turn.reply));
    draw_turn_result(app, s, turn);  // the presenter sees what it earned before the class does
    ImGui::TextDisabled("%s", std::string(word(lang, c.revealed ? "classroom_revealed" : "hidden_until_reveal")).c_str());
  } else {
    wrapped(s.line());
    if (s.phase() == Session::Phase::choice) {
      const VoteTally& tally = classroom_tally(app.classroom, s);
      std::string split;
      for (size_t i = 0; i < tally.counts().size(); ++i) split += fmt::format("{}{} {}", i ? "  |  " : "", classroom_letter(i), tally.counts()[i]);
      ImGui::TextUnformatted(split.c_str());
    }
    ImGui::Separator();
    every_reply(app, s);
  }
  if (!c.presenter_status.empty()) {
    ImGui::Separator();
    wrapped(c.presenter_status);
  }
  ImGui::Separator();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  wrapped(std::string(word(lang, "classroom_keys")));
  ImGui::PopStyleColor();
}

void draw_presenter_view(App& app) {
  const std::string& lang = app.lang();
  // The banner: red, across the top, on every frame of the presenter view.
  std::string banner = std::string(word(lang, "presenter_view_banner"));
  float width = ImGui::GetContentRegionAvail().x;
  ImVec2 pad = ImGui::GetStyle().FramePadding;
  ImVec2 text = ImGui::CalcTextSize(banner.c_str(), nullptr, false, width - 2 * pad.x);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + text.y + 2 * pad.y), IM_COL32(190, 20, 20, 255), 6);
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad.x, pos.y + pad.y), IM_COL32_WHITE,
                                      banner.c_str(), nullptr, width - 2 * pad.x);
  ImGui::Dummy(ImVec2(width, text.y + 2 * pad.y));
  ImGui::BeginChild("presenter-view");
  draw_presenter_notes(app);
  ImGui::EndChild();
}

void draw_presenter_view_prompt(App& app) {
  const std::string& lang = app.lang();
  Classroom& c = app.classroom;
  if (c.confirm_presenter_view && !dialog_open("presenter_view")) open_dialog("presenter_view");
  if (!begin_dialog("presenter_view", std::string(word(lang, "presenter_view_title")))) return;
  wrapped(std::string(word(lang, "presenter_view_text")));
  // Keeping the projection is the default: Enter and Esc both keep it; only P (or the button) shows.
  std::string keep = fmt::format("{} (Enter/Esc)", word(lang, "presenter_view_cancel"));
  std::string show_label = fmt::format("{} (P)", word(lang, "presenter_view_show"));
  bool cancel = ImGui::Button(keep.c_str()) || pressed(ImGuiKey_Escape) || pressed(ImGuiKey_Enter);
  next_in_row(button_width(show_label));
  bool show = ImGui::Button(show_label.c_str()) || pressed_code(kKeyP);
  if (cancel || show) {
    c.confirm_presenter_view = false;
    c.presenter_view = show && !cancel;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace hallsim::app
