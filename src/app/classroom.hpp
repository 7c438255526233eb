// Classroom mode (F5, `hallsim --present SCENARIO`): one scenario projected to a room. The class
// votes on each reply by a show of hands; scores and feedback stay hidden until the instructor
// reveals them; the reply timer can be shown, paused or hidden while the class discusses.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "debrief/debrief.hpp"
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
  float scale = 2.0f;         // UI scale while presenting, 1x to 4x
  bool high_contrast = true;  // readable from the back of a room
  bool presenter_window = false;  // the notes and controls in a window of their own (on the laptop's screen)

  // [SECTION] While presenting
  bool revealed = false;  // scores and feedback of the last reply are shown
  Timer timer = Timer::shown;
  bool notes = false;       // the presenter's notes (scores, feedback, the expert's reply): off, the room sees them
  bool fullscreen = true;   // on `monitor`
  std::optional<VoteTally> tally;             // the show of hands at the current reply
  unsigned long long tally_for = ~0ull;       // the session revision the tally belongs to
  int debrief_turn = 0;                       // projected debrief: 0 = the summary, else that turn
  std::optional<Debrief> debrief;             // built once the attempt ends

  // [SECTION] Filled in by the window backend
  std::vector<MonitorInfo> monitors;
  bool two_screens() const { return monitors.size() > 1; }

  static constexpr float kMinScale = 1.0f, kMaxScale = 4.0f, kScaleStep = 0.25f;
  void grow() { scale = std::min(kMaxScale, scale + kScaleStep); }
  void shrink() { scale = std::max(kMinScale, scale - kScaleStep); }
  void next_timer_mode() { timer = timer == Timer::shown ? Timer::paused : timer == Timer::paused ? Timer::hidden : Timer::shown; }
};

}  // namespace hallsim::app
