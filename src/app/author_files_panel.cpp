// The scenario files of the folder being authored, each with its lint status.
#include <filesystem>

#include <fmt/format.h>
#include <imgui.h>

#include "author_panels.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

const ImVec4 kGood(0.45f, 0.8f, 0.5f, 1), kWarning(0.95f, 0.75f, 0.3f, 1), kError(1, 0.45f, 0.4f, 1);

// "✓ 正常", "× 2 个错误 · 1 个警告", "▲ 1 个警告".
void lint_status(const WatchedFile& f, const std::string& lang) {
  if (!f.read) {
    ImGui::TextDisabled("%s", std::string(word(lang, "loading")).c_str());
    return;
  }
  if (f.diagnostics.empty()) {
    ImGui::TextColored(kGood, "✓ %s", std::string(word(lang, "author_ok")).c_str());
    return;
  }
  std::string text = f.errors() ? "× " + fill(word(lang, "errors_count"), std::to_string(f.errors())) : "▲";
  if (f.warnings()) text += (f.errors() ? " · " : " ") + fill(word(lang, "warnings_count"), std::to_string(f.warnings()));
  ImGui::TextColored(f.errors() ? kError : kWarning, "%s", text.c_str());
  if (f.stale()) ImGui::TextColored(kWarning, "%s", std::string(word(lang, "running_last_good")).c_str());
}

}  // namespace

void draw_author_files(App& app) {
  AuthorMode& author = app.author;
  const std::string& lang = app.lang();
  ImGui::TextDisabled("%s", std::string(word(lang, "author_files")).c_str());
  if (author.files().empty()) {
    ImGui::TextWrapped("%s", std::string(word(lang, "no_scenarios")).c_str());
    return;
  }
  for (size_t i = 0; i < author.files().size(); ++i) {
    const WatchedFile& f = author.files()[i];
    std::string name = std::filesystem::path(f.path).filename().string();
    std::string title = f.live ? f.live->text(f.live->title, lang) : name;
    ImGui::PushID(static_cast<int>(i));
    bool selected = static_cast<int>(i) == author.selected();
    if (ImGui::Selectable(title.c_str(), selected)) author.select(static_cast<int>(i));
    if (selected && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
    ImGui::Indent();
    if (f.live) ImGui::TextDisabled("%s", name.c_str());
    lint_status(f, lang);
    // A long analysis shows how far it got, and can be cut short (graph bounds then).
    if (size_t states = author.analysis_states(f.path); states >= 20000) {  // longer than a moment
      ImGui::TextDisabled("%s", fill(word(lang, "analysing"), std::to_string(states)).c_str());
      if (ImGui::SmallButton(std::string(word(lang, "use_estimates")).c_str())) author.skip_analysis(f.path);
    }
    ImGui::Unindent();
    ImGui::Spacing();
    ImGui::PopID();
  }
}

}  // namespace hallsim::app
