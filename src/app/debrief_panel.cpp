// The debrief, drawn natively: outcome and scores, the mood curve, the six steps, and each turn
// with the feedback and the road not taken.
#include <algorithm>
#include <string_view>
#include <utility>

#include <fmt/format.h>
#include <imgui.h>

#include "app.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "debrief/debrief.hpp"
#include "debrief/report_text.hpp"
#include "debrief/time_text.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

void mood_curve(const Debrief& debrief) {
  if (debrief.mood.empty()) return;
  ImVec2 size(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight() * 7.8f);
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), IM_COL32(30, 34, 42, 255), 4);
  const ImU32 colours[] = {IM_COL32(230, 90, 70, 255), IM_COL32(80, 160, 230, 255), IM_COL32(150, 200, 90, 255)};
  for (size_t m = 0; m < debrief.mood.size() && m < 3; ++m) {
    const MoodSeries& series = debrief.mood[m];
    float span = static_cast<float>(std::max(1, series.max - series.min));
    size_t points = series.values.size();
    std::vector<ImVec2> line;
    for (size_t i = 0; i < points; ++i) {
      float x = p.x + 10 + (size.x - 20) * (points > 1 ? static_cast<float>(i) / static_cast<float>(points - 1) : 0.5f);
      float y = p.y + size.y - 10 - (size.y - 20) * (static_cast<float>(series.values[i] - series.min) / span);
      line.emplace_back(x, y);
    }
    d->AddPolyline(line.data(), static_cast<int>(line.size()), colours[m], 0, 2.5f);
    for (const auto& pt : line) d->AddCircleFilled(pt, 3.5f, colours[m]);
    d->AddText(ImVec2(p.x + 12, p.y + 6 + ImGui::GetTextLineHeight() * static_cast<float>(m)), colours[m],
               mood_label(debrief.language, series.variable, debrief.mood_labels).c_str());
  }
  ImGui::Dummy(size);
}

void steps_row(const Debrief& debrief) {
  const std::string& lang = debrief.language;
  bool first = true;
  for (const StepLine& line : debrief.steps) {
    bool done = line.turn > 0, tried = line.attempt_turn > 0;
    ImVec4 colour = done ? ImVec4(0.4f, 0.85f, 0.5f, 1) : tried ? ImVec4(0.95f, 0.75f, 0.3f, 1) : ImVec4(0.95f, 0.45f, 0.4f, 1);
    std::string text = fmt::format("{}{} {}", first ? "" : "→ ", word(lang, line.step), done ? "✓" : tried ? "△" : "×");
    if (!first) next_in_row(ImGui::CalcTextSize(text.c_str()).x);  // the steps flow onto a second row when narrow
    first = false;
    ImGui::TextColored(colour, "%s", text.c_str());
  }
  for (const StepLine& line : debrief.steps)
    if (line.out_of_order && line.came_before)
      ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.3f, 1), "%s",
                         labelled_text(lang, word(lang, "out_of_order"),
                                       fmt::format("{} {} {}", word(lang, line.step), word(lang, "came_before"), word(lang, *line.came_before)))
                             .c_str());
}

std::string labels(const std::vector<CueLine>& cues, const std::string& lang) {
  std::string out;
  for (const CueLine& c : cues) out += (out.empty() ? "" : std::string(list_comma(lang))) + c.label;
  return out;
}

void turn_list(const Debrief& debrief) {
  const std::string& lang = debrief.language;
  for (const DebriefTurn& t : debrief.turns) {
    ImGui::Separator();
    ImGui::TextDisabled("%s", fill(word(lang, "turn"), std::to_string(t.number)).c_str());
    wrapped(labelled_text(lang, t.speaker_name, t.line));
    wrapped(labelled_text(lang, word(lang, "you"), t.reply));
    ImGui::TextColored(ImVec4(0.6f, 0.8f, 1, 1), "%s%s", deltas_text(lang, t.deltas).c_str(),
                       t.late ? aside(lang, word(lang, "late_reply")).c_str() : "");
    bool best_given = t.better && t.better->already_best;
    if (t.typed) {
      if (!t.cues_matched.empty()) wrapped(labelled_text(lang, word(lang, "cues_matched"), labels(t.cues_matched, lang)));
      if (!t.cues_missed.empty()) wrapped(labelled_text(lang, word(lang, "cues_missed"), labels(t.cues_missed, lang)));
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.6f, 0.45f, 1));
      for (const auto& reason : t.reasons) wrapped(reason);
      ImGui::PopStyleColor();
    } else if (!t.feedback.empty()) {
      // At the best reply the feedback is the principle it followed: say so.
      if (best_given) ImGui::TextColored(ImVec4(0.4f, 0.85f, 0.5f, 1), "%s", std::string(word(lang, "went_well")).c_str());
      wrapped(labelled_text(lang, word(lang, best_given ? "went_well" : "why"), t.feedback));
    }
    if (t.better && !t.better->already_best && !t.better->reply.empty()) {
      ImGui::TextColored(ImVec4(0.5f, 0.9f, 0.6f, 1), "%s", std::string(word(lang, "better_reply")).c_str());
      std::string earns = t.typed ? fmt::format("{} {}", word(lang, "model_reply_earns"), labels(t.better->cues, lang))
                                  : deltas_text(lang, t.better->scores);
      wrapped(t.better->reply + aside(lang, earns));
    }
  }
}

// "共情 72.7% (8/11)", or for a dimension below zero what was lost: "时效 0% (失5分，满分11)".
std::string dimension_label(const DimensionLine& line, const std::string& lang) {
  std::string name(word(lang, line.dimension));
  if (line.raw >= 0) return fmt::format("{}  {:.1f}%  ({}/{})", name, line.percent, line.raw, line.best);
  return fmt::format("{}  {:.0f}%  ({}{}{})", name, line.percent, fill(word(lang, "points_lost"), std::to_string(-line.raw)),
                     is_chinese(lang) ? "，" : ", ", fill(word(lang, "best_possible"), std::to_string(line.best)));
}

}  // namespace

void draw_debrief(App& app) {
  if (!app.session || !app.debrief) {
    app.screen = Screen::start;
    return;
  }
  const Debrief& d = *app.debrief;
  const std::string& lang = d.language;
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(fmt::format("{} — {}", word(lang, "debrief"), d.title));
  // The overall score is the first thing a trainee looks for: large, with the grade.
  ImGui::TextColored(d.passed ? ImVec4(0.4f, 0.85f, 0.5f, 1) : ImVec4(0.95f, 0.55f, 0.4f, 1), "%s %.1f  %s  %s",
                     std::string(word(lang, "overall")).c_str(), d.overall, d.grade.c_str(),
                     std::string(d.passed ? word(lang, "pass") : word(lang, "fail")).c_str());
  if (app.large_font) ImGui::PopFont();
  if (d.ended) {
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(outcome_colour(d.outcome)), "%s",
                       labelled_text(lang, word(lang, "outcome"), word(lang, d.outcome)).c_str());
    ImGui::SameLine();
    ImGui::Text("   %s", labelled_text(lang, word(lang, "rating"), word(lang, d.rating)).c_str());
  }
  const ImU32 colours[] = {IM_COL32(230, 120, 150, 255), IM_COL32(240, 180, 60, 255), IM_COL32(90, 180, 120, 255)};
  for (const DimensionLine& line : d.dimensions)
    bar(static_cast<float>(line.percent / 100.0), dimension_label(line, lang), colours[static_cast<int>(line.dimension)]);
  if (d.late_replies) ImGui::Text("%s", labelled_text(lang, word(lang, "late_reply"), std::to_string(d.late_replies)).c_str());
  // Named for what a trainee gets, not for the file format. The buttons flow onto as many rows as
  // the width needs; everything else scrolls above them.
  const char* const formats[] = {"html", "md", "json"};
  std::vector<std::string> buttons = {std::string(word(lang, "save_report_html")), std::string(word(lang, "save_report_md")),
                                      std::string(word(lang, "save_report_json")),
                                      fmt::format("{} (R)", word(lang, "retry")),
                                      fmt::format("{} (Esc)", word(lang, "library"))};
  float width = ImGui::GetContentRegionAvail().x;
  int rows = 1;
  float x = 0;
  for (const auto& b : buttons) {
    if (x > 0 && x + button_width(b) > width) ++rows, x = 0;
    x += button_width(b) + ImGui::GetStyle().ItemSpacing.x;
  }
  float status = app.status.empty() ? 0 : wrapped_height(app.status, width) + ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("details", ImVec2(0, -(ImGui::GetFrameHeightWithSpacing() * static_cast<float>(rows) + status)), true);
  if (!app.debrief_opened) {  // a new debrief opens at its top, not where the last one was left
    ImGui::SetScrollY(0);
    app.debrief_opened = true;
  }
  mood_curve(d);
  steps_row(d);
  turn_list(d);
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
    wrapped(fill(word(lang, "resume_text"), readable_date(app.pending_resume->saved_at)));
    bool resume = ImGui::Button(fmt::format("{} (Enter)", word(lang, "resume")).c_str()) || pressed(ImGuiKey_Enter);
    std::string keep_label = fmt::format("{} (Esc)", word(lang, "keep_unfinished"));
    next_in_row(button_width(keep_label));
    bool keep = ImGui::Button(keep_label.c_str()) || pressed(ImGuiKey_Escape);
    if (resume || keep) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    if (resume) app.resume_journal();
    else if (keep) app.discard_journal(true);
  }
}

}  // namespace hallsim::app
