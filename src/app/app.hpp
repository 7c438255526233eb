// The desktop app's state: which screen is up, the library, the attempt in progress. The truth
// lives in the engine (Session); panels keep only view state (filter text, reply being typed).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis_job.hpp"
#include "author_mode.hpp"
#include "classroom.hpp"
#include "folder_picker.hpp"
#include "load/library.hpp"
#include "debrief/debrief.hpp"
#include "portrait_images.hpp"
#include "run/session.hpp"
#include "settings.hpp"
#include "attempt/lifecycle.hpp"
#include "store/attempt.hpp"

struct ImFont;

namespace hallsim::app {

// classroom_*: classroom mode (课堂模式), projected (the picker, the scenario, the debrief for discussion).
// history: the trainee's progress per scenario.
enum class Screen { start, briefing, play, debrief, classroom_setup, classroom, classroom_debrief, history };

struct AppPaths {
  std::string config_dir;  // settings.json, imgui.ini
  std::string data_dir;    // journal, transcripts
};

class App {
 public:
  App(AppPaths paths, const std::string& library_folder, std::function<double()> now = {});

  // One frame of UI; call between ImGui::NewFrame() and ImGui::Render().
  void frame();
  // True while something moves on its own (the reply timer), so the loop keeps redrawing.
  bool animating() const;
  bool quit_requested() const { return quit_; }
  // What the window's title bar says: where the trainee is ("— #3" is the third reply).
  std::string window_title() const;
  // Changes whenever what is shown may have changed without input (the engine moved).
  unsigned long long revision() const;
  // Every text the screens can show, for building the font's glyphs; `fonts_dirty` is set when
  // it grew (a new folder was opened).
  std::vector<std::string> texts_to_render() const;
  bool fonts_dirty = true;
  ImFont* large_font = nullptr;  // set by whoever builds the fonts
  PortraitImages portrait_images;  // the window's backend gives it a way to upload textures

  // [SECTION] Used by the panels
  Settings settings;
  Screen screen = Screen::start;
  std::string library_folder;
  std::vector<LibraryEntry> library;
  int selected = 0;                 // library card with keyboard focus
  std::string filter;
  std::string folder_input;
  FolderPicker folder_picker;       // "Browse…" beside the folder box
  std::optional<Session> session;
  std::string session_path;         // scenario file of the session
  std::string reply_draft;          // free text being typed
  int picked = -1;                  // reply chosen with a number key, waiting for Enter
  unsigned long long reply_focus_revision = ~0ull;  // the question the reply box last took focus for
  std::string status;               // one line of feedback at the bottom
  bool confirm_abandon = false;
  std::optional<JournalEntry> pending_resume;
  // Authoring mode (F6) is drawn instead of the screens while open; the screen underneath waits.
  AuthorMode author;
  bool authoring = false;
  void toggle_authoring();
  void open_authoring(const std::string& folder);
  bool watching_files() const { return authoring; }  // the loop must wake to poll them
  // Classroom mode (F5): the selected scenario, projected; the class votes on every reply.
  Classroom classroom;
  void open_classroom(const std::string& scenario_path);  // picks the scenario, shows the monitor picker
  void start_classroom();
  bool in_classroom() const { return screen == Screen::classroom || screen == Screen::classroom_debrief; }
  float ui_scale() const { return in_classroom() ? classroom.scale : settings.ui_scale; }
  bool high_contrast() const { return in_classroom() && classroom.high_contrast; }
  void pause_clock(bool paused);
  // The class's reply at `position` (by the vote or the instructor's override), or typed; either is
  // then shown to the room until classroom_continue() moves on to the next question.
  void classroom_apply(int position);
  void classroom_say(const std::string& reply);
  void classroom_continue();
  // N (and W on one screen): the notes in the presenter's window, or the presenter view after a
  // confirmation; never on the projection.
  void toggle_presenter_notes();
  // The reply timer stands still while paused (T), between questions, and while the presenter
  // view or a question is up.
  void keep_classroom_clock();
  bool clock_paused() const { return clock_paused_since_.has_value(); }

  const std::string& lang() const { return settings.language; }
  void open_folder(const std::string& folder);
  void begin_briefing(int library_index);
  void start_attempt();
  // While the selected scenario is analysed before an attempt (on another thread; only shown when
  // it takes more than a moment): the states found so far; skip_analysis() starts the attempt
  // with estimated best scores instead.
  bool analysing() const { return analysis_.active(); }
  size_t analysis_states() const { return analysis_.states(); }
  void skip_analysis() { analysis_.cancel(); }
  void retry();
  void back_to_library();
  void after_move();  // journal the attempt; go to the debrief when it ended
  void record_finished();          // transcript and history row of the attempt that just ended
  // The debrief of the attempt that just ended, built once from the live session; the screen
  // opens at its top.
  std::optional<Debrief> debrief;
  bool debrief_opened = false;
  // Writes the debrief as HTML, Markdown or JSON ("html", "md", "json"); returns the file or "".
  std::string save_report(const std::string& format);
  void open_in_browser(const std::string& file);
  std::map<std::string, double> best_overall;  // scenario id -> the trainee's best so far
  std::vector<Progress> progress;              // the trainee's first, best, latest per scenario
  std::string history_error;                   // "" or why the history could not be read
  void refresh_best_scores();                  // both of the above, from the history
  void save_settings_now();
  void resume_journal();
  void discard_journal(bool keep_as_unfinished);
  void request_quit() { quit_ = true; }
  // Puts a message the engine wrote in English (an error) on the status line in the app's
  // language: the '*' templates of diagnostics.tsv translate it.
  void say(const std::string& english);

 private:
  AppPaths paths_;
  std::function<double()> now_;
  AttemptLifecycle attempt_;  // journal, resume, keep unfinished, record: engine/attempt/lifecycle.hpp
  bool quit_ = false;
  // The browser opener started for a saved report (0 when none), and the report, named if it fails.
  int browser_pid_ = 0;
  double browser_started_ = 0;
  std::string browser_file_;
  void poll_browser();
  unsigned long long moves_ = 0;
  double clock_paused_total_ = 0;
  std::optional<double> clock_paused_since_;
  bool paused_by_instructor_ = false, dialog_open_ = false;
  void apply_clock_pause();  // paused while either holds
  double session_now() const;  // now_, less the time the clock stood paused
  void classroom_went_on();    // after the class's reply: show it, journal it
  // The analysis an attempt waits for, and what starts when it is done.
  enum class AfterAnalysis { attempt, classroom };
  AnalysisJob analysis_;
  AfterAnalysis after_analysis_ = AfterAnalysis::attempt;
  bool ready_to_start(AfterAnalysis then);
  std::string layout_place() const;  // "play 1024x768 @2.00": where the layout check found a problem  // true when the selected entry is analysed
  void poll_analysis();
};

// The panels, one per screen.
void draw_start(App& app);
void draw_briefing(App& app);
// "Analysing the scenario… (12,345 states so far)" and a button to start with estimates instead,
// while an attempt waits for its analysis.
void draw_analysis_progress(App& app);
void draw_play(App& app);
void draw_debrief(App& app);
void draw_resume_prompt(App& app);
// "Abandon this attempt?" while confirm_abandon is set.
void draw_abandon_prompt(App& app);
void draw_classroom_setup(App& app);
void draw_classroom(App& app);
void draw_classroom_debrief(App& app);
// The presenter's notes: the vote split, what the last reply earned, every reply's scores and
// feedback, the expert's reply and the keys. In the presenter's own window, or (one screen) in
// the presenter view.
void draw_presenter_notes(App& app);
void draw_authoring(App& app);
void draw_history(App& app);

}  // namespace hallsim::app
