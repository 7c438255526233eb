// The GLFW + OpenGL 3 backend and the idle-aware main loop: the app redraws on input, while a
// timer runs, and when the engine changes; otherwise it sleeps in glfwWaitEvents.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <vector>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app.hpp"
#include "app_main.hpp"
#include "fonts.hpp"
#include "presenter_window.hpp"
#include "base/paths.hpp"

namespace hallsim::app {

namespace {

// For the start-up benchmark (bench/app_startup_idle.sh): the moment the program began.
const auto g_process_start = std::chrono::steady_clock::now();

// Frames still to draw after something happened; Tracy keeps three so layouts settle.
int g_active_frames = 3;
void wake() { g_active_frames = 3; }

void on_cursor(GLFWwindow*, double, double) { wake(); }
// ImGui 1.86 samples key state once a frame, so a key pressed and released within one poll of
// events (a fast typist, a loaded machine, xdotool) would be lost. Presses are latched here and
// held down for one frame.
std::vector<int> g_pressed, g_held;
void on_key(GLFWwindow*, int key, int, int action, int) {
  if (action == GLFW_PRESS && key >= 0 && key < 512) g_pressed.push_back(key);
  wake();
}

void hold_latched_keys(GLFWwindow* window) {
  ImGuiIO& io = ImGui::GetIO();
  for (int key : g_held)
    if (glfwGetKey(window, key) == GLFW_RELEASE) io.KeysDown[key] = false;
  g_held.clear();
  for (int key : g_pressed)
    if (!io.KeysDown[key]) {
      io.KeysDown[key] = true;
      g_held.push_back(key);
    }
  g_pressed.clear();
  if (!g_held.empty()) wake();  // the release must be seen in a later frame
}
void on_char(GLFWwindow*, unsigned int) { wake(); }
// The presenter's window sends its input to the main window's ImGui context, which is current
// while events are polled.
void on_presenter_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  on_key(window, key, scancode, action, mods);
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}
void on_presenter_char(GLFWwindow* window, unsigned int c) {
  wake();
  ImGui_ImplGlfw_CharCallback(window, c);
}
void on_mouse(GLFWwindow*, int, int, int) { wake(); }
void on_scroll(GLFWwindow*, double, double) { wake(); }
void on_resize(GLFWwindow*, int, int) { wake(); }
void on_refresh(GLFWwindow*) { wake(); }

void style(float scale, bool high_contrast) {
  ImGuiStyle& s = ImGui::GetStyle();
  s = ImGuiStyle();  // from scratch: ScaleAllSizes multiplies what is there, and this runs at every atlas rebuild
  ImGui::StyleColorsDark(&s);
  s.WindowRounding = 0;
  s.FrameRounding = 6;
  s.ChildRounding = 6;
  s.FramePadding = ImVec2(10, 7);
  s.ItemSpacing = ImVec2(10, 8);
  if (high_contrast) {  // for a projector in a lit room: pure black, white text, thick yellow edges
    ImVec4* c = s.Colors;
    c[ImGuiCol_WindowBg] = c[ImGuiCol_ChildBg] = c[ImGuiCol_PopupBg] = ImVec4(0, 0, 0, 1);
    c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_TextDisabled] = ImVec4(0.85f, 0.85f, 0.85f, 1);
    c[ImGuiCol_Border] = ImVec4(1, 0.85f, 0.1f, 1);
    c[ImGuiCol_Button] = c[ImGuiCol_FrameBg] = ImVec4(0.08f, 0.12f, 0.3f, 1);
    c[ImGuiCol_ButtonHovered] = c[ImGuiCol_FrameBgHovered] = ImVec4(0.1f, 0.3f, 0.7f, 1);
    c[ImGuiCol_ButtonActive] = c[ImGuiCol_FrameBgActive] = ImVec4(0.15f, 0.4f, 0.9f, 1);
    c[ImGuiCol_PlotHistogram] = ImVec4(1, 0.85f, 0.1f, 1);
    s.FrameBorderSize = 2;
    s.ChildBorderSize = 2;
  }
  s.ScaleAllSizes(scale);
}

// Classroom mode: tells the app which monitors there are, and puts the window full screen on the
// one chosen (or back in its window when presenting stops or F toggles it).
struct WindowPlacement {
  GLFWmonitor* fullscreen_on = nullptr;
  int x = 100, y = 100, width = 1280, height = 800;  // the window as it was before going full screen

  void update(GLFWwindow* window, App& app) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (count != static_cast<int>(app.classroom.monitors.size())) {  // plugged in or out: the projector is usually the last
      app.classroom.monitor = std::max(0, count - 1);
      app.classroom.presenter_window = count > 1;
    }
    app.classroom.monitors.clear();
    for (int i = 0; i < count; ++i) {
      const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
      const char* name = glfwGetMonitorName(monitors[i]);
      app.classroom.monitors.push_back({name ? name : "?", mode ? mode->width : 0, mode ? mode->height : 0});
    }
    int chosen = std::clamp(app.classroom.monitor, 0, std::max(0, count - 1));
    GLFWmonitor* wanted = app.presenting() && app.classroom.fullscreen && count > 0 ? monitors[chosen] : nullptr;
    if (wanted == fullscreen_on) return;
    if (wanted) {
      if (!fullscreen_on) {
        glfwGetWindowPos(window, &x, &y);
        glfwGetWindowSize(window, &width, &height);
      }
      const GLFWvidmode* mode = glfwGetVideoMode(wanted);
      glfwSetWindowMonitor(window, wanted, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
      glfwSetWindowMonitor(window, nullptr, x, y, width, height, 0);
    }
    fullscreen_on = wanted;
    wake();
  }
};

}  // namespace

int run_desktop_app(const Launch& launch) {
  if (!glfwInit()) {
    (void)std::fprintf(stderr, "hallsim: no display to open a window on; play in this terminal with `hallsim play FILE.yaml`\n");
    return 2;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(1280, 800, "HallSim 政务服务投诉处理情景演练器", nullptr, nullptr);
  if (!window) {
    (void)std::fprintf(stderr, "hallsim: cannot open a window (no OpenGL 3 display); play in this terminal with `hallsim play FILE.yaml`\n");
    glfwTerminate();
    return 2;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  // Ours first: ImGui's backend chains to them, so every input also wakes the loop.
  glfwSetCursorPosCallback(window, on_cursor);
  glfwSetKeyCallback(window, on_key);
  glfwSetCharCallback(window, on_char);
  glfwSetMouseButtonCallback(window, on_mouse);
  glfwSetScrollCallback(window, on_scroll);
  glfwSetFramebufferSizeCallback(window, on_resize);
  glfwSetWindowRefreshCallback(window, on_refresh);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  AppPaths paths{launch.config_dir.empty() ? config_dir() : launch.config_dir,
                 launch.data_dir.empty() ? data_dir() : launch.data_dir};
  ensure_dir(paths.config_dir);
  // Window layout lives with the settings, never in the working directory.
  std::string ini = (std::filesystem::path(paths.config_dir) / "imgui.ini").string();
  ImGui::GetIO().IniFilename = ini.c_str();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 130");
  need_glyphs_for_pasted_text(ImGui::GetIO());

  App app(paths, launch.library_folder);
  if (!launch.author_folder.empty()) app.open_authoring(launch.author_folder);
  if (!launch.present_scenario.empty()) app.open_classroom(launch.present_scenario);
  WindowPlacement placement;
  PresenterWindow presenter(window, on_presenter_key, on_presenter_char);
  float content_scale = 1.0f;
  glfwGetWindowContentScale(window, &content_scale, nullptr);
  unsigned long long seen_revision = ~0ull;
  bool first_frame_reported = false;
  bool device_objects = false;
  std::string title;
  while (!glfwWindowShouldClose(window) && !app.quit_requested()) {
    if (g_active_frames > 0) glfwPollEvents();
    else if (app.animating()) glfwWaitEventsTimeout(0.1);  // the reply timer moves ten times a second
    else if (app.watching_files()) glfwWaitEventsTimeout(AuthorMode::kPollSeconds);
    else glfwWaitEvents();
    // The atlas holds only the characters of texts_to_render(); what is typed, pasted or said
    // since joins it before the frame that shows it.
    if (ImGui::GetIO().WantTextInput) need_glyphs_for_typing();
    need_glyphs(ImGui::GetIO().InputQueueCharacters);
    need_glyphs(app.status);
    if (app.session)
      for (const Turn& t : app.session->turns()) need_glyphs(t.line), need_glyphs(t.reply);
    if (app.fonts_dirty || glyphs_wanted()) {
      float scale = app.ui_scale() * content_scale;
      Fonts fonts = build_fonts(ImGui::GetIO(), app.texts_to_render(), scale);
      app.large_font = fonts.large;
      style(scale, app.high_contrast());
      // The first time with the shaders, else the first NewFrame would upload the atlas again.
      if (!device_objects) device_objects = ImGui_ImplOpenGL3_CreateDeviceObjects();
      else ImGui_ImplOpenGL3_DestroyFontsTexture(), ImGui_ImplOpenGL3_CreateFontsTexture();
      ImGui::GetIO().Fonts->ClearTexData();  // the pixels live on in the texture
      app.fonts_dirty = false;
      wake();
    }
    hold_latched_keys(window);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    if (app.high_contrast()) glClearColor(0, 0, 0, 1);
    else glClearColor(0.1f, 0.11f, 0.13f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
    if (!first_frame_reported && !environment_variable("HALLSIM_REPORT_FIRST_FRAME").empty()) {
      first_frame_reported = true;
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_process_start).count();
      double cpu_ms = 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;  // all threads
      double clock_s = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
      (void)std::fprintf(stderr, "first frame presented after %.1f ms (cpu %.1f ms, clock %.6f)\n", ms, cpu_ms, clock_s);
    }
    placement.update(window, app);
    if (presenter.update(app)) app.fonts_dirty = true;
    if (app.revision() != seen_revision) seen_revision = app.revision(), wake();
    if (std::string t = app.window_title(); t != title) glfwSetWindowTitle(window, (title = t).c_str());
    if (g_active_frames > 0) --g_active_frames;
  }
  app.save_settings_now();
  presenter.close();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return 0;
}

}  // namespace hallsim::app
