// The floor for the app's start-up and idle figures: a bare GLFW + OpenGL window that presents
// one frame, then waits for events the way the app does when nothing happens.
#include <chrono>
#include <cstdio>
#include <ctime>

#include <GLFW/glfw3.h>

namespace {
const auto g_process_start = std::chrono::steady_clock::now();
}

int main() {
  if (!glfwInit()) return 2;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  GLFWwindow* window = glfwCreateWindow(1280, 800, "bare window", nullptr, nullptr);
  if (!window) return 2;
  glfwMakeContextCurrent(window);
  glClearColor(0.1f, 0.11f, 0.13f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  glfwSwapBuffers(window);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_process_start).count();
  double cpu_ms = 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;  // all threads
  double clock_s = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  std::fprintf(stderr, "first frame presented after %.1f ms (cpu %.1f ms, clock %.6f)\n", ms, cpu_ms, clock_s);
  while (!glfwWindowShouldClose(window)) {
    glfwWaitEvents();
    glClear(GL_COLOR_BUFFER_BIT);
    glfwSwapBuffers(window);
  }
  glfwTerminate();
  return 0;
}
