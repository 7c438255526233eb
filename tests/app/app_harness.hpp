// The app without a window, as the panel tests drive it: an ImGui context with no backend, the
// fonts built as the window builds them, a clock the test moves, and key presses and typing
// simulated frame by frame. Shared by test_panels.cpp, test_screen_words.cpp and test_author.cpp.
#pragma once

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include <doctest/doctest.h>
#include <imgui.h>

#include "app.hpp"
#include "drawn_text.hpp"
#include "fonts.hpp"
#include "keys.hpp"

namespace hallsim::test {

// GLFW's key codes, as the real backend maps them.
constexpr int kEnter = 257, kEscape = 256, kDown = 264, kUp = 265, kTab = 258, kBackspace = 259, kF5 = app::kKeyF5;

// A new empty folder under the system's temporary folder.
inline std::string scratch_dir(const char* prefix = "hallsim-app") {
  std::string pattern = (std::filesystem::temp_directory_path() / (std::string(prefix) + "-XXXXXX")).string();
  REQUIRE(::mkdtemp(pattern.data()));
  return pattern;
}

struct AppHarness {
  double clock = 100;
  std::string config = scratch_dir(), data = scratch_dir();
  std::string library = std::string(HALLSIM_SOURCE_DIR) + "/tests/data";  // features.yaml
  std::unique_ptr<app::App> app;

  // `start_now` false: a harness built on this one starts the app itself (start(), what it
  // prepares, fonts()), so the fonts are built once, for what it shows.
  explicit AppHarness(bool start_now = true) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60;
    io.IniFilename = nullptr;
    io.KeyMap[ImGuiKey_Enter] = kEnter;
    io.KeyMap[ImGuiKey_Escape] = kEscape;
    io.KeyMap[ImGuiKey_DownArrow] = kDown;
    io.KeyMap[ImGuiKey_UpArrow] = kUp;
    io.KeyMap[ImGuiKey_Tab] = kTab;
    io.KeyMap[ImGuiKey_Backspace] = kBackspace;
    if (start_now) open();
  }
  ~AppHarness() { ImGui::DestroyContext(); }
  AppHarness(const AppHarness&) = delete;
  AppHarness& operator=(const AppHarness&) = delete;

  // Starts the app (again: after a simulated crash the same folders hold what it left).
  void open() {
    start();
    fonts();
    frame();
  }
  void start() { app = std::make_unique<app::App>(app::AppPaths{config, data}, library, [this] { return clock; }); }
  // The glyphs of everything the app can show now, as the window builds them.
  void fonts() {
    app->large_font = app::build_fonts(ImGui::GetIO(), app->texts_to_render(), 1.0f).large;
    app->fonts_dirty = false;
  }
  void frame() {
    ImGui::NewFrame();
    app->frame();
    ImGui::Render();
  }
  void press(int key, bool ctrl = false, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[key] = true;
    frame();
    io.KeysDown[key] = false;
    io.KeyCtrl = io.KeyShift = false;
    frame();
  }
  void type(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    frame();
  }
  const Session& session() const { return *app->session; }
  // Frames until `done`, for what happens on other threads (an analysis, a load, random plays).
  template <typename Done>
  void frames_until(Done done) {
    frame();
    for (int i = 0; i < 4000 && !done(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      frame();
    }
    REQUIRE(done());
  }
};

// What the presenter's own window shows: a second ImGui context sharing the fonts, as the backend
// makes it, draws the notes once; `lines` keeps the spaces and line breaks (lines_of_last_frame).
inline std::string presenter_window_text(app::App& app, const DrawnText& reader, bool lines = false) {
  ImGuiContext* projector = ImGui::GetCurrentContext();
  ImGuiContext* own = ImGui::CreateContext(ImGui::GetIO().Fonts);
  ImGui::SetCurrentContext(own);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(1280, 800);
  io.DeltaTime = 1.0f / 60;
  io.IniFilename = nullptr;
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("presenter", nullptr, ImGuiWindowFlags_NoDecoration);
  app::draw_presenter_notes(app);
  ImGui::End();
  ImGui::Render();
  std::string text = lines ? reader.lines_of_last_frame() : reader.of_last_frame();
  ImGui::DestroyContext(own);
  ImGui::SetCurrentContext(projector);
  return text;
}

}  // namespace hallsim::test
