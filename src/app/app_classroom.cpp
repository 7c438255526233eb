// The App's side of classroom mode: choosing the scenario, starting the projected attempt, the
// class's replies, and the clock that stands still while the class discusses.
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
    screen = Screen::classroom_setup;
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
  debrief.reset();
  session_path = e.path;
  reply_draft.clear();
  status.clear();
  Classroom& c = classroom;
  c.revealed = false;
  c.tally.reset();
  c.timer = Classroom::Timer::shown;
  c.presenter_view = c.confirm_presenter_view = false;
  c.applied_turn.reset();
  c.debrief_page = 0;
  c.saved_report.clear();
  c.presenter_status.clear();
  screen = Screen::classroom;
  fonts_dirty = true;  // the projected scale and theme
  after_move();
}

void App::classroom_went_on() {
  classroom.revealed = false;
  classroom.tally.reset();
  if (!session->turns().empty()) classroom.applied_turn = session->turns().size() - 1;
  after_move();
}

void App::classroom_apply(int position) {
  if (!session || !classroom.tally || session->phase() != Session::Phase::choice) return;
  ClassVote vote = classroom.tally->result(position);
  session->choose(position, std::nullopt, vote);
  classroom_went_on();
}

void App::classroom_say(const std::string& reply) {
  if (!session || session->phase() != Session::Phase::free_text) return;
  session->say(reply);
  classroom_went_on();
}

void App::classroom_continue() {
  classroom.applied_turn.reset();
  classroom.revealed = false;  // a reveal never stays up into the next vote
}

void App::toggle_presenter_notes() {
  Classroom& c = classroom;
  if (c.two_screens()) {
    c.presenter_window = !c.presenter_window;  // on the laptop's screen, never the projector's
  } else if (c.presenter_view) {
    c.presenter_view = false;
  } else {
    c.confirm_presenter_view = true;  // one screen: the class would see it; ask first
  }
}

void App::keep_classroom_clock() {
  const Classroom& c = classroom;
  bool class_waits = c.timer == Classroom::Timer::paused || c.applied_turn || c.presenter_view ||
                     c.confirm_presenter_view || confirm_abandon;
  pause_clock(screen == Screen::classroom && class_waits);
}

void App::pause_clock(bool paused) {
  paused_by_instructor_ = paused;
  apply_clock_pause();
}

void App::apply_clock_pause() {
  bool paused = paused_by_instructor_ || dialog_open_;
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
