// The floor for the app's start-up and idle figures: a bare GLFW + OpenGL window that presents
// one frame, then waits for events the way the app does when nothing happens.
#include "floor_window.hpp"

int main() {
  GLFWwindow* window = floor_window::open("bare window");
  if (!window) return 2;
  glClearColor(0.1f, 0.11f, 0.13f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  glfwSwapBuffers(window);
  floor_window::report_first_frame();
  while (!glfwWindowShouldClose(window)) {
    glfwWaitEvents();
    glClear(GL_COLOR_BUFFER_BIT);
    glfwSwapBuffers(window);
  }
  glfwTerminate();
  return 0;
}
