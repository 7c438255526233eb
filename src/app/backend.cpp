// The GLFW + OpenGL 3 backend and the idle-aware main loop: the app redraws on input, while a
// timer runs, and when the engine changes; otherwise it sleeps in glfwWaitEvents.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app.hpp"
#include "app_main.hpp"
#include "fonts.hpp"
#include "store/paths.hpp"

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
void on_mouse(GLFWwindow*, int, int, int) { wake(); }
void on_scroll(GLFWwindow*, double, double) { wake(); }
void on_resize(GLFWwindow*, int, int) { wake(); }
void on_refresh(GLFWwindow*) { wake(); }

void style(float scale) {
  ImGui::StyleColorsDark();
  ImGuiStyle& s = ImGui::GetStyle();
  s.WindowRounding = 0;
  s.FrameRounding = 6;
  s.ChildRounding = 6;
  s.FramePadding = ImVec2(10, 7);
  s.ItemSpacing = ImVec2(10, 8);
  s.ScaleAllSizes(scale);
}

}  // namespace

int run_desktop_app(const Launch& launch) {
  if (!glfwInit()) {
    std::fprintf(stderr, "hallsim: no display to open a window on; play in this terminal with `hallsim play FILE.yaml`\n");
    return 2;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(1280, 800, "HallSim 政务服务投诉处理情景演练器", nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr, "hallsim: cannot open a window (no OpenGL 3 display); play in this terminal with `hallsim play FILE.yaml`\n");
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

  App app(paths, launch.library_folder);
  float content_scale = 1.0f;
  glfwGetWindowContentScale(window, &content_scale, nullptr);
  unsigned long long seen_revision = ~0ull;
  bool first_frame_reported = false;
  std::string title;
  while (!glfwWindowShouldClose(window) && !app.quit_requested()) {
    if (g_active_frames > 0) glfwPollEvents();
    else if (app.animating()) glfwWaitEventsTimeout(0.1);  // the reply timer moves ten times a second
    else glfwWaitEvents();
    if (app.fonts_dirty) {
      float scale = app.settings.ui_scale * content_scale;
      Fonts fonts = build_fonts(ImGui::GetIO(), app.texts_to_render(), scale);
      app.large_font = fonts.large;
      style(scale);
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
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
    glClearColor(0.1f, 0.11f, 0.13f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
    if (!first_frame_reported && std::getenv("HALLSIM_REPORT_FIRST_FRAME")) {
      first_frame_reported = true;
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_process_start).count();
      std::fprintf(stderr, "first frame presented after %.1f ms\n", ms);
    }
    if (app.revision() != seen_revision) seen_revision = app.revision(), wake();
    if (std::string t = app.window_title(); t != title) glfwSetWindowTitle(window, (title = t).c_str());
    if (g_active_frames > 0) --g_active_frames;
  }
  app.save_settings_now();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return 0;
}

}  // namespace hallsim::app
