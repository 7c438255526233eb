// A second floor for the app's start-up figures: bare_window plus an empty Dear ImGui frame (the
// built-in ASCII font, one line of text and a button) drawn with the same GLFW + OpenGL 3
// backends as the app. What it costs over bare_window is what any ImGui app pays here: under
// Mesa's llvmpipe, compiling and running ImGui's shaders.
#include <chrono>
#include <cstdio>
#include <ctime>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace {
const auto g_process_start = std::chrono::steady_clock::now();
}

int main() {
  if (!glfwInit()) return 2;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  GLFWwindow* window = glfwCreateWindow(1280, 800, "imgui window", nullptr, nullptr);
  if (!window) return 2;
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 130");
  bool first = true;
  while (!glfwWindowShouldClose(window)) {
    if (!first) glfwWaitEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("floor", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted("An empty Dear ImGui window");
    ImGui::Button("OK");
    ImGui::End();
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.1f, 0.11f, 0.13f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
    if (first) {
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_process_start).count();
      double cpu_ms = 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;  // all threads
      double clock_s = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
      std::fprintf(stderr, "first frame presented after %.1f ms (cpu %.1f ms, clock %.6f)\n", ms, cpu_ms, clock_s);
      first = false;
    }
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwTerminate();
  return 0;
}
