// The presenter's own window in classroom mode: on the laptop's screen while the projector shows
// the audience's view. It has an ImGui context of its own that shares the fonts; its keys go to the
// main window, so the instructor controls the class from either.
#pragma once

struct GLFWwindow;
struct ImGuiContext;

namespace hallsim::app {

class App;

class PresenterWindow {
 public:
  // `key` and `text` are the main window's input callbacks, to which this window's input goes.
  PresenterWindow(GLFWwindow* main, void (*key)(GLFWwindow*, int, int, int, int), void (*text)(GLFWwindow*, unsigned int))
      : main_(main), key_(key), text_(text) {}
  PresenterWindow(const PresenterWindow&) = delete;
  PresenterWindow& operator=(const PresenterWindow&) = delete;
  ~PresenterWindow() { close(); }

  // Opens, draws or closes the window as the app asks; call once a frame, with the main window's
  // context current. Returns true when the shared font texture must be rebuilt (after closing).
  bool update(App& app);
  void close();  // before the main window's ImGui context goes

 private:
  void open(App& app);
  void draw(App& app);

  GLFWwindow* main_;
  void (*key_)(GLFWwindow*, int, int, int, int);
  void (*text_)(GLFWwindow*, unsigned int);
  GLFWwindow* window_ = nullptr;
  ImGuiContext* context_ = nullptr;
};

}  // namespace hallsim::app
