// The start screen: trainee name, language, the way to the other modes (classroom, authoring,
// history), the folder (typed or browsed), the scenario library as cards.
#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app.hpp"
#include "folder_picker.hpp"
#include "keys.hpp"
#include "model/diagnostic_text.hpp"
#include "model/words.hpp"
#include "score/fold.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

bool matches_filter(const Scenario& s, const std::string& filter, const std::string& lang) {
  if (filter.empty()) return true;
  std::string needle = fold_for_matching(filter);
  std::string hay = fold_for_matching(s.text(s.title, lang) + s.text(s.summary, lang) + s.id);
  for (const auto& tag : s.tags) hay += fold_for_matching(tag);
  return hay.find(needle) != std::string::npos;
}

// Replies a trainee makes on a typical attempt, at about a minute each, plus reading time.
int estimated_minutes(const Scenario& s) {
  int replies = static_cast<int>(std::count_if(s.nodes.begin(), s.nodes.end(), [](const Node& n) {
    return n.kind == Node::Kind::choices || n.kind == Node::Kind::free_text;
  }));
  return std::max(3, replies / 2 + 2);
}

void settings_row(App& app) {
  const std::string& lang = app.lang();
  float em = ImGui::GetFontSize();  // widths scale with the text
  ImGui::SetNextItemWidth(std::min(em * 12, ImGui::GetContentRegionAvail().x));
  if (ImGui::InputTextWithHint("##trainee", std::string(word(lang, "trainee_name")).c_str(), &app.settings.trainee,
                               ImGuiInputTextFlags_EnterReturnsTrue) || ImGui::IsItemDeactivatedAfterEdit()) {
    app.save_settings_now();
    app.refresh_best_scores();  // best scores are per trainee
  }
  next_in_row(checkbox_width("中文"));
  if (ImGui::RadioButton("中文", lang == "zh-CN")) app.settings.language = "zh-CN", app.save_settings_now();
  next_in_row(checkbox_width("English"));
  if (ImGui::RadioButton("English", lang == "en")) app.settings.language = "en", app.save_settings_now();
  std::string scale_label(word(lang, "ui_scale"));
  next_in_row(em * 7 + checkbox_width(scale_label));
  ImGui::SetNextItemWidth(em * 7);
  float scale = app.settings.ui_scale;
  if (ImGui::SliderFloat(scale_label.c_str(), &scale, 0.75f, 4.0f, "%.2fx")) app.settings.ui_scale = scale;
  if (ImGui::IsItemDeactivatedAfterEdit()) app.fonts_dirty = true, app.save_settings_now();
  std::string mood(word(lang, "show_mood")), hints(word(lang, "live_hints"));
  next_in_row(checkbox_width(mood));
  if (ImGui::Checkbox(mood.c_str(), &app.settings.show_mood_bars)) app.save_settings_now();
  next_in_row(checkbox_width(hints));
  if (ImGui::Checkbox(hints.c_str(), &app.settings.live_hints)) app.save_settings_now();
}

std::string card_info(const App& app, const Scenario& s) {
  const std::string& lang = app.lang();
  std::string stars(static_cast<size_t>(std::max(0, s.difficulty)), '*');
  auto best = app.best_overall.find(s.id);
  std::string best_text = best == app.best_overall.end() ? std::string(word(lang, "not_tried"))
                                                         : fmt::format("{} {:.1f}", word(lang, "best_so_far"), best->second);
  return fmt::format("{} {}   {}   {}", word(lang, "difficulty"), stars,
                     fill(word(lang, "minutes_estimate"), std::to_string(estimated_minutes(s))), best_text);
}

// Rows the tags take as small buttons flowing in `width`.
int tag_rows(const Scenario& s, float width) {
  int rows = s.tags.empty() ? 0 : 1;
  float x = 0;
  for (const auto& t : s.tags) {
    float w = button_width("#" + t);
    if (x > 0 && x + w > width) ++rows, x = 0;
    x += w + ImGui::GetStyle().ItemSpacing.x;
  }
  return rows;
}

// The card's height for its text at this width: nothing on it is ever cut.
float card_height(App& app, const LibraryEntry& e, float width) {
  const ImGuiStyle& st = ImGui::GetStyle();
  float inner = width - 2 * st.WindowPadding.x;
  float h = 2 * st.WindowPadding.y;
  if (!e.scenario) {
    h += wrapped_height(e.path, inner) + st.ItemSpacing.y;
    return h + (e.diagnostics.empty() ? 0 : wrapped_height(format_diagnostic(e.diagnostics.front()), inner));
  }
  const Scenario& s = *e.scenario;
  const std::string& lang = app.lang();
  if (app.large_font) ImGui::PushFont(app.large_font);
  h += wrapped_height(s.text(s.title, lang), inner) + st.ItemSpacing.y;
  if (app.large_font) ImGui::PopFont();
  h += wrapped_height(s.text(s.summary, lang), inner) + st.ItemSpacing.y;
  h += static_cast<float>(tag_rows(s, inner)) * (ImGui::GetFontSize() + st.ItemSpacing.y);
  return h + wrapped_height(card_info(app, s), inner);
}

// A button that goes on the current line if it fits, else starts the next; its tooltip says
// where it leads.
bool flowing_button(const std::string& label, const std::string& tip, bool first, bool enabled = true) {
  float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (!first && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right) ImGui::SameLine();
  if (!enabled) ImGui::BeginDisabled();
  bool clicked = ImGui::Button(label.c_str());
  if (!enabled) ImGui::EndDisabled();
  hover_tip(tip, ImGuiHoveredFlags_AllowWhenDisabled);
  return clicked;
}

// Classroom mode for the selected scenario, authoring mode for the folder, the history.
void mode_buttons(App& app) {
  const std::string& lang = app.lang();
  bool scenario_chosen = !app.library.empty() && app.library[static_cast<size_t>(app.selected)].scenario;
  if (flowing_button(fmt::format("{} (F5)", word(lang, "classroom_mode")), std::string(word(lang, "classroom_tip")), true, scenario_chosen))
    app.screen = Screen::classroom_setup;
  if (flowing_button(fmt::format("{} (F6)", word(lang, "authoring_mode")), std::string(word(lang, "authoring_tip")), false))
    app.toggle_authoring();
  bool history = keys_free() && !app.folder_picker.open && pressed_code(kKeyH);
  if (flowing_button(fmt::format("{} (H)", word(lang, "history")), std::string(word(lang, "history_tip")), false) || history) {
    app.refresh_best_scores();  // attempts recorded by another window or the command line
    app.screen = Screen::history;
  }
}

// Opens `folder` and keeps it among the recent ones.
void open_and_remember(App& app, const std::string& folder) {
  app.open_folder(folder);
  remember_folder(app.settings, app.library_folder);
  app.save_settings_now();
}

// The folder box, "Browse…" (the picker) and "Open folder".
void folder_row(App& app) {
  const std::string& lang = app.lang();
  std::string browse = std::string(word(lang, "browse")), open = std::string(word(lang, "open_folder"));
  const ImGuiStyle& style = ImGui::GetStyle();
  float buttons = ImGui::CalcTextSize(browse.c_str()).x + ImGui::CalcTextSize(open.c_str()).x + style.FramePadding.x * 4 +
                  style.ItemSpacing.x * 2;
  ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 6, ImGui::GetContentRegionAvail().x - buttons));
  bool typed = ImGui::InputText("##folder", &app.folder_input, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  bool shortcut = ImGui::GetIO().KeyCtrl && pressed_code(kKeyO) && !app.folder_picker.open;
  if (ImGui::Button(browse.c_str()) || shortcut) {
    app.folder_picker.browse(app.folder_input.empty() ? app.library_folder : app.folder_input);
    app.folder_picker.open = true;
  }
  hover_tip(std::string(word(lang, "browse_tip")));
  ImGui::SameLine();
  if (ImGui::Button(open.c_str()) || typed) open_and_remember(app, app.folder_input);
  hover_tip(std::string(word(lang, "open_folder_tip")));
  if (auto chosen = draw_folder_picker(app.folder_picker, app.settings.recent_folders, lang)) open_and_remember(app, *chosen);
}

void card(App& app, size_t index, bool focused) {
  const LibraryEntry& e = app.library[index];
  const std::string& lang = app.lang();
  ImGui::PushID(static_cast<int>(index));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, focused ? IM_COL32(52, 72, 110, 255) : IM_COL32(38, 44, 56, 255));
  ImGui::BeginChild("card", ImVec2(0, card_height(app, e, ImGui::GetContentRegionAvail().x)), true, ImGuiWindowFlags_NoScrollbar);
  if (!e.scenario) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 0.5f, 0.4f, 1));
    wrapped(e.path);
    ImGui::PopStyleColor();
    if (!e.diagnostics.empty()) wrapped(format_diagnostic(e.diagnostics.front(), lang));
  } else {
    const Scenario& s = *e.scenario;
    if (app.large_font) ImGui::PushFont(app.large_font);
    wrapped(s.text(s.title, lang));
    if (app.large_font) ImGui::PopFont();
    wrapped(s.text(s.summary, lang));
    bool first = true;
    for (const auto& t : s.tags) {  // a tag filters the library by it
      std::string tag = "#" + t;
      if (!first) next_in_row(button_width(tag));
      first = false;
      if (ImGui::SmallButton(tag.c_str())) app.filter = t;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped(card_info(app, s));
    ImGui::PopStyleColor();
  }
  ImGui::EndChild();
  if (ImGui::IsItemClicked()) app.begin_briefing(static_cast<int>(index));
  ImGui::PopStyleColor();
  ImGui::PopID();
}

}  // namespace

void draw_start(App& app) {
  const std::string& lang = app.lang();
  if (app.large_font) ImGui::PushFont(app.large_font);
  wrapped(fmt::format("HallSim  {}", word(lang, "app_title")));
  if (app.large_font) ImGui::PopFont();
  settings_row(app);
  mode_buttons(app);
  ImGui::Separator();
  folder_row(app);
  ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 16, ImGui::GetContentRegionAvail().x));
  ImGui::InputTextWithHint("##filter", std::string(word(lang, "search")).c_str(), &app.filter);

  std::vector<size_t> shown;
  for (size_t i = 0; i < app.library.size(); ++i)
    if (!app.library[i].scenario || matches_filter(*app.library[i].scenario, app.filter, lang)) shown.push_back(i);
  if (shown.empty()) ImGui::TextDisabled("%s", std::string(word(lang, "no_scenarios")).c_str());
  auto focus = std::find(shown.begin(), shown.end(), static_cast<size_t>(app.selected));
  size_t pos = focus == shown.end() ? 0 : static_cast<size_t>(focus - shown.begin());
  if (keys_free() && !shown.empty() && !app.folder_picker.open) {
    if (pressed(ImGuiKey_DownArrow)) pos = std::min(pos + 1, shown.size() - 1);
    if (pressed(ImGuiKey_UpArrow) && pos > 0) --pos;
    app.selected = static_cast<int>(shown[pos]);
    if (pressed(ImGuiKey_Enter)) app.begin_briefing(app.selected);
  }
  float status = app.status.empty() ? 0 : wrapped_height(app.status, ImGui::GetContentRegionAvail().x) + ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("cards", ImVec2(0, -status));
  for (size_t i : shown) card(app, i, static_cast<int>(i) == app.selected);
  ImGui::EndChild();
  if (!app.status.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped(app.status);
    ImGui::PopStyleColor();
  }
}

}  // namespace hallsim::app
