// Random playthroughs: many seeded plays that guess among the replies shown (and type a real
// reply where one is typed), from the start or from the rehearsal's node and state; how the
// endings fall, how the scores spread, which nodes no play reached.
#include <algorithm>
#include <map>
#include <vector>

#include <fmt/format.h>
#include <imgui.h>

#include "author_panels.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

std::string share(size_t count, size_t total) {
  return fmt::format("{} ({:.1f}%)", count, total ? 100.0 * static_cast<double>(count) / static_cast<double>(total) : 0.0);
}

void settings(App& app, AuthorMode& author) {
  const std::string& lang = app.lang();
  RandomPlaySettings& r = author.random_settings;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  if (ImGui::InputInt(std::string(word(lang, "plays")).c_str(), &r.plays, 1000, 10000))
    r.plays = std::clamp(r.plays, 1, AuthorMode::kMaxRandomPlays);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  ImGui::InputInt(std::string(word(lang, "seed")).c_str(), &r.seed);
  if (ImGui::RadioButton(std::string(word(lang, "from_start")).c_str(), !r.from_here)) r.from_here = false;
  ImGui::SameLine();
  if (ImGui::RadioButton(std::string(word(lang, "from_here")).c_str(), r.from_here)) r.from_here = true;
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  wrapped(std::string(word(lang, "random_typed_note")));
  ImGui::PopStyleColor();
  if (author.random_running()) {
    ImGui::TextDisabled("%s", std::string(word(lang, "running")).c_str());
  } else if (ImGui::Button(std::string(word(lang, "run")).c_str(), ImVec2(ImGui::GetFontSize() * 8, 0))) {
    author.start_random_plays();
  }
}

void outcomes(const std::string& lang, const RandomPlays& r) {
  ImGui::TextUnformatted(std::string(word(lang, "outcomes")).c_str());
  for (Outcome o : {Outcome::resolved, Outcome::partial, Outcome::escalated, Outcome::failed}) {
    size_t n = r.outcome_counts[static_cast<size_t>(o)];
    bar(r.plays ? static_cast<float>(n) / static_cast<float>(r.plays) : 0, fmt::format("{}  {}", word(lang, o), share(n, r.plays)),
        outcome_colour(o));
  }
  for (auto [count, key] : {std::pair{r.stuck, "stuck"}, std::pair{r.cut_off, "cut_off"}})
    if (count) bar(static_cast<float>(count) / static_cast<float>(r.plays), fmt::format("{}  {}", word(lang, key), share(count, r.plays)),
                   IM_COL32(120, 120, 130, 255));
}

// Plays per raw total, one bar each from the lowest total to the highest, with a green line at
// the best a perfect trainee reaches; hovering a bar names its total and count.
void histogram(const std::string& lang, const std::map<int, size_t>& counts, int best) {
  int low = counts.begin()->first, high = counts.rbegin()->first;
  size_t most = 0;
  for (const auto& [_, n] : counts) most = std::max(most, n);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImVec2 size(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 3);
  ImGui::InvisibleButton("##histogram", size);
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg), ImGui::GetStyle().FrameRounding);
  float step = size.x / static_cast<float>(high - low + 1);
  for (const auto& [raw, n] : counts) {
    float x0 = pos.x + static_cast<float>(raw - low) * step, x1 = x0 + std::max(1.0f, step - 2);
    float top = pos.y + size.y - 2 - (size.y - 6) * static_cast<float>(n) / static_cast<float>(most);
    bool under_mouse = hovered && ImGui::GetIO().MousePos.x >= x0 && ImGui::GetIO().MousePos.x < x0 + step;
    d->AddRectFilled(ImVec2(x0 + 1, top), ImVec2(x1, pos.y + size.y - 2),
                     ImGui::GetColorU32(under_mouse ? ImGuiCol_PlotHistogramHovered : ImGuiCol_PlotHistogram));
    if (under_mouse) {
      begin_tooltip(24);
      ImGui::TextUnformatted(fill(fill(word(lang, "plays_at_score"), std::to_string(raw)), std::to_string(n)).c_str());
      end_tooltip();
    }
  }
  if (best >= low && best <= high) {
    float x = pos.x + (static_cast<float>(best - low) + 0.5f) * step;
    d->AddLine(ImVec2(x, pos.y + 2), ImVec2(x, pos.y + size.y - 2), IM_COL32(76, 175, 80, 255), 2);
  }
}

void score_spread(const std::string& lang, const ScoreBounds& bounds, const RandomPlays& r, int d) {
  const auto& counts = r.score_counts[static_cast<size_t>(d)];
  if (counts.empty()) return;
  int best = bounds.best[static_cast<size_t>(d)];
  ImGui::TextUnformatted(fmt::format("{}  {} {} · {} {} · {} {} · {} {}", word(lang, static_cast<Dimension>(d)), word(lang, "lowest"),
                                     counts.begin()->first, word(lang, "median"), score_quantile(counts, 0.5), word(lang, "highest"),
                                     counts.rbegin()->first, word(lang, "best"), best)
                             .c_str());
  ImGui::PushID(d);
  histogram(lang, counts, best);
  ImGui::PopID();
}

void never_reached(const std::string& lang, AuthorMode& author, const Scenario& s, const RandomPlays& r) {
  ImGui::TextUnformatted(std::string(word(lang, "never_reached")).c_str());
  if (r.never_reached.empty()) {
    ImGui::TextDisabled("%s", std::string(word(lang, "none")).c_str());
    return;
  }
  // Each one a button: a click moves the rehearsal there, to see why no guess got there.
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (size_t i = 0; i < r.never_reached.size(); ++i) {
    const std::string& id = s.nodes[static_cast<size_t>(r.never_reached[i])].id;
    if (ImGui::SmallButton(id.c_str())) author.jump_to(r.never_reached[i]);
    float next = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    if (i + 1 < r.never_reached.size()) {
      const std::string& following = s.nodes[static_cast<size_t>(r.never_reached[i + 1])].id;
      if (next + ImGui::CalcTextSize(following.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 < right) ImGui::SameLine();
    }
  }
}

}  // namespace

void draw_author_random(App& app) {
  AuthorMode& author = app.author;
  const std::string& lang = app.lang();
  const Scenario* s = author.scenario();
  if (!s || !author.file()->live_analysis) {
    ImGui::TextWrapped("%s", std::string(word(lang, no_version_yet(author))).c_str());
    return;
  }
  settings(app, author);
  const auto& result = author.random_result();
  if (!result) return;
  const RandomPlays& r = *result;
  ImGui::Separator();
  std::string done = fill(fill(word(lang, "plays_done"), std::to_string(r.plays)), fmt::format("{:.2f}", author.random_seconds()));
  ImGui::TextDisabled("%s", done.c_str());
  outcomes(lang, r);
  ImGui::Spacing();
  ImGui::TextUnformatted(std::string(word(lang, "score_spread")).c_str());
  for (int d = 0; d < kDimensions; ++d) score_spread(lang, score_bounds(*author.file()->live_analysis), r, d);
  ImGui::Spacing();
  never_reached(lang, author, *s, r);
}

}  // namespace hallsim::app
