// The authoring screen: files on the left, the graph with the problems under it in the middle,
// the rehearsal and the random playthroughs on the right.
#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "author_panels.hpp"
#include "keys.hpp"
#include "model/words.hpp"

namespace hallsim::app {

namespace {

void header(App& app) {
  AuthorMode& author = app.author;
  const std::string& lang = app.lang();
  if (app.large_font) ImGui::PushFont(app.large_font);
  ImGui::TextUnformatted(std::string(word(lang, "authoring_mode")).c_str());
  if (app.large_font) ImGui::PopFont();
  ImGui::SameLine();
  std::string open = std::string(word(lang, "open_folder"));
  std::string back = fmt::format("{}  (F6)", word(lang, "back_to_practice"));
  float buttons = ImGui::CalcTextSize(open.c_str()).x + ImGui::CalcTextSize(back.c_str()).x + ImGui::GetStyle().FramePadding.x * 4 +
                  ImGui::GetStyle().ItemSpacing.x * 2;
  ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - buttons));
  bool enter = ImGui::InputText("##author_folder", &author.folder_input, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (ImGui::Button(open.c_str()) || enter) app.open_authoring(author.folder_input);
  ImGui::SameLine();
  if (ImGui::Button(back.c_str())) app.toggle_authoring();
}

void choose_file_by_keys(AuthorMode& author) {
  if (!keys_free() || author.files().empty()) return;
  int last = static_cast<int>(author.files().size()) - 1;
  if (pressed(ImGuiKey_DownArrow)) author.select(std::min(author.selected() + 1, last));
  if (pressed(ImGuiKey_UpArrow)) author.select(std::max(author.selected() - 1, 0));
}

void side_tabs(App& app) {
  const std::string& lang = app.lang();
  if (!ImGui::BeginTabBar("author_tabs")) return;
  if (ImGui::BeginTabItem(std::string(word(lang, "rehearse")).c_str())) {
    ImGui::BeginChild("rehearse_scroll");
    draw_author_rehearsal(app);
    ImGui::Spacing();
    ImGui::Separator();
    draw_author_inspector(app);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem(std::string(word(lang, "random_plays")).c_str())) {
    ImGui::BeginChild("random_scroll");
    draw_author_random(app);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

}  // namespace

const char* no_version_yet(const AuthorMode& author) {
  if (!author.file()) return "choose_scenario";
  return author.file()->read ? "author_no_version" : "loading";
}

void draw_authoring(App& app) {
  AuthorMode& author = app.author;
  header(app);
  choose_file_by_keys(author);
  float status = ImGui::GetTextLineHeightWithSpacing() * 1.3f;
  ImVec2 avail = ImGui::GetContentRegionAvail();
  float left = std::max(ImGui::GetFontSize() * 10.5f, avail.x * 0.16f);
  float right = std::max(ImGui::GetFontSize() * 18, avail.x * 0.27f);
  float spacing = ImGui::GetStyle().ItemSpacing.x;
  float middle = std::max(ImGui::GetFontSize() * 11, avail.x - left - right - 2 * spacing);

  ImGui::BeginChild("author_files", ImVec2(left, -status), true);
  draw_author_files(app);
  ImGui::EndChild();
  ImGui::SameLine();

  ImGui::BeginChild("author_middle", ImVec2(middle, -status));
  const WatchedFile* file = author.file();
  bool problems = file && !file->diagnostics.empty();
  float diagnostics = problems ? std::max(ImGui::GetContentRegionAvail().y * 0.36f, ImGui::GetTextLineHeightWithSpacing() * 7)
                               : ImGui::GetTextLineHeightWithSpacing() * 2.2f;
  ImGui::BeginChild("author_graph", ImVec2(0, -diagnostics), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  draw_author_graph(app);
  ImGui::EndChild();
  ImGui::BeginChild("author_diagnostics", ImVec2(0, 0), true);
  draw_author_diagnostics(app);
  ImGui::EndChild();
  ImGui::EndChild();
  ImGui::SameLine();

  ImGui::BeginChild("author_side", ImVec2(0, -status), true);
  side_tabs(app);
  ImGui::EndChild();
  ImGui::TextDisabled("%s   %s", std::string(word(app.lang(), "author_keys")).c_str(), app.status.c_str());
}

}  // namespace hallsim::app
