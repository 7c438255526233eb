// One language at a time: every zh-CN screen of a whole attempt, its dialogs included, is read
// back from what ImGui drew, and no English UI word or untranslated key may be on it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharToUtf8

#include "app.hpp"
#include "fonts.hpp"
#include "model/words.hpp"

namespace screen_words {

using namespace hallsim;
using namespace hallsim::app;
namespace fs = std::filesystem;

constexpr int kEnterKey = 257, kEscapeKey = 256;

std::string scratch_dir() {
  std::string pattern = (fs::temp_directory_path() / "hallsim-words-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()));
  return pattern;
}

// The text drawn in the last frame, recovered from the draw lists: each glyph is a quad whose
// first corner sits at the glyph's top-left in the font atlas, which names its character. A gap
// between glyphs becomes a space and a step down a new line. Glyphs clipped at a window's edge
// have other texture corners and are left out.
std::string drawn_text() {
  std::map<std::pair<float, float>, unsigned> glyph_at;
  for (ImFont* font : ImGui::GetIO().Fonts->Fonts)
    for (const ImFontGlyph& g : font->Glyphs)
      if (g.Visible) glyph_at[{g.U0, g.V0}] = g.Codepoint;
  std::string out;
  ImDrawData* data = ImGui::GetDrawData();
  for (int l = 0; data && l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    float last_right = -1e9f, last_top = -1e9f;
    for (int i = 0; i + 3 < list->VtxBuffer.Size; ++i) {
      const ImDrawVert& v = list->VtxBuffer[i];
      auto it = glyph_at.find({v.uv.x, v.uv.y});
      if (it == glyph_at.end()) continue;
      const ImDrawVert& opposite = list->VtxBuffer[i + 2];
      float height = opposite.pos.y - v.pos.y;
      if (v.pos.y > last_top + height * 0.8f || v.pos.y < last_top - height * 0.8f) out += '\n';
      else if (v.pos.x > last_right + height * 0.2f) out += ' ';
      char utf8[5] = {};
      ImTextCharToUtf8(utf8, it->second);
      out += utf8;
      last_right = opposite.pos.x;
      last_top = v.pos.y;
      i += 3;
    }
    out += '\n';
  }
  return out;
}

std::string without_spaces(std::string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n'; }), s.end());
  return s;
}

// English UI texts (from words.tsv) that no zh-CN text contains: on a zh-CN screen they mean a
// word was not translated.
std::vector<std::string> english_ui_words() {
  std::ifstream in(std::string(HALLSIM_SOURCE_DIR) + "/engine/model/words.tsv");
  std::vector<std::string> en, zh;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find('\t'), b = line.find('\t', a + 1);
    if (b == std::string::npos) continue;
    zh.push_back(line.substr(a + 1, b - a - 1));
    en.push_back(line.substr(b + 1));
  }
  static const std::regex plain_words(R"([A-Za-z][A-Za-z ']{3,})");
  std::vector<std::string> out;
  for (const auto& e : en) {
    if (!std::regex_match(e, plain_words)) continue;
    bool in_chinese = std::any_of(zh.begin(), zh.end(), [&](const std::string& z) { return z.find(e) != std::string::npos; });
    if (!in_chinese) out.push_back(without_spaces(e));
  }
  return out;
}

struct Screens {
  std::string config = scratch_dir(), data = scratch_dir();
  double clock = 100;
  std::unique_ptr<App> app;
  std::vector<std::string> english = english_ui_words();
  std::set<std::string> seen;  // the screens checked

  Screens() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60;
    io.IniFilename = nullptr;
    io.KeyMap[ImGuiKey_Enter] = kEnterKey;
    io.KeyMap[ImGuiKey_Escape] = kEscapeKey;
    open();
  }
  ~Screens() { ImGui::DestroyContext(); }
  Screens(const Screens&) = delete;
  Screens& operator=(const Screens&) = delete;

  void open() {
    app = std::make_unique<App>(AppPaths{config, data}, std::string(HALLSIM_SOURCE_DIR) + "/tests/data",
                                [this] { return clock; });
    REQUIRE(app->lang() == "zh-CN");
    Fonts fonts = build_fonts(ImGui::GetIO(), app->texts_to_render(), 1.0f);
    app->large_font = fonts.large;
    app->fonts_dirty = false;
    frame();
  }
  void frame() {
    ImGui::NewFrame();
    app->frame();
    ImGui::Render();
  }
  void press(int key) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[key] = true;
    frame();
    io.KeysDown[key] = false;
    frame();
  }
  // The screen as drawn now: no English UI word, no key.
  void check(const std::string& name) {
    frame();
    std::string text = drawn_text();
    std::string flat = without_spaces(text);
    CAPTURE(name);
    CAPTURE(text);
    for (const auto& e : english) {
      CAPTURE(e);
      CHECK(flat.find(e) == std::string::npos);
    }
    static const std::regex key(R"(\b[a-z]+_[a-z_]+\b)");
    CHECK_FALSE(std::regex_search(text, key));
    seen.insert(name);
  }
};

}  // namespace screen_words

TEST_CASE("every zh-CN screen of an attempt, and its dialogs, is in Chinese") {
  using namespace screen_words;
  Screens s;
  REQUIRE(s.english.size() > 50);
  s.check("library");
  s.press(kEnterKey);
  REQUIRE(s.app->screen == Screen::briefing);
  s.check("briefing");
  s.press(kEnterKey);
  REQUIRE(s.app->screen == Screen::play);
  s.check("choices");
  s.press(kEscapeKey);
  REQUIRE(s.app->confirm_abandon);
  s.check("abandon dialog");
  s.press(kEscapeKey);
  s.press('2');
  s.press(kEnterKey);
  REQUIRE(s.app->session->node().id == "check");
  s.check("typed reply");
  s.app.reset();  // a crash: the next start offers to resume
  s.open();
  REQUIRE(s.app->pending_resume);
  s.check("resume dialog");
  s.press(kEnterKey);
  s.frame();
  ImGui::GetIO().AddInputCharactersUTF8("抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情");
  s.frame();
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = true;
  s.press(kEnterKey);
  io.KeyCtrl = false;
  REQUIRE(s.app->session->turns().size() == 2);
  s.check("a colleague's line");
  s.press(kEnterKey);
  s.press('1');
  s.press(kEnterKey);
  REQUIRE(s.app->session->ended());
  s.press(kEnterKey);
  REQUIRE(s.app->screen == Screen::debrief);
  s.check("debrief");
  CHECK(s.seen.size() == 8);
  CHECK(missing_words().empty());
  // The check can fail: the library in English is full of the words it looks for.
  s.press(kEscapeKey);
  REQUIRE(s.app->screen == Screen::start);
  s.app->settings.language = "en";
  s.frame();
  std::string english = without_spaces(drawn_text());
  CAPTURE(english);
  CHECK(std::count_if(s.english.begin(), s.english.end(),
                      [&](const std::string& e) { return english.find(e) != std::string::npos; }) >= 5);
}
