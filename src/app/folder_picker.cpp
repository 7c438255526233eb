#include "folder_picker.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "fonts.hpp"
#include "keys.hpp"
#include "model/diagnostic_text.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace fs = std::filesystem;

namespace {

std::string normalised_path(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path.empty() ? fs::path(".") : fs::path(path), ec);
  if (ec) return path;
  fs::path canonical = fs::weakly_canonical(p, ec);
  std::string out = (ec ? p.lexically_normal() : canonical).string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

bool is_scenario_file(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

}  // namespace

FolderListing list_folder(const std::string& path) {
  FolderListing l;
  l.path = normalised_path(path);
  std::error_code ec;
  fs::directory_iterator it(l.path, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    l.error = ec.message();
    return l;
  }
  for (fs::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (name.empty() || name.front() == '.') continue;
    std::error_code type_ec;
    if (it->is_directory(type_ec)) l.subfolders.push_back(name);
    else if (it->is_regular_file(type_ec) && is_scenario_file(it->path())) ++l.scenario_files;
  }
  if (ec) l.error = ec.message();
  std::sort(l.subfolders.begin(), l.subfolders.end());
  return l;
}

std::string parent_folder(const std::string& path) {
  fs::path p(normalised_path(path));
  return p.has_parent_path() ? p.parent_path().string() : p.string();
}

void FolderPicker::browse(const std::string& path) {
  here = list_folder(path);
  typed = here.path;
}

namespace {

// "###": the popup keeps its id whatever the language of its title.
constexpr const char* kPopup = "###folder_picker";

// The path box with "Go" and "Up"; returns the folder to browse next, or "".
std::string path_row(FolderPicker& p, const std::string& lang) {
  std::string go_label = std::string(word(lang, "folder_go")), up_label = std::string(word(lang, "folder_up"));
  const ImGuiStyle& style = ImGui::GetStyle();
  float buttons = ImGui::CalcTextSize(go_label.c_str()).x + ImGui::CalcTextSize(up_label.c_str()).x + style.FramePadding.x * 4 +
                  style.ItemSpacing.x * 2;
  ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 6, ImGui::GetContentRegionAvail().x - buttons));
  std::string next;
  if (ImGui::InputText("##path", &p.typed, ImGuiInputTextFlags_EnterReturnsTrue)) next = p.typed;
  ImGui::SameLine();
  if (ImGui::Button(go_label.c_str())) next = p.typed;
  ImGui::SameLine();
  if (ImGui::Button(up_label.c_str())) next = parent_folder(p.here.path);
  return next;
}

// The recent folders in a drop-down list, one line high; returns the one picked, or "".
std::string recent_row(const std::vector<std::string>& recent, const std::string& lang) {
  if (recent.empty()) return {};
  std::string picked;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
  if (ImGui::BeginCombo("##recent", std::string(word(lang, "recent_folders")).c_str())) {
    for (size_t i = 0; i < recent.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(recent[i].c_str())) picked = recent[i];
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return picked;
}

}  // namespace

std::optional<std::string> draw_folder_picker(FolderPicker& p, const std::vector<std::string>& recent, const std::string& lang) {
  if (!p.open) return std::nullopt;
  if (!ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x * 0.9f, io.DisplaySize.y * 0.9f), ImGuiCond_Always);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  std::string title = std::string(word(lang, "choose_folder")) + kPopup;
  std::optional<std::string> chosen;
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings)) {
    p.open = false;
    return chosen;
  }
  std::string next = path_row(p, lang);
  if (std::string r = recent_row(recent, lang); !r.empty()) next = r;
  ImGui::Separator();
  float footer = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFrameHeightWithSpacing();  // the count, the buttons
  ImGui::BeginChild("subfolders", ImVec2(0, -footer), true);
  if (!p.here.error.empty()) {
    std::string why = translate_message(p.here.error, lang);  // the system's words, translated where known
    need_glyphs(why);  // not among the words the font was built for
    ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s", labelled_text(lang, word(lang, "cannot_read_folder"), why).c_str());
  } else if (p.here.subfolders.empty()) {
    ImGui::TextDisabled("%s", std::string(word(lang, "no_subfolders")).c_str());
  }
  for (const std::string& name : p.here.subfolders)
    if (ImGui::Selectable((name + "/").c_str())) next = (fs::path(p.here.path) / name).string();  // a click goes in
  ImGui::EndChild();
  wrapped(fill(word(lang, "scenario_files_here"), std::to_string(p.here.scenario_files)));
  bool open_here = ImGui::Button(std::string(word(lang, "open_this_folder")).c_str());
  ImGui::SameLine();
  bool cancel = ImGui::Button(std::string(word(lang, "cancel")).c_str()) || pressed(ImGuiKey_Escape);
  if (open_here) chosen = p.here.path;
  if (open_here || cancel) {
    p.open = false;
    ImGui::CloseCurrentPopup();
  } else if (!next.empty()) {
    p.browse(next);
  }
  ImGui::EndPopup();
  return chosen;
}

}  // namespace hallsim::app
