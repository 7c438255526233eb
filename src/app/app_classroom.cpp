// The App's side of classroom mode: choosing the scenario, starting the projected attempt, and
// the clock that stands still while the class discusses.
#include <filesystem>

#include <fmt/format.h>

#include "app.hpp"
#include "model/words.hpp"

namespace hallsim::app {

namespace fs = std::filesystem;

void App::open_classroom(const std::string& scenario_path) {
  // The scenario's folder becomes the library, so its text is in the font and it can be picked.
  std::error_code ec;
  fs::path file = fs::absolute(scenario_path, ec);
  fs::path folder = file.parent_path();
  if (fs::absolute(library_folder, ec) != folder) open_folder(folder.string());
  for (size_t i = 0; i < library.size(); ++i) {
    if (!fs::equivalent(library[i].path, file, ec)) continue;
    if (!library[i].scenario) break;
    selected = static_cast<int>(i);
    screen = Screen::present_setup;
    return;
  }
  status = fmt::format("{}: {}", scenario_path, word(lang(), "scenarios_broken"));
}

void App::start_classroom() {
  if (selected < 0 || static_cast<size_t>(selected) >= library.size() || !library[static_cast<size_t>(selected)].scenario)
    return;
  if (!ready_to_start(AfterAnalysis::classroom)) return;  // it starts when the analysis is done
  LibraryEntry& e = library[static_cast<size_t>(selected)];
  SessionOptions o;
  o.language = settings.language;
  o.trainee = std::string(word(lang(), "classroom_mode"));  // a class's attempt never mixes with a trainee's
  o.now = [this] { return session_now(); };
  pause_clock(false);
  session.emplace(e.scenario, e.bounds(), o);
  session_path = e.path;
  reply_draft.clear();
  recorded_transcript.clear();
  classroom.revealed = false;
  classroom.tally.reset();
  classroom.timer = Classroom::Timer::shown;
  classroom.debrief_turn = 0;
  classroom.debrief.reset();
  screen = Screen::present;
  fonts_dirty = true;  // the projected scale and theme
  after_move();
}

void App::pause_clock(bool paused) {
  if (paused && !clock_paused_since_) clock_paused_since_ = now_();
  if (!paused && clock_paused_since_) {
    clock_paused_total_ += now_() - *clock_paused_since_;
    clock_paused_since_.reset();
  }
}

double App::session_now() const {
  double t = clock_paused_since_ ? *clock_paused_since_ : now_();
  return t - clock_paused_total_;
}

}  // namespace hallsim::app
