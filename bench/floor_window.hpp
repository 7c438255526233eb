// What the two floor programs (bare_window, imgui_window) share: the window the app would open,
// and the first-frame line bench/app_startup_idle.sh reads, in the app's format.
#pragma once

#include <chrono>
#include <cstdio>
#include <ctime>

#include <GLFW/glfw3.h>

namespace floor_window {

// Set during static initialisation, as early as the app's own mark.
inline const auto process_start = std::chrono::steady_clock::now();

// A 1280×800 OpenGL 3.0 window made current, or nullptr.
inline GLFWwindow* open(const char* title) {
  if (!glfwInit()) return nullptr;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  GLFWwindow* window = glfwCreateWindow(1280, 800, title, nullptr, nullptr);
  if (window) glfwMakeContextCurrent(window);
  return window;
}

inline void report_first_frame() {
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - process_start).count();
  double cpu_ms = 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;  // all threads
  double clock_s = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  std::fprintf(stderr, "first frame presented after %.1f ms (cpu %.1f ms, clock %.6f)\n", ms, cpu_ms, clock_s);
}

}  // namespace floor_window
