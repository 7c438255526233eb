// A second floor for the app's start-up figures: bare_window plus an empty Dear ImGui frame (the
// built-in ASCII font, one line of text and a button) drawn with the same GLFW + OpenGL 3
// backends as the app. What it costs over bare_window is what any ImGui app pays here: under
// Mesa's llvmpipe, compiling and running ImGui's shaders.
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "floor_window.hpp"

int main() {
  GLFWwindow* window = floor_window::open("imgui window");
  if (!window) return 2;
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
      floor_window::report_first_frame();
      first = false;
    }
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwTerminate();
  return 0;
}
