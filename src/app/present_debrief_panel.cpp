// The projected debrief, for discussion: first the outcome and the three scores, then one turn at
// a time: what was said, how the class voted against the expert's reply, the road not taken.
#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "debrief/debrief.hpp"
#include "debrief/report_text.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

constexpr int kKeyLeft = 263, kKeyRight = 262;  // GLFW_KEY_LEFT / GLFW_KEY_RIGHT

void summary(App& app, const Debrief& d) {
  const std::string& lang = app.lang();
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(d.ended ? fmt::format("{}: {}", word(lang, "outcome"), word(lang, d.outcome)) : std::string(word(lang, "no_ending")));
  wrapped(fmt::format("{} {:.1f} ({})", word(lang, "overall"), d.overall, d.grade));
  if (app.large_font) ImGui::PopFont();
  if (!d.ending_summary.empty()) wrapped(d.ending_summary);
  for (const DimensionLine& line : d.dimensions)
    bar(static_cast<float>(line.percent / 100.0), fmt::format("{}  {:.1f}%", word(lang, line.dimension), line.percent),
        IM_COL32(70, 150, 230, 255));
  int agreed = 0, voted = 0;
  for (const DebriefTurn& t : d.turns)
    if (t.vote) {
      ++voted;
      auto top = std::max_element(t.vote->options.begin(), t.vote->options.end(),
                                  [](const VoteOption& a, const VoteOption& b) { return a.votes < b.votes; });
      if (top != t.vote->options.end() && top->expert) ++agreed;
    }
  if (voted) wrapped(fmt::format("{}: {} / {} {}", word(lang, "class_vote"), agreed, voted, word(lang, "expert")));
}

void turn_page(App& app, const DebriefTurn& t) {
  const std::string& lang = app.lang();
  ImGui::TextDisabled("%s", fmt::format("{}  {}", turn_label(lang, t.number), t.clock).c_str());
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(fmt::format("{}: {}", t.speaker_name, t.line));
  if (app.large_font) ImGui::PopFont();
  wrapped(fmt::format("{}: {}", word(lang, "you"), t.reply));
  ImGui::TextColored(ImVec4(0.55f, 0.85f, 1, 1), "%s", fmt::format("{}: {}", word(lang, "score_change"), deltas_text(t.deltas, lang)).c_str());
  if (t.vote) {
    ImGui::Spacing();
    ImGui::TextUnformatted(fmt::format("{}{}", word(lang, "class_vote"), t.vote->overridden ? fmt::format(" ({})", word(lang, "overridden")) : "").c_str());
    for (const VoteOption& o : t.vote->options) {
      float f = t.vote->total > 0 ? static_cast<float>(o.votes) / static_cast<float>(t.vote->total) : 0;
      std::string marks = (o.expert ? fmt::format("  [{}]", word(lang, "expert")) : std::string()) +
                          (o.applied ? fmt::format("  [{}]", word(lang, "applied")) : std::string());
      bar(f, fmt::format("{}  {}  {}{}", o.letter, o.votes, shorten(o.reply, 40), marks),
          o.expert ? IM_COL32(60, 180, 90, 255) : IM_COL32(110, 120, 140, 255));
    }
  }
  if (!t.feedback.empty()) wrapped(fmt::format("{}: {}", word(lang, "feedback"), t.feedback));
  if (t.better && !t.better->already_best) {
    std::string what = t.better->reply;
    for (const CueLine& c : t.better->cues) what += (what.empty() ? "" : ", ") + c.label;
    ImGui::TextColored(ImVec4(0.4f, 0.9f, 0.5f, 1), "%s", std::string(word(lang, "better_reply")).c_str());
    wrapped(what);
  } else if (t.better) {
    ImGui::TextColored(ImVec4(0.4f, 0.9f, 0.5f, 1), "%s", std::string(word(lang, "best_reply_given")).c_str());
  }
}

}  // namespace

void draw_present_debrief(App& app) {
  const std::string& lang = app.lang();
  Classroom& c = app.classroom;
  if (!c.debrief && app.session && !app.recorded_transcript.empty()) {
    try {
      DebriefOptions options;
      options.language = lang;
      c.debrief = build_debrief(app.session->scenario_ptr(), app.session->bounds(), nlohmann::json::parse(app.recorded_transcript),
                                options);
    } catch (const std::exception& e) {
      app.status = e.what();
    }
  }
  if (!c.debrief) {
    ImGui::TextUnformatted(app.status.c_str());
    if (pressed(ImGuiKey_Escape)) app.back_to_library();
    return;
  }
  const Debrief& d = *c.debrief;
  int pages = static_cast<int>(d.turns.size()) + 1;
  if (keys_free()) {
    if (pressed_code(kKeyRight) || pressed(ImGuiKey_Enter) || pressed(ImGuiKey_Space)) c.debrief_turn = std::min(pages - 1, c.debrief_turn + 1);
    if (pressed_code(kKeyLeft) || pressed(ImGuiKey_Backspace)) c.debrief_turn = std::max(0, c.debrief_turn - 1);
  }
  ImGui::TextUnformatted(fmt::format("{} — {}", word(lang, "debrief"), d.title).c_str());
  std::string where = fill(word(lang, "discussion_turn"), std::to_string(c.debrief_turn));
  where = fill(where, std::to_string(pages - 1));
  ImGui::SameLine(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(where.c_str()).x);
  ImGui::TextDisabled("%s", where.c_str());
  ImGui::Separator();
  ImGui::BeginChild("page", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.5f));
  if (c.debrief_turn == 0) summary(app, d);
  else turn_page(app, d.turns[static_cast<size_t>(c.debrief_turn - 1)]);
  ImGui::EndChild();
  if (ImGui::Button(fmt::format("< {}", word(lang, "previous_turn")).c_str())) c.debrief_turn = std::max(0, c.debrief_turn - 1);
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{} >", word(lang, "next_turn")).c_str())) c.debrief_turn = std::min(pages - 1, c.debrief_turn + 1);
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{} (Esc)", word(lang, "library")).c_str()) || pressed(ImGuiKey_Escape)) app.back_to_library();
}

}  // namespace hallsim::app
