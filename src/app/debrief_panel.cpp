// The debrief, drawn natively: outcome and scores, the mood curve, the six steps, and each turn
// with the feedback and the road not taken.
#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>

#include "app.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "debrief/debrief.hpp"
#include "score/advice.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

void mood_curve(const Session& s) {
  std::vector<const Variable*> moods;
  for (const auto& v : s.scenario().variables)
    if (v.is_mood) moods.push_back(&v);
  if (moods.empty()) return;
  ImVec2 size(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight() * 7.8f);
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), IM_COL32(30, 34, 42, 255), 4);
  size_t points = s.turns().size() + 1;
  const ImU32 colours[] = {IM_COL32(230, 90, 70, 255), IM_COL32(80, 160, 230, 255), IM_COL32(150, 200, 90, 255)};
  for (size_t m = 0; m < moods.size() && m < 3; ++m) {
    const Variable& v = *moods[m];
    float span = static_cast<float>(std::max(1, v.max - v.min));
    std::vector<ImVec2> line;
    for (size_t i = 0; i < points; ++i) {
      int value = v.start;
      if (i > 0)
        for (const auto& after : s.turns()[i - 1].after)
          if (after.name == v.name) value = after.value;
      float x = p.x + 10 + (size.x - 20) * (points > 1 ? static_cast<float>(i) / static_cast<float>(points - 1) : 0.5f);
      float y = p.y + size.y - 10 - (size.y - 20) * (static_cast<float>(value - v.min) / span);
      line.emplace_back(x, y);
    }
    d->AddPolyline(line.data(), static_cast<int>(line.size()), colours[m], 0, 2.5f);
    for (const auto& pt : line) d->AddCircleFilled(pt, 3.5f, colours[m]);
    d->AddText(ImVec2(p.x + 12, p.y + 6 + ImGui::GetTextLineHeight() * static_cast<float>(m)), colours[m], word(s.language(), v.name).data());
  }
  ImGui::Dummy(size);
}

void steps_row(const Session& s, const Totals& t) {
  const std::string& lang = s.language();
  for (int i = 0; i < kSteps; ++i) {
    auto step = static_cast<Step>(i);
    bool done = std::find(t.steps.performed.begin(), t.steps.performed.end(), step) != t.steps.performed.end();
    bool tried = std::find(t.steps.attempted.begin(), t.steps.attempted.end(), step) != t.steps.attempted.end();
    ImVec4 colour = done ? ImVec4(0.4f, 0.85f, 0.5f, 1) : tried ? ImVec4(0.95f, 0.75f, 0.3f, 1) : ImVec4(0.95f, 0.45f, 0.4f, 1);
    std::string text = fmt::format("{}{} {}", i ? "→ " : "", word(lang, step), done ? "✓" : tried ? "△" : "×");
    if (i) next_in_row(ImGui::CalcTextSize(text.c_str()).x);  // the steps flow onto a second row when narrow
    ImGui::TextColored(colour, "%s", text.c_str());
  }
  for (const auto& p : t.steps.out_of_order)
    ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.3f, 1), "%s: %s %s %s", std::string(word(lang, "out_of_order")).c_str(),
                       std::string(word(lang, p.step)).c_str(), std::string(word(lang, "came_before")).c_str(),
                       std::string(word(lang, p.should_follow)).c_str());
}

void turn_list(const Session& s) {
  const std::string& lang = s.language();
  const Scenario& sc = s.scenario();
  for (size_t i = 0; i < s.turns().size(); ++i) {
    const Turn& t = s.turns()[i];
    const Node& node = sc.nodes[static_cast<size_t>(sc.find_node(t.node))];
    ImGui::Separator();
    ImGui::TextDisabled("%s", fill(word(lang, "turn"), std::to_string(i + 1)).c_str());
    wrapped("» " + t.line);
    wrapped(fmt::format("{}: {}", word(lang, "you"), t.reply));
    ImGui::TextColored(ImVec4(0.6f, 0.8f, 1, 1), "%s%s", deltas_text(t.deltas, lang).c_str(),
                       t.late ? fmt::format("  ({})", word(lang, "late_reply")).c_str() : "");
    if (t.kind == Node::Kind::free_text) {
      DebriefTurn typed = explain_typed_turn(s, t);
      auto labels = [&](const std::vector<CueLine>& cues) {
        std::string out;
        for (const CueLine& c : cues) out += (out.empty() ? "" : is_chinese(lang) ? "、" : ", ") + c.label;
        return out;
      };
      if (!typed.cues_matched.empty()) wrapped(fmt::format("{}: {}", word(lang, "cues_matched"), labels(typed.cues_matched)));
      if (!typed.cues_missed.empty()) wrapped(fmt::format("{}: {}", word(lang, "cues_missed"), labels(typed.cues_missed)));
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.6f, 0.45f, 1));
      for (const auto& reason : typed.reasons) wrapped(reason);
      ImGui::PopStyleColor();
      if (typed.better && !typed.better->already_best && !typed.better->reply.empty()) {
        ImGui::TextColored(ImVec4(0.5f, 0.9f, 0.6f, 1), "%s", std::string(word(lang, "better_reply")).c_str());
        wrapped(fmt::format("  {}  ({} {})", typed.better->reply, word(lang, "model_reply_earns"), labels(typed.better->cues)));
      }
      continue;
    }
    const Choice& chosen = node.choices[static_cast<size_t>(t.choice)];
    std::string why = s.text(chosen.feedback);
    if (!why.empty()) wrapped(fmt::format("{}: {}", word(lang, "why"), why));
    auto best = best_choice(node);
    if (best && *best != t.choice && total_score(node.choices[static_cast<size_t>(*best)].scores) > total_score(chosen.scores)) {
      const Choice& b = node.choices[static_cast<size_t>(*best)];
      ImGui::TextColored(ImVec4(0.5f, 0.9f, 0.6f, 1), "%s", std::string(word(lang, "better_reply")).c_str());
      wrapped(fmt::format("  {}  ({})", s.text(b.reply), deltas_text(b.scores, lang)));
    }
  }
}

}  // namespace

void draw_debrief(App& app) {
  if (!app.session) {
    app.screen = Screen::start;
    return;
  }
  const Session& s = *app.session;
  const std::string& lang = s.language();
  Totals t = s.totals();
  auto ending = s.ending();
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(fmt::format("{} — {}", word(lang, "debrief"), s.text(s.scenario().title)));
  if (app.large_font) ImGui::PopFont();
  // The buttons flow onto as many rows as the width needs; everything else scrolls above them.
  const char* const formats[] = {"html", "md", "json"};
  std::vector<std::string> buttons;
  for (const char* format : formats) buttons.push_back(fmt::format("{} {}", word(lang, "save_report"), format));
  buttons.push_back(fmt::format("{} (R)", word(lang, "retry")));
  buttons.push_back(fmt::format("{} (Esc)", word(lang, "library")));
  float width = ImGui::GetContentRegionAvail().x;
  int rows = 1;
  float x = 0;
  for (const auto& b : buttons) {
    if (x > 0 && x + button_width(b) > width) ++rows, x = 0;
    x += button_width(b) + ImGui::GetStyle().ItemSpacing.x;
  }
  float status = app.status.empty() ? 0 : wrapped_height(app.status, width) + ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("details", ImVec2(0, -(ImGui::GetFrameHeightWithSpacing() * static_cast<float>(rows) + status)), true);
  if (ending) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(outcome_colour(ending->outcome)));
    wrapped(fmt::format("{}: {}   {} {:.1f} ({})  {}   {}: {}", word(lang, "outcome"), word(lang, ending->outcome),
                        word(lang, "overall"), t.overall, t.grade, t.passed ? word(lang, "pass") : word(lang, "fail"),
                        word(lang, "rating"), word(lang, ending->rating)));
    ImGui::PopStyleColor();
  }
  const ImU32 colours[] = {IM_COL32(230, 120, 150, 255), IM_COL32(240, 180, 60, 255), IM_COL32(90, 180, 120, 255)};
  for (int d = 0; d < kDimensions; ++d) {
    const DimensionResult& r = t.dimensions[d];
    bar(static_cast<float>(r.percent / 100.0),
        fmt::format("{}  {:.1f}%  ({}/{})", word(lang, static_cast<Dimension>(d)), r.percent, r.raw, r.best), colours[d]);
  }
  if (t.late_replies) ImGui::Text("%s: %d", std::string(word(lang, "late_reply")).c_str(), t.late_replies);
  mood_curve(s);
  steps_row(s, t);
  turn_list(s);
  ImGui::EndChild();
  bool clicked[5] = {};
  for (size_t i = 0; i < buttons.size(); ++i) {
    if (i) next_in_row(button_width(buttons[i]));
    clicked[i] = ImGui::Button(buttons[i].c_str());
  }
  for (size_t f = 0; f < 3; ++f)
    if (clicked[f]) {
      std::string file = app.save_report(formats[f]);
      if (f == 0) app.open_in_browser(file);  // html
    }
  bool retry = clicked[3], library = clicked[4];
  if (!app.status.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped(app.status);
    ImGui::PopStyleColor();
  }
  if (keys_free() && ImGui::IsKeyPressed('R', false)) retry = true;
  if (keys_free() && pressed(ImGuiKey_Escape)) library = true;
  if (retry) app.retry();
  else if (library) app.back_to_library();
}

void draw_resume_prompt(App& app) {
  const std::string& lang = app.lang();
  if (!dialog_open("resume")) open_dialog("resume");
  if (begin_dialog("resume", std::string(word(lang, "resume_title")))) {
    wrapped(fill(word(lang, "resume_text"), app.pending_resume->saved_at));
    bool resume = ImGui::Button(fmt::format("{} (Enter)", word(lang, "resume")).c_str()) || pressed(ImGuiKey_Enter);
    ImGui::SameLine();
    bool keep = ImGui::Button(fmt::format("{} (Esc)", word(lang, "keep_unfinished")).c_str()) || pressed(ImGuiKey_Escape);
    if (resume || keep) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    if (resume) app.resume_journal();
    else if (keep) app.discard_journal(true);
  }
}

}  // namespace hallsim::app
