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
  ImVec2 size(ImGui::GetContentRegionAvail().x, 140);
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
    d->AddText(ImVec2(p.x + 12, p.y + 6 + 18 * static_cast<float>(m)), colours[m], word(s.language(), v.name).data());
  }
  ImGui::Dummy(size);
}

void steps_row(const Session& s, const Totals& t) {
  const std::string& lang = s.language();
  for (int i = 0; i < kSteps; ++i) {
    auto step = static_cast<Step>(i);
    bool done = std::find(t.steps.performed.begin(), t.steps.performed.end(), step) != t.steps.performed.end();
    bool tried = std::find(t.steps.attempted.begin(), t.steps.attempted.end(), step) != t.steps.attempted.end();
    if (i) ImGui::SameLine(), ImGui::TextDisabled("→"), ImGui::SameLine();
    ImVec4 colour = done ? ImVec4(0.4f, 0.85f, 0.5f, 1) : tried ? ImVec4(0.95f, 0.75f, 0.3f, 1) : ImVec4(0.95f, 0.45f, 0.4f, 1);
    ImGui::TextColored(colour, "%s %s", std::string(word(lang, step)).c_str(), done ? "✓" : tried ? "△" : "×");
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
      for (const auto& reason : typed.reasons) ImGui::TextColored(ImVec4(0.95f, 0.6f, 0.45f, 1), "%s", reason.c_str());
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
  ImGui::Text("%s — %s", std::string(word(lang, "debrief")).c_str(), s.text(s.scenario().title).c_str());
  if (app.large_font) ImGui::PopFont();
  if (ending) {
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(outcome_colour(ending->outcome)), "%s: %s",
                       std::string(word(lang, "outcome")).c_str(), std::string(word(lang, ending->outcome)).c_str());
    ImGui::SameLine();
    ImGui::Text("   %s %.1f (%s)  %s   %s: %s", std::string(word(lang, "overall")).c_str(), t.overall, t.grade.c_str(),
                std::string(t.passed ? word(lang, "pass") : word(lang, "fail")).c_str(),
                std::string(word(lang, "rating")).c_str(), std::string(word(lang, ending->rating)).c_str());
  }
  const ImU32 colours[] = {IM_COL32(230, 120, 150, 255), IM_COL32(240, 180, 60, 255), IM_COL32(90, 180, 120, 255)};
  for (int d = 0; d < kDimensions; ++d) {
    const DimensionResult& r = t.dimensions[d];
    bar(static_cast<float>(r.percent / 100.0),
        fmt::format("{}  {:.1f}%  ({}/{})", word(lang, static_cast<Dimension>(d)), r.percent, r.raw, r.best), colours[d]);
  }
  if (t.late_replies) ImGui::Text("%s: %d", std::string(word(lang, "late_reply")).c_str(), t.late_replies);
  ImGui::BeginChild("details", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.6f), true);
  mood_curve(s);
  steps_row(s, t);
  turn_list(s);
  ImGui::EndChild();
  for (const char* format : {"html", "md", "json"}) {
    if (ImGui::Button(fmt::format("{} {}", word(lang, "save_report"), format).c_str())) {
      std::string file = app.save_report(format);
      if (std::string(format) == "html") app.open_in_browser(file);
    }
    ImGui::SameLine();
  }
  bool retry = ImGui::Button(fmt::format("{} (R)", word(lang, "retry")).c_str());
  ImGui::SameLine();
  bool library = ImGui::Button(fmt::format("{} (Esc)", word(lang, "library")).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", app.status.c_str());
  if (keys_free() && ImGui::IsKeyPressed('R', false)) retry = true;
  if (keys_free() && pressed(ImGuiKey_Escape)) library = true;
  if (retry) app.retry();
  else if (library) app.back_to_library();
}

void draw_resume_prompt(App& app) {
  const std::string& lang = app.lang();
  if (!ImGui::IsPopupOpen("resume")) ImGui::OpenPopup("resume");
  if (ImGui::BeginPopupModal("resume", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(std::string(word(lang, "resume_title")).c_str());
    ImGui::TextUnformatted(fill(word(lang, "resume_text"), app.pending_resume->saved_at).c_str());
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
