// The layout self-check (HALLSIM_LAYOUT_CHECK=1): after each frame it looks at every window
// ImGui drew and reports, on stderr, text or buttons that end up outside their window or cut
// off: content past the edge of a window that cannot scroll that way, a window past the edge of
// the screen, a must-fit region that would need scrolling, or a label a widget had to clip.
// A problem is reported once, when it lasts two frames in a row (a layout settles in one), and
// counted; the app exits with kLayoutCheckFailed when any was found. Off, it costs one branch.
#pragma once

#include <string>

namespace hallsim::app::layout_check {

constexpr int kLayoutCheckFailed = 3;

// HALLSIM_LAYOUT_CHECK is set to something other than "" or "0" (read once), or enable() was called.
bool enabled();
void enable();  // for tests that drive the panels without a window
// The current child window must show all of its content without scrolling (the citizen's line,
// the replies): needing a scrollbar counts as a problem.
void must_fit();
// Call right after ImGui::InputTextMultiline: its box scrolls its own text, and ImGui 1.86
// always reaches one padding past the box's right edge inside it, which is no cut.
void text_box_drawn();
// A widget drew `text` in `room` pixels but it needs `needed`: report it as clipped.
void text_clipped(const std::string& text, float needed, float room);
// Call after the frame's windows are ended, in the ImGui context that drew them; `where` names
// the screen (e.g. "play") for the report.
void end_frame(const std::string& where);
// Problems found so far (each counted once).
int problems();

}  // namespace hallsim::app::layout_check
