// Classroom mode (课堂模式; F5, `hallsim --classroom SCENARIO`): one scenario projected to a room.
// The class votes on each reply by a show of hands; scores and feedback stay hidden until the
// instructor reveals them; the reply timer can be shown, paused or hidden while the class
// discusses. The presenter's notes (every reply's scores and feedback, the expert's reply) are
// never drawn on the projected view: with two screens they go to a window of their own on the
// laptop's screen; with one (or mirrored) screen, the presenter view replaces the projection only
// after the instructor confirms, and says on every frame that it is not for the class.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "run/vote_tally.hpp"

namespace hallsim::app {

struct MonitorInfo {
  std::string name;
  int width = 0, height = 0;
};

struct Classroom {
  enum class Timer { shown, paused, hidden };

  // [SECTION] Set up on the picker screen
  int monitor = 0;            // index into `monitors`, the one the audience sees
  float scale = 2.0f;         // UI scale while in class, 1x to 4x
  bool high_contrast = true;  // readable from the back of a room
  bool presenter_window = false;  // with two screens: the notes in a window of their own on the laptop's

  // [SECTION] While in class
  bool revealed = false;  // scores and feedback of the applied reply are shown
  Timer timer = Timer::shown;  // paused stays paused, turn after turn, until T again
  // One screen: the presenter view instead of the projection, and the question asked before it.
  bool presenter_view = false;
  bool confirm_presenter_view = false;
  // The reply the class just applied, shown to the room (and revealed with R) until Enter moves on
  // to the next question; the index of its turn.
  std::optional<size_t> applied_turn;
  bool fullscreen = true;   // on `monitor`
  std::optional<VoteTally> tally;             // the show of hands at the current reply
  unsigned long long tally_for = ~0ull;       // the session revision the tally belongs to
  int debrief_page = 0;                       // projected debrief: see classroom_debrief_panel.cpp
  std::string saved_report;                   // the report saved from the projected debrief (its file name)
  // Saved files and errors: for the presenter's eyes only (a path never goes on the projector).
  std::string presenter_status;

  // [SECTION] Filled in by the window backend
  std::vector<MonitorInfo> monitors;
  bool two_screens() const { return monitors.size() > 1; }
  // Where the notes go: their own window needs a screen the class does not see.
  bool notes_in_own_window() const { return presenter_window && two_screens(); }

  static constexpr float kMinScale = 1.0f, kMaxScale = 4.0f, kScaleStep = 0.25f;
  void grow() { scale = std::min(kMaxScale, scale + kScaleStep); }
  void shrink() { scale = std::max(kMinScale, scale - kScaleStep); }
  void next_timer_mode() { timer = timer == Timer::shown ? Timer::paused : timer == Timer::paused ? Timer::hidden : Timer::shown; }
};

}  // namespace hallsim::app
