// Small drawing helpers shared by the panels.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "model/scenario.hpp"

namespace hallsim::app {

// fmt-style "{}" replaced by `value` in a UI phrase.
std::string fill(std::string_view phrase, const std::string& value);
// The current font has a glyph for every character of `texts` (else its atlas needs a rebuild).
bool font_covers(const std::vector<std::string>& texts);
// A horizontal bar filled to `fraction`, with a label drawn over it.
void bar(float fraction, const std::string& label, ImU32 colour, float height = 0);
// The first `count` code points of a UTF-8 text, and the same with "…" when something was cut.
std::string utf8_prefix(const std::string& text, size_t count);
std::string shorten(const std::string& text, size_t count);
// As much of a text as fits in `width` pixels of the current font, with "…" when cut.
std::string shorten_to_width(const std::string& text, float width);
// `text` broken into lines of at most `width` pixels of the current font by the engine's rule
// (base/line_break: no line starts with closing punctuation, numbers and words stay whole),
// joined with '\n' so that ImGui draws it without wrapping again.
std::string wrap_to_width(const std::string& text, float width);
// The same breaks, every character kept (spaces at a line's end too): for a text being edited.
std::string soft_wrap(const std::string& text, float width);
// Its height in the current font.
float wrapped_height(const std::string& text, float width);
// A button `width` wide (the rest of the row when 0) whose text wraps; true when clicked.
bool wrapped_button(const std::string& label, bool highlighted = false, float width = 0);
// Its height, for laying out before drawing.
float wrapped_button_height(const std::string& label, float width);
// Text that wraps at the window's edge.
void wrapped(const std::string& text);
// A tooltip opened by begin_tooltip(ems) wraps its text at about `ems` font sizes, and never wider
// than the screen holds (a tooltip is sized by its text, and at 2× on 1024×768 26 ems is wider
// than the screen); it returns that width. It sits beside the mouse where there is room, and on
// the screen always. end_tooltip() closes it.
float begin_tooltip(float ems);
void end_tooltip();
// When the item just drawn is hovered: `text` in such a tooltip, broken by the engine's rule.
void hover_tip(const std::string& text, ImGuiHoveredFlags flags = 0);
// "你: text" with the text wrapped beside the label (a hanging indent), so the label never
// stands alone on its line.
void labelled(const std::string& label, const std::string& text, const ImVec4& label_colour);
// Before an item `width` wide: on the same row as the last item when it still fits there, else
// on a new row (rows of controls that flow like words at any scale).
void next_in_row(float width);
// A text's width as a button or a checkbox draws it.
float button_width(const std::string& label);
float checkbox_width(const std::string& label);
// A modal dialog centred on the screen, its title in the UI's words and its width what the
// screen allows (its text wraps): open_dialog("abandon") once, then begin_dialog each frame;
// EndPopup() when it returns true. The timer stands still while any dialog is open (App::frame).
void open_dialog(const char* id);
bool dialog_open(const char* id);
bool begin_dialog(const char* id, const std::string& title);
// Score deltas as "共情 +2 · 及时性 -1".
ImU32 outcome_colour(Outcome o);

}  // namespace hallsim::app
