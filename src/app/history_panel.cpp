// The trainee's history: per scenario the first, best and latest attempt, and how each of the
// three dimensions moved from the first attempt to the latest. The rows come from the engine's
// history (App::progress, the same Progress `hallsim history` prints).
#include <algorithm>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <imgui.h>

#include "app.hpp"
#include "keys.hpp"
#include "debrief/time_text.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

constexpr size_t kTrendShown = 8;  // attempts the trend's numbers name; the line shows them all

// The scenario's title in the open library, else its id (a scenario of another folder).
std::string title_of(const App& app, const std::string& scenario_id) {
  for (const LibraryEntry& e : app.library)
    if (e.scenario && e.scenario->id == scenario_id) return e.scenario->text(e.scenario->title, app.lang());
  return scenario_id;
}

std::string attempt_text(const std::string& lang, const char* key, const AttemptRow& r) {
  return fmt::format("{} {:.1f} ({})", word(lang, key), r.overall, readable_date(r.finished_at));
}

// One dimension: its name, a line through every attempt's percent, the last few as numbers.
void trend_row(const std::string& lang, Dimension d, const std::vector<double>& trend, float name_width) {
  ImGui::AlignTextToFramePadding();  // the name and the numbers on the line's middle, beside the plot
  ImGui::TextUnformatted(std::string(word(lang, d)).c_str());
  ImGui::SameLine(name_width);
  std::vector<float> values(trend.begin(), trend.end());
  if (values.size() == 1) values.push_back(values.front());  // one attempt: a level line
  float line_width = std::min(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().x * 0.4f);
  ImGui::PlotLines("##trend", values.data(), static_cast<int>(values.size()), 0, nullptr, 0, 100,
                   ImVec2(line_width, ImGui::GetFrameHeight()));
  size_t from = trend.size() > kTrendShown ? trend.size() - kTrendShown : 0;
  std::vector<std::string> numbers;
  for (size_t i = from; i < trend.size(); ++i) numbers.push_back(fmt::format("{:.0f}%", trend[i]));
  std::string text = (from > 0 ? "… → " : "") + fmt::format("{}", fmt::join(numbers, " → "));
  ImGui::SameLine();
  wrapped(text);
}

void scenario_card(const App& app, const Progress& p, size_t index) {
  const std::string& lang = app.lang();
  ImGui::PushID(static_cast<int>(index));
  ImGui::BeginGroup();
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(title_of(app, p.scenario_id));
  if (app.large_font) ImGui::PopFont();
  if (app.settings.trainee.empty()) ImGui::TextDisabled("%s", fill(word(lang, "history_of"), p.trainee.empty() ? std::string(word(lang, "no_name")) : p.trainee).c_str());
  wrapped(fmt::format("{}  ·  {}  ·  {}  ·  {}", fill(word(lang, "attempts_count"), std::to_string(p.attempts)), attempt_text(lang, "first_attempt", p.first),
                      attempt_text(lang, "best_so_far", p.best), attempt_text(lang, "latest_attempt", p.latest)));
  ImGui::TextDisabled("%s", std::string(word(lang, "trend")).c_str());
  float name_width = 0;
  for (int d = 0; d < kDimensions; ++d)
    name_width = std::max(name_width, ImGui::CalcTextSize(std::string(word(lang, static_cast<Dimension>(d))).c_str()).x);
  name_width += ImGui::GetStyle().ItemSpacing.x * 2 + ImGui::GetStyle().WindowPadding.x;
  for (int d = 0; d < kDimensions; ++d) {
    ImGui::PushID(d);
    trend_row(lang, static_cast<Dimension>(d), p.trend[static_cast<size_t>(d)], name_width);
    ImGui::PopID();
  }
  ImGui::EndGroup();
  ImGui::Separator();
  ImGui::PopID();
}

}  // namespace

void draw_history(App& app) {
  const std::string& lang = app.lang();
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(std::string(word(lang, "history_title")));
  if (app.large_font) ImGui::PopFont();
  if (!app.settings.trainee.empty()) ImGui::TextDisabled("%s", fill(word(lang, "history_of"), app.settings.trainee).c_str());
  bool back = ImGui::Button(fmt::format("{}  (Esc)", word(lang, "back")).c_str());
  if (keys_free() && pressed(ImGuiKey_Escape)) back = true;
  ImGui::Separator();
  ImGui::BeginChild("progress");
  if (!app.history_error.empty())
    ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s", labelled_text(lang, word(lang, "history_unreadable"), app.history_error).c_str());
  else if (app.progress.empty())
    wrapped(std::string(word(lang, "no_history")));
  // The scenarios of the open library first, in its order; then the others.
  std::vector<size_t> order(app.progress.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto library_position = [&](const Progress& p) {
    for (size_t e = 0; e < app.library.size(); ++e)
      if (app.library[e].scenario && app.library[e].scenario->id == p.scenario_id) return e;
    return app.library.size();
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return library_position(app.progress[a]) < library_position(app.progress[b]); });
  for (size_t i : order) scenario_card(app, app.progress[i], i);
  ImGui::EndChild();
  if (back) app.screen = Screen::start;
}

}  // namespace hallsim::app
