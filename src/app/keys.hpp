// Keyboard helpers for ImGui 1.86 (before the named-key API): named keys go through io.KeyMap;
// digits use their ASCII codes, which are GLFW's key codes for them.
#pragma once

#include <imgui.h>

namespace hallsim::app {

inline bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }
inline bool pressed_digit(int digit) { return ImGui::IsKeyPressed('0' + digit, false); }
// No text field has focus: single keys are commands, not typing.
inline bool keys_free() { return !ImGui::GetIO().WantTextInput; }

}  // namespace hallsim::app
