// The projected debrief, for discussion, drawn from the engine's Debrief (the same the HTML report
// renders; nothing is scored again here): the summary with the class's votes, the mood curve, the
// six steps, then one page a turn: what was said, how the class voted against the expert's reply,
// what it earned and the road not taken. The report can be saved from here.
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <imgui.h>

#include "app.hpp"
#include "classroom_parts.hpp"
#include "debrief/debrief.hpp"
#include "debrief/report_text.hpp"
#include "fonts.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

constexpr int kKeyLeft = 263, kKeyRight = 262;  // GLFW_KEY_LEFT / GLFW_KEY_RIGHT
const ImVec4 kGood(0.4f, 0.9f, 0.5f, 1), kScore(0.55f, 0.85f, 1, 1), kWarn(1, 0.6f, 0.3f, 1);

// The pages in order: the summary, the mood curve (when the scenario has moods), the six steps,
// then one a turn.
struct Page {
  enum class Kind { summary, mood, steps, turn } kind;
  int turn = 0;  // index into Debrief::turns
};

std::vector<Page> pages_of(const Debrief& d) {
  std::vector<Page> pages{{Page::Kind::summary}};
  if (!d.mood.empty()) pages.push_back({Page::Kind::mood});
  pages.push_back({Page::Kind::steps});
  for (size_t i = 0; i < d.turns.size(); ++i) pages.push_back({Page::Kind::turn, static_cast<int>(i)});
  return pages;
}

// Label and value rows that start at the same x: a table with the labels in a column of their own.
bool begin_rows(const char* id, float label_width) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingFixedFit)) return false;
  ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, label_width);
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
  return true;
}
void row(const std::string& label, const std::string& value, const ImVec4* colour = nullptr) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", label.c_str());
  ImGui::TableNextColumn();
  if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
  wrapped(value);
  if (colour) ImGui::PopStyleColor();
}
float label_width(const std::vector<std::string>& labels) {
  float w = 0;
  for (const auto& l : labels) w = std::max(w, ImGui::CalcTextSize(l.c_str()).x);
  return w + ImGui::GetStyle().ItemSpacing.x;
}

// "The class voted 7 times; 3 times the majority chose the expert's reply; the instructor chose
// otherwise once."
std::string vote_summary(const std::string& lang, const Debrief& d) {
  int voted = 0, expert = 0, overridden = 0;
  for (const DebriefTurn& t : d.turns) {
    if (!t.vote) continue;
    ++voted;
    overridden += t.vote->overridden ? 1 : 0;
    auto top = std::max_element(t.vote->options.begin(), t.vote->options.end(),
                                [](const VoteOption& a, const VoteOption& b) { return a.votes < b.votes; });
    if (top != t.vote->options.end() && top->votes > 0 && top->expert) ++expert;
  }
  if (voted == 0) return {};
  std::string text = fill(fill(word(lang, "class_vote_summary"), std::to_string(voted)), std::to_string(expert));
  if (overridden > 0) text += fill(word(lang, "class_vote_overridden"), std::to_string(overridden));
  return text;
}

void summary(App& app, const Debrief& d) {
  const std::string& lang = app.lang();
  if (app.large_font) ImGui::PushFont(app.large_font);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(outcome_colour(d.outcome)));
  std::string outcome = d.ended ? labelled_text(lang, word(lang, "outcome"), word(lang, d.outcome)) : std::string(word(lang, "no_ending"));
  wrapped(fmt::format("{}  ·  {} {:.1f} ({})", outcome, word(lang, "overall"), d.overall, d.grade));
  ImGui::PopStyleColor();
  if (app.large_font) ImGui::PopFont();
  if (!d.ending_summary.empty()) wrapped(d.ending_summary);
  ImGui::Spacing();
  std::vector<std::string> labels;
  for (const DimensionLine& line : d.dimensions) labels.emplace_back(word(lang, line.dimension));
  float lw = label_width(labels);
  for (const DimensionLine& line : d.dimensions) {  // label, then the bar: every bar starts at one x
    float height = ImGui::GetTextLineHeight() * 1.15f;
    ImGui::TextUnformatted(std::string(word(lang, line.dimension)).c_str());
    ImGui::SameLine(lw + ImGui::GetStyle().WindowPadding.x);
    bar(static_cast<float>(line.percent / 100.0), fmt::format("{}  ({}/{})", percent_text(line.percent), line.raw, line.best),
        IM_COL32(70, 150, 230, 255), height);
  }
  if (d.best_is_approximate) ImGui::TextDisabled("(%s)", std::string(word(lang, "best_approximate")).c_str());
  ImGui::Spacing();
  std::string votes = vote_summary(lang, d);
  std::string late = d.late_replies > 0 ? std::to_string(d.late_replies) : std::string();
  std::vector<std::string> row_labels{std::string(word(lang, "class_vote")), std::string(word(lang, "late_replies")),
                                      std::string(word(lang, "turn_column"))};
  if (begin_rows("summary-rows", label_width(row_labels))) {
    row(row_labels[2], std::to_string(d.turns.size()));
    if (!votes.empty()) row(row_labels[0], votes);
    if (!late.empty()) row(row_labels[1], late, &kWarn);
    ImGui::EndTable();
  }
}

// Each mood variable over the turns, as lines on a grid from its minimum to its maximum.
void mood_page(App& app, const Debrief& d) {
  const std::string& lang = app.lang();
  static const ImU32 kColours[] = {IM_COL32(240, 80, 60, 255), IM_COL32(70, 170, 240, 255), IM_COL32(250, 200, 40, 255),
                                   IM_COL32(120, 220, 120, 255)};
  ImGui::TextUnformatted(std::string(word(lang, "mood_curve")).c_str());
  for (size_t i = 0; i < d.mood.size(); ++i) {  // the legend, above the chart so it covers nothing
    if (i) ImGui::SameLine(0, ImGui::GetFontSize());
    ImVec2 p = ImGui::GetCursorScreenPos();
    float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.35f), ImVec2(p.x + h, p.y + h * 0.65f), kColours[i % 4]);
    ImGui::Dummy(ImVec2(h * 1.2f, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(mood_label(lang, d.mood[i].variable).c_str());
  }
  ImVec2 avail = ImGui::GetContentRegionAvail();
  float line = ImGui::GetTextLineHeight();
  float left = ImGui::CalcTextSize("1000").x + line * 0.5f;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 plot0(origin.x + left, origin.y + line * 0.5f);
  ImVec2 plot1(origin.x + avail.x - line, origin.y + std::max(avail.y - line * 3, line * 3));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 grid = ImGui::GetColorU32(ImGuiCol_TextDisabled, 0.35f), text = ImGui::GetColorU32(ImGuiCol_Text);
  dl->AddRect(plot0, plot1, grid);
  size_t points = d.turns.size() + 1;
  auto x_of = [&](size_t i) { return plot0.x + (plot1.x - plot0.x) * (points > 1 ? static_cast<float>(i) / static_cast<float>(points - 1) : 0.5f); };
  for (size_t i = 0; i < points; ++i) {  // the turns along the bottom
    std::string label = i == 0 ? std::string(word(lang, "start")) : std::to_string(i);
    float w = ImGui::CalcTextSize(label.c_str()).x;
    dl->AddLine(ImVec2(x_of(i), plot0.y), ImVec2(x_of(i), plot1.y), grid);
    dl->AddText(ImVec2(std::clamp(x_of(i) - w / 2, origin.x, plot1.x - w), plot1.y + line * 0.2f), text, label.c_str());
  }
  for (size_t m = 0; m < d.mood.size(); ++m) {
    const MoodSeries& s = d.mood[m];
    float span = static_cast<float>(std::max(1, s.max - s.min));
    std::vector<ImVec2> at;
    for (size_t i = 0; i < s.values.size() && i < points; ++i)
      at.emplace_back(x_of(i), plot1.y - (plot1.y - plot0.y) * static_cast<float>(s.values[i] - s.min) / span);
    dl->AddPolyline(at.data(), static_cast<int>(at.size()), kColours[m % 4], ImDrawFlags_None, std::max(2.0f, line * 0.12f));
    for (const ImVec2& p : at) dl->AddCircleFilled(p, std::max(3.0f, line * 0.15f), kColours[m % 4]);
  }
  if (!d.mood.empty()) {  // the scale of the first mood, on the left
    std::string top = std::to_string(d.mood.front().max), bottom = std::to_string(d.mood.front().min);
    dl->AddText(ImVec2(plot0.x - ImGui::CalcTextSize(top.c_str()).x - line * 0.3f, plot0.y - line * 0.5f), text, top.c_str());
    dl->AddText(ImVec2(plot0.x - ImGui::CalcTextSize(bottom.c_str()).x - line * 0.3f, plot1.y - line * 0.5f), text, bottom.c_str());
  }
  ImGui::Dummy(ImVec2(avail.x, plot1.y - origin.y + line * 1.4f));
  std::string moments;
  for (const DebriefTurn& t : d.turns)
    if (t.mood_moved_most)
      moments += fmt::format("{}{}{}", moments.empty() ? "" : list_comma(lang), turn_label(lang, t.number), aside(lang, mood_change_text(lang, t.mood_change)));
  if (!moments.empty()) wrapped(labelled_text(lang, word(lang, "mood_moments"), moments));
}

// A step performed, only attempted, missed: marks the CJK fonts have.
constexpr const char* kDone = "✓", *kAttempted = "△", *kMissed = "×";

void steps_page(App& app, const Debrief& d) {
  const std::string& lang = app.lang();
  need_glyphs(fmt::format("{}{}{}", kDone, kAttempted, kMissed));  // into the next atlas, once
  ImGui::TextUnformatted(std::string(word(lang, "steps")).c_str());
  std::vector<std::string> labels;
  for (const StepLine& s : d.steps) labels.push_back(fmt::format("{} {}", kDone, word(lang, s.step)));
  if (!begin_rows("steps", label_width(labels))) return;
  for (const StepLine& s : d.steps) {
    bool attempted = s.turn == 0 && s.attempt_turn > 0;
    std::string where = s.turn > 0   ? turn_label(lang, s.turn)
                        : attempted ? fmt::format("{} · {}", turn_label(lang, s.attempt_turn), labelled_text(lang, word(lang, "attempted"), s.attempt_why))
                                    : std::string(word(lang, "missed"));
    if (s.out_of_order && s.came_before)
      where += fmt::format(" — {}{} {}", labelled_text(lang, word(lang, "out_of_order"), ""), word(lang, "came_before"), word(lang, *s.came_before));
    const ImVec4& colour = s.turn > 0 && !s.out_of_order ? kGood : kWarn;
    row(fmt::format("{} {}", s.turn > 0 ? kDone : attempted ? kAttempted : kMissed, word(lang, s.step)), where, &colour);
  }
  ImGui::EndTable();
}

// The vote split: a row per option, letter, bar and reply each starting at one x.
void vote_rows(const std::string& lang, const VoteSplit& vote) {
  ImGui::TextUnformatted(fmt::format("{}{}", word(lang, "class_vote"), vote.overridden ? aside(lang, word(lang, "overridden")) : "").c_str());
  float widest = 0;  // the bars as wide as their longest label needs, within reason
  for (const VoteOption& o : vote.options)
    widest = std::max(widest, ImGui::CalcTextSize(vote_count_text(lang, o.votes, vote.total, o.expert, o.applied).c_str()).x);
  float avail = ImGui::GetContentRegionAvail().x;
  float bar_width = std::clamp(widest + 4 * ImGui::GetStyle().FramePadding.x, avail * 0.3f, avail * 0.6f);
  if (!ImGui::BeginTable("vote", 3, ImGuiTableFlags_SizingFixedFit)) return;
  ImGui::TableSetupColumn("letter", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("MM").x);
  ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthFixed, bar_width);
  ImGui::TableSetupColumn("reply", ImGuiTableColumnFlags_WidthStretch);
  for (const VoteOption& o : vote.options) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(o.letter.c_str());
    ImGui::TableNextColumn();
    float f = vote.total > 0 ? static_cast<float>(o.votes) / static_cast<float>(vote.total) : 0;
    bar(f, vote_count_text(lang, o.votes, vote.total, o.expert, o.applied), o.expert ? IM_COL32(60, 180, 90, 255) : IM_COL32(110, 120, 140, 255),
        ImGui::GetTextLineHeight() * 1.15f);
    ImGui::TableNextColumn();
    wrapped(o.reply);
  }
  ImGui::EndTable();
}

void turn_page(App& app, const DebriefTurn& t) {
  const std::string& lang = app.lang();
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(labelled_text(lang, t.speaker_name, t.line));
  if (app.large_font) ImGui::PopFont();
  if (t.vote) {  // first: how the class voted against the expert's reply is what the room discusses
    vote_rows(lang, *t.vote);
    ImGui::Spacing();
  }
  std::vector<std::string> labels{std::string(word(lang, "class_said")), std::string(word(lang, "score_change")),
                                  std::string(word(lang, "mood")), std::string(word(lang, "feedback")),
                                  std::string(word(lang, "better_reply")), std::string(word(lang, "cues_matched")),
                                  std::string(word(lang, "cues_missed")), std::string(word(lang, "reply_time"))};
  if (begin_rows("turn-rows", label_width(labels))) {
    row(labels[0], t.reply);
    row(labels[1], hallsim::deltas_text(lang, t.deltas), &kScore);
    if (!t.mood_change.empty()) row(labels[2], mood_change_text(lang, t.mood_change));
    if (t.step) row(std::string(word(lang, "steps")), fmt::format("{}{}", word(lang, *t.step), t.step_done ? "" : aside(lang, word(lang, "attempted"))));
    std::string time = seconds_text(lang, t.response_s) + (t.late ? fmt::format(" — {}", word(lang, "late_reply")) : "");
    row(labels[7], time, t.late ? &kWarn : nullptr);
    auto cue_list = [&lang](const std::vector<CueLine>& cues) {
      std::string s;
      for (const CueLine& c : cues) s += (s.empty() ? "" : std::string(list_comma(lang))) + c.label;
      return s;
    };
    if (t.typed) {
      row(labels[5], t.cues_matched.empty() ? "—" : cue_list(t.cues_matched), &kGood);
      if (!t.cues_missed.empty()) row(labels[6], cue_list(t.cues_missed), &kWarn);
      if (!t.cues_avoided.empty()) row(std::string(word(lang, "cues_avoided")), cue_list(t.cues_avoided));
      for (const std::string& why : t.reasons) row("", why);
    }
    if (!t.feedback.empty()) row(labels[3], t.feedback);
    if (t.better && !t.better->already_best) {
      std::string what = t.better->reply;
      if (!t.better->cues.empty()) what += what.empty() ? cue_list(t.better->cues) : aside(lang, cue_list(t.better->cues));
      row(labels[4], fmt::format("{}  [{}]", what, hallsim::deltas_text(lang, t.better->scores)), &kGood);
    } else if (t.better) {
      row(labels[4], std::string(word(lang, "best_reply_given")), &kGood);
    }
    ImGui::EndTable();
  }
}

std::string page_title(const std::string& lang, const Page& page, const Debrief& d) {
  switch (page.kind) {
    case Page::Kind::summary: return std::string(word(lang, "summary"));
    case Page::Kind::mood: return std::string(word(lang, "mood_curve"));
    case Page::Kind::steps: return std::string(word(lang, "steps"));
    case Page::Kind::turn: break;
  }
  const DebriefTurn& t = d.turns[static_cast<size_t>(page.turn)];
  std::string where = fill(fill(word(lang, "discussion_turn"), std::to_string(t.number)), std::to_string(d.turns.size()));
  return t.clock.empty() ? where : fmt::format("{}  {}", where, t.clock);
}

void save(App& app, const char* format) {
  std::string file = app.save_report(format);
  Classroom& c = app.classroom;
  c.presenter_status = app.status;  // the whole path, for the presenter only
  app.status.clear();
  c.saved_report = file.empty() ? std::string(word(app.lang(), "report_not_saved"))
                                : fill(word(app.lang(), "report_saved"), std::filesystem::path(file).filename().string());
}

}  // namespace

void draw_classroom_debrief(App& app) {
  const std::string& lang = app.lang();
  Classroom& c = app.classroom;
  if (!app.debrief) {
    wrapped(std::string(word(lang, "report_not_saved")));
    if (ImGui::Button(fmt::format("{} (Esc)", word(lang, "library")).c_str()) || pressed(ImGuiKey_Escape)) app.back_to_library();
    return;
  }
  const Debrief& d = *app.debrief;
  std::vector<Page> pages = pages_of(d);
  int last = static_cast<int>(pages.size()) - 1;
  c.debrief_page = std::clamp(c.debrief_page, 0, last);
  if (keys_free()) {
    if (pressed_code(kKeyRight) || pressed(ImGuiKey_Enter) || pressed(ImGuiKey_Space)) c.debrief_page = std::min(last, c.debrief_page + 1);
    if (pressed_code(kKeyLeft) || pressed(ImGuiKey_Backspace)) c.debrief_page = std::max(0, c.debrief_page - 1);
    if (pressed_code('H')) save(app, "html");
  }
  const Page& page = pages[static_cast<size_t>(c.debrief_page)];
  std::string where = fmt::format("{}  ({}/{})", page_title(lang, page, d), c.debrief_page + 1, pages.size());
  ImGui::TextUnformatted(fmt::format("{} — {}", word(lang, "debrief"), d.title).c_str());
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(where.c_str()).x));
  ImGui::TextUnformatted(where.c_str());
  ImGui::Separator();
  float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2 +
                 (c.saved_report.empty() ? 0 : ImGui::GetTextLineHeightWithSpacing());
  ImGui::BeginChild("page", ImVec2(0, -footer));
  switch (page.kind) {
    case Page::Kind::summary: summary(app, d); break;
    case Page::Kind::mood: mood_page(app, d); break;
    case Page::Kind::steps: steps_page(app, d); break;
    case Page::Kind::turn: turn_page(app, d.turns[static_cast<size_t>(page.turn)]); break;
  }
  ImGui::EndChild();
  ImGui::Separator();
  if (!c.saved_report.empty()) ImGui::TextDisabled("%s", shorten_to_width(c.saved_report, ImGui::GetContentRegionAvail().x).c_str());
  if (ImGui::Button(fmt::format("< {}", word(lang, "previous_page")).c_str())) c.debrief_page = std::max(0, c.debrief_page - 1);
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{} >", word(lang, "next_page")).c_str())) c.debrief_page = std::min(last, c.debrief_page + 1);
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{} (H)", word(lang, "save_report_html")).c_str())) save(app, "html");
  ImGui::SameLine();
  if (ImGui::Button(fmt::format("{} (Esc)", word(lang, "library")).c_str()) || pressed(ImGuiKey_Escape)) app.back_to_library();
}

}  // namespace hallsim::app
