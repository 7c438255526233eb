#include "presenter_window.hpp"

#include <string>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app.hpp"
#include "layout_check.hpp"
#include "model/words.hpp"

namespace hallsim::app {

bool PresenterWindow::update(App& app) {
  bool wanted = app.in_classroom() && app.classroom.notes_in_own_window();  // never on the projected screen
  if (window_ && glfwWindowShouldClose(window_)) app.classroom.presenter_window = wanted = false;
  if (wanted && !window_) open(app);
  if (!wanted && window_) {
    close();
    return true;
  }
  if (window_) draw(app);
  return false;
}

void PresenterWindow::open(App& app) {
  std::string title = "HallSim — " + std::string(word(app.lang(), "presenter_notes"));
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  window_ = glfwCreateWindow(900, 700, title.c_str(), nullptr, main_);  // shares the main window's textures
  if (!window_) {
    app.classroom.presenter_window = false;
    return;
  }
  // On a screen the audience does not see: the first monitor that is not the projector's.
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  for (int i = 0; i < count; ++i)
    if (i != app.classroom.monitor) {
      int x = 0, y = 0;
      glfwGetMonitorPos(monitors[i], &x, &y);
      glfwSetWindowPos(window_, x + 40, y + 40);
      break;
    }
  glfwSetKeyCallback(window_, key_);
  glfwSetCharCallback(window_, text_);
  ImGuiContext* main_context = ImGui::GetCurrentContext();
  context_ = ImGui::CreateContext(ImGui::GetIO().Fonts);
  ImGui::SetCurrentContext(context_);
  ImGui::GetIO().IniFilename = nullptr;
  ImGui::StyleColorsDark();
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(0);  // the main window already waits for the screen
  ImGui_ImplGlfw_InitForOpenGL(window_, false);
  ImGui_ImplOpenGL3_Init("#version 130");
  glfwMakeContextCurrent(main_);
  ImGui::SetCurrentContext(main_context);
}

void PresenterWindow::draw(App& app) {
  ImGuiContext* main_context = ImGui::GetCurrentContext();
  glfwMakeContextCurrent(window_);
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.FontGlobalScale = 1.25f * app.settings.ui_scale / app.classroom.scale;  // the shared fonts are built at the projected size
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("presenter", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  draw_presenter_notes(app);
  ImGui::End();
  if (layout_check::enabled()) layout_check::end_frame("presenter");
  ImGui::Render();
  int w = 0, h = 0;
  glfwGetFramebufferSize(window_, &w, &h);
  glViewport(0, 0, w, h);
  glClearColor(0.1f, 0.11f, 0.13f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  glfwSwapBuffers(window_);
  glfwMakeContextCurrent(main_);
  ImGui::SetCurrentContext(main_context);
}

void PresenterWindow::close() {
  if (!window_) return;
  ImGuiContext* main_context = ImGui::GetCurrentContext();
  glfwMakeContextCurrent(window_);
  ImGui::SetCurrentContext(context_);
  ImGui_ImplOpenGL3_Shutdown();  // also forgets the shared atlas's texture: the caller rebuilds it
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext(context_);
  glfwDestroyWindow(window_);
  window_ = nullptr;
  context_ = nullptr;
  glfwMakeContextCurrent(main_);
  ImGui::SetCurrentContext(main_context);
}

}  // namespace hallsim::app
