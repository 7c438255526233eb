// Keyboard helpers for ImGui 1.86 (before the named-key API): named keys go through io.KeyMap;
// digits use their ASCII codes, which are GLFW's key codes for them.
#pragma once

#include <imgui.h>

namespace hallsim::app {

inline bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }
inline bool pressed_digit(int digit) { return ImGui::IsKeyPressed('0' + digit, false); }
// Function keys have no ImGuiKey in 1.86: GLFW's key codes index io.KeysDown directly.
constexpr int kKeyF5 = 294;  // GLFW_KEY_F5
constexpr int kKeyF6 = 295;  // GLFW_KEY_F6
constexpr int kKeyF8 = 297;  // GLFW_KEY_F8
constexpr int kKeyH = 'H';   // letters are their upper-case ASCII codes in GLFW
constexpr int kKeyO = 'O';
inline bool pressed_code(int glfw_key) { return ImGui::IsKeyPressed(glfw_key, false); }
// No text field has focus: single keys are commands, not typing.
inline bool keys_free() { return !ImGui::GetIO().WantTextInput; }

}  // namespace hallsim::app
