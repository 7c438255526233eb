// The problems of the file on disk: clicking one copies its "file:line:col" to the clipboard and
// shows the lines it points at, with the column marked.
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <imgui.h>

#include "author_panels.hpp"
#include "keys.hpp"
#include "model/diagnostic_text.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

const ImU32 kErrorColour = IM_COL32(255, 120, 100, 255), kWarningColour = IM_COL32(240, 190, 80, 255);

// A full-width row whose text wraps; returns true when clicked.
bool wrapped_row(const std::string& text, bool selected, ImU32 colour) {
  float width = ImGui::GetContentRegionAvail().x;
  ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(width, size.y));
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, colour, text.c_str(), nullptr, width);
  return clicked;
}

// Tabs drawn as arrows: a tab is one column, and the arrow shows where it is.
std::string visible(const std::string& line) {
  std::string out;
  for (char c : line) out += c == '\t' ? std::string("→") : std::string(1, c);
  return out;
}

void excerpt(const SourceExcerpt& e) {
  ImGui::Separator();
  ImGui::TextDisabled("%s:%d:%d", e.at.path.c_str(), e.at.line, e.at.column);
  if (e.lines.empty()) return;
  ImDrawList* d = ImGui::GetWindowDrawList();
  float number_width = ImGui::CalcTextSize("00000").x;
  for (size_t k = 0; k < e.lines.size(); ++k) {
    int number = e.first_line + static_cast<int>(k);
    std::string text = visible(e.lines[k]);
    ImVec2 row = ImGui::GetCursorScreenPos();
    float height = ImGui::GetTextLineHeight();
    bool offending = number == e.at.line;
    if (offending)
      d->AddRectFilled(ImVec2(row.x, row.y - 1), ImVec2(row.x + ImGui::GetContentRegionAvail().x, row.y + height + 1),
                       IM_COL32(120, 40, 40, 160));
    ImGui::TextDisabled("%*d", 4, number);
    ImGui::SameLine(number_width + ImGui::GetStyle().ItemSpacing.x);
    float text_x = ImGui::GetCursorScreenPos().x;
    ImGui::TextUnformatted(text.c_str());
    if (offending && e.at.column > 0) {
      // A caret under the column, and the character there underlined.
      std::string before = utf8_prefix(text, static_cast<size_t>(e.at.column - 1));
      std::string through = utf8_prefix(text, static_cast<size_t>(e.at.column));
      float x0 = text_x + ImGui::CalcTextSize(before.c_str()).x;
      float x1 = std::max(x0 + 6, text_x + ImGui::CalcTextSize(through.c_str()).x);
      float y = row.y + height + 1;
      d->AddLine(ImVec2(x0, y), ImVec2(x1, y), kErrorColour, 2);
      d->AddTriangleFilled(ImVec2(x0, y + 1), ImVec2(x0 - 5, y + 8), ImVec2(x0 + 5, y + 8), kErrorColour);
      ImGui::Dummy(ImVec2(1, 6));
    }
  }
}

}  // namespace

void draw_author_diagnostics(App& app) {
  AuthorMode& author = app.author;
  const std::string& lang = app.lang();
  const WatchedFile* file = author.file();
  if (!file) return;
  if (file->diagnostics.empty()) {
    ImGui::TextColored(ImVec4(0.45f, 0.8f, 0.5f, 1), "✓ %s", std::string(word(lang, "no_problems")).c_str());
    return;
  }
  std::string counts = file->errors() ? fill(word(lang, "errors_count"), std::to_string(file->errors())) : "";
  if (file->warnings()) counts += (counts.empty() ? "" : " · ") + fill(word(lang, "warnings_count"), std::to_string(file->warnings()));
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(file->errors() ? kErrorColour : kWarningColour), "%s  %s",
                     std::string(word(lang, "diagnostics")).c_str(), counts.c_str());
  if (file->stale()) {
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kWarningColour), "— %s", std::string(word(lang, "running_last_good")).c_str());
  }
  ImGui::TextDisabled("%s", std::string(word(lang, "diagnostics_hint")).c_str());
  const auto& shown = author.excerpt();
  const auto& all = file->diagnostics;
  auto is_shown = [&](const Diagnostic& d) {
    return shown && shown->at.path == d.path && shown->at.line == d.line && shown->at.column == d.column && shown->at.code == d.code;
  };
  int picked = -1;
  if (keys_free() && pressed_code(kKeyF8)) {  // the next problem after the one shown, round again at the end
    auto at = std::find_if(all.begin(), all.end(), is_shown);
    picked = at == all.end() ? 0 : static_cast<int>((at - all.begin() + 1) % static_cast<long>(all.size()));
  }
  for (size_t i = 0; i < all.size(); ++i) {
    const Diagnostic& d = all[i];
    std::string text = fmt::format("{}:{}:{}  {}  {}  [{}]", std::filesystem::path(d.path).filename().string(), d.line, d.column,
                                   word(lang, d.severity == Severity::error ? "error" : "warning"), diagnostic_message(d, lang).text,
                                   d.code);
    ImGui::PushID(static_cast<int>(i));
    if (wrapped_row(text, is_shown(d), d.severity == Severity::error ? kErrorColour : kWarningColour)) picked = static_cast<int>(i);
    ImGui::PopID();
  }
  if (picked >= 0) {
    std::string location = author.pick_diagnostic(all[static_cast<size_t>(picked)]);
    ImGui::SetClipboardText(location.c_str());
    app.status = fmt::format("{} {}", word(lang, "copied"), location);
  }
  if (shown) excerpt(*shown);
}

}  // namespace hallsim::app
