#include "base/clock.hpp"
#include "app.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include "keys.hpp"
#include "base/hash.hpp"
#include "model/diagnostic_text.hpp"
#include "layout_check.hpp"
#include "model/words.hpp"
#include "portrait_sheet.hpp"
#include "debrief/debrief.hpp"
#include "debrief/past_attempts.hpp"
#include "debrief/render.hpp"
#include "transcript/transcript.hpp"
#include "base/atomic_file.hpp"
#include "store/history.hpp"
#include "base/paths.hpp"
#include "store/recording.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace fs = std::filesystem;

App::App(AppPaths paths, const std::string& library_folder, std::function<double()> now)
    : paths_(std::move(paths)), now_(std::move(now)), attempt_(paths_.data_dir, paths_.config_dir) {
  if (!now_)
    now_ = [] { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); };
  settings = load_settings((fs::path(paths_.config_dir) / "settings.json").string());
  std::string folder = !library_folder.empty() ? library_folder : settings.last_folder;
  open_folder(folder);
  pending_resume = attempt_.pending();
}

void App::open_folder(const std::string& folder) {
  library_folder = folder;
  folder_input = folder;
  // Without the static analysis, which the cards do not need and which took a third of the
  // start-up; a scenario is analysed when an attempt at it starts (analyze_entry).
  LoadOptions quick;
  quick.analyze = false;
  analysis_.drop();  // of an entry of the folder before
  library = folder.empty() ? std::vector<LibraryEntry>{} : load_library(folder, quick);
  selected = 0;
  fonts_dirty = true;
  refresh_best_scores();
  size_t broken = static_cast<size_t>(std::count_if(library.begin(), library.end(), [](const LibraryEntry& e) { return !e.scenario; }));
  status = broken ? fmt::format("{} {} ({} {})", library.size() - broken, word(lang(), "scenarios_loaded"), broken,
                                word(lang(), "scenarios_broken"))
                  : "";
}

void App::open_authoring(const std::string& folder) {
  SessionOptions o;
  o.language = lang();
  o.now = now_;
  author.open(folder, o);
  authoring = true;
  fonts_dirty = true;
}

void App::toggle_authoring() {
  if (!authoring && author.folder().empty()) return open_authoring(library_folder);
  authoring = !authoring;
}

void App::begin_briefing(int index) {
  if (index < 0 || static_cast<size_t>(index) >= library.size() || !library[static_cast<size_t>(index)].scenario) return;
  selected = index;
  screen = Screen::briefing;
}

// The percentages need the best scores. A quick analysis (most scenarios: milliseconds) is
// waited for; a slow one goes on on its own thread while the window keeps drawing its progress.
bool App::ready_to_start(AfterAnalysis then) {
  LibraryEntry& e = library[static_cast<size_t>(selected)];
  if (e.analyzed() || !e.scenario) return true;
  if (!analysis_.active() || analysis_.tag() != selected) analysis_.start(e.scenario, selected);
  after_analysis_ = then;
  if (!analysis_.wait_for(0.05)) return false;
  apply_entry_analysis(e, analysis_.take());
  return true;
}

void App::poll_analysis() {
  if (!analysis_.wait_for(0)) return;
  int entry = analysis_.tag();
  Analysis a = analysis_.take();
  if (entry != selected || static_cast<size_t>(entry) >= library.size()) return;  // the trainee moved on
  apply_entry_analysis(library[static_cast<size_t>(entry)], std::move(a));
  ++moves_;
  if (after_analysis_ == AfterAnalysis::classroom && screen == Screen::classroom_setup) start_classroom();
  else if (after_analysis_ == AfterAnalysis::attempt && screen == Screen::briefing) start_attempt();
}

void App::start_attempt() {
  if (!ready_to_start(AfterAnalysis::attempt)) return;
  LibraryEntry& e = library[static_cast<size_t>(selected)];
  SessionOptions o;
  o.language = settings.language;
  o.trainee = settings.trainee;
  o.now = [this] { return session_now(); };
  session.emplace(e.scenario, e.bounds(), o);
  debrief.reset();
  session_path = e.path;
  reply_draft.clear();
  screen = Screen::play;
  after_move();
}

void App::retry() {
  if (!session) return;
  start_attempt();
}

void App::back_to_library() {
  if (session && !session->ended()) attempt_.abandon();
  session.reset();
  confirm_abandon = false;
  if (in_classroom()) fonts_dirty = true;  // back to the trainee's scale and theme
  pause_clock(false);
  screen = Screen::start;
}

void App::after_move() {
  ++moves_;
  if (!session) return;
  if (session->ended()) {  // the play screen shows the last line, then the debrief
    record_finished();
    return;
  }
  std::string error = attempt_.after_move(*session, session_path);
  if (!error.empty()) say(error);
}

void App::record_finished() {
  DebriefOptions options;
  options.language = lang();
  FinishedAttempt finished = attempt_.finish(*session, /*record=*/true, options);
  // Where the transcript went is the history's business; the status line says it is kept.
  if (finished.record.recorded) status = word(lang(), "attempt_recorded");
  else say(finished.record.error);
  // The presenter may want the file for the class's records: the classroom screen hands the status
  // to the presenter's notes, never to the projector.
  if (in_classroom() && !finished.record.transcript_path.empty())
    status = fmt::format("{}: {}", status, finished.record.transcript_path);
  debrief = std::move(finished.debrief);
  debrief_opened = false;
  refresh_best_scores();
}

void App::refresh_best_scores() {
  best_overall.clear();
  progress.clear();
  history_error.clear();
  try {
    auto history = History::open_existing(history_file(paths_.data_dir));
    if (!history) return;
    // Without a name, every trainee's attempts: one Progress per scenario and trainee.
    progress = progress_by_scenario(history->attempts({settings.trainee, ""}));
    for (const Progress& p : progress) {
      double& best = best_overall.try_emplace(p.scenario_id, p.best.overall).first->second;
      best = std::max(best, p.best.overall);
    }
  } catch (const std::exception& e) {
    say(e.what());  // a damaged history must not stop the app
    history_error = status;
  }
}

std::string App::save_report(const std::string& format_name) {
  auto format = report_format_named(format_name);
  if (!session || !debrief || !format) return {};
  try {
    fs::path dir = fs::path(paths_.data_dir) / "reports";
    if (std::string e = ensure_dir(dir.string()); !e.empty()) throw std::runtime_error(e);
    std::string stamp = session->started_at();
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    fs::path file = dir / fmt::format("{}-{}.{}", session->scenario().id, stamp, report_extension(*format));
    std::string error = write_file_atomically(file.string(), render_report(*debrief, *format));
    if (!error.empty()) throw std::runtime_error(error);
    status = fill(word(lang(), "report_saved"), file.filename().string());
    return file.string();
  } catch (const std::exception& e) {
    say(e.what());
    return {};
  }
}

// xdg-open runs beside the app, so a slow browser never freezes it; poll_browser() reads how it
// ended. Whatever happens, the status line names the saved file, so it can be opened by hand.
void App::open_in_browser(const std::string& file) {
  if (file.empty()) return;
  poll_browser();  // an earlier one that ended
  posix_spawn_file_actions_t quiet;
  posix_spawn_file_actions_init(&quiet);
  posix_spawn_file_actions_addopen(&quiet, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&quiet, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::string program = "xdg-open";
  std::vector<char*> argv = {program.data(), const_cast<char*>(file.c_str()), nullptr};  // NOLINT(cppcoreguidelines-pro-type-const-cast): posix_spawn's signature
  pid_t pid = 0;
  int error = posix_spawnp(&pid, program.c_str(), &quiet, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&quiet);
  if (error != 0) {
    status = fill(word(lang(), "no_browser"), file);
    return;
  }
  browser_pid_ = pid;
  browser_started_ = now_();
  browser_file_ = file;
}

constexpr double kBrowserWatchSeconds = 5;

void App::poll_browser() {
  if (browser_pid_ <= 0) return;
  int how = 0;
  pid_t done = waitpid(browser_pid_, &how, WNOHANG);
  if (done == 0) return;  // still running: a browser was found and is starting
  if (done < 0 || !WIFEXITED(how) || WEXITSTATUS(how) != 0) status = fill(word(lang(), "no_browser"), browser_file_);
  browser_pid_ = 0;
}

void App::save_settings_now() {
  ensure_dir(paths_.config_dir);
  std::string error = save_settings(settings, (fs::path(paths_.config_dir) / "settings.json").string());
  if (!error.empty()) say(error);
}

void App::say(const std::string& english) { status = translate_message(english, lang()); }

void App::resume_journal() {
  if (!pending_resume) return;
  LoadResult r = load_scenario_file(pending_resume->scenario_path);
  try {
    if (!r.ok()) throw std::invalid_argument("the scenario no longer loads");
    SessionOptions o;
    o.now = [this] { return session_now(); };
    session.emplace(AttemptLifecycle::resume(r.scenario, r.bounds(), *pending_resume, o));
    debrief.reset();
    session_path = pending_resume->scenario_path;
      screen = Screen::play;
    pending_resume.reset();
  } catch (const std::exception& e) {
    status = labelled_text(lang(), word(lang(), "cannot_resume"), translate_message(e.what(), lang()));
    discard_journal(true);
  }
}

void App::discard_journal(bool keep_as_unfinished) {
  if (keep_as_unfinished && pending_resume) {
    LoadResult r = load_scenario_file(pending_resume->scenario_path);
    std::optional<ScoreBounds> bounds;
    if (r.ok()) bounds = r.bounds();
    AttemptLifecycle::Kept kept = attempt_.keep_unfinished(r.scenario, bounds, *pending_resume);
    if (!kept.error.empty()) say(kept.error);
  } else {
    attempt_.abandon();
  }
  pending_resume.reset();
}

std::string App::window_title() const {
  if (authoring) return author.window_title(lang());
  std::string title = "HallSim";
  if (screen == Screen::history) return fmt::format("{} — {}", title, word(lang(), "history"));
  bool scenario_chosen = screen == Screen::briefing || screen == Screen::classroom_setup;
  if (screen == Screen::start || (!session && !scenario_chosen)) return title;
  const Scenario& s = session && !scenario_chosen ? session->scenario() : *library[static_cast<size_t>(selected)].scenario;
  if (screen == Screen::classroom_setup || in_classroom()) title += fmt::format(" — {}", word(lang(), "classroom_mode"));
  title += " — " + s.text(s.title, lang());
  if ((screen == Screen::play || screen == Screen::classroom) && session) title += fmt::format(" — #{}", session->turns().size() + 1);
  if (screen == Screen::debrief || screen == Screen::classroom_debrief) title += fmt::format(" — {}", word(lang(), "debrief"));
  return title;
}

bool App::animating() const {
  if (authoring) return author.working();  // results arrive from the background
  if (analysis_.active()) return true;       // so is the analysis an attempt waits for
  // A few seconds after a report was handed to the browser, to say so if none opened.
  if (browser_pid_ > 0 && now_() - browser_started_ < kBrowserWatchSeconds) return true;
  bool timer_moves = screen == Screen::play || (screen == Screen::classroom && classroom.timer == Classroom::Timer::shown &&
                                                    !classroom.applied_turn && !classroom.presenter_view);
  // A paused clock (a dialog open, the instructor's T) shows nothing new until something happens.
  return timer_moves && !clock_paused() && session && !session->ended() && session->phase() != Session::Phase::line;
}

unsigned long long App::revision() const { return moves_ + (session ? session->revision() : 0) + author.revision(); }

std::vector<std::string> App::texts_to_render() const {
  std::vector<std::string> texts = all_words();
  auto add = [&](const L10nText& t) {
    for (const auto& [_, text] : t.by_locale) texts.push_back(text);
  };
  for (const auto& e : library) {
    if (!e.scenario) {  // its card shows the file and the first problem
      texts.push_back(e.path);
      if (!e.diagnostics.empty()) texts.push_back(format_diagnostic(e.diagnostics.front(), "zh-CN"));
      continue;
    }
    const Scenario& s = *e.scenario;
    for (const auto* t : {&s.title, &s.summary, &s.briefing, &s.citizen.name}) add(*t);
    for (const auto& tag : s.tags) texts.push_back(tag);
    for (const auto& n : s.nodes) {
      add(n.say);
      add(n.ending.summary);
      add(n.free_text.prompt);
      for (const auto& c : n.choices) add(c.reply), add(c.feedback);
      for (const auto& c : n.free_text.cues) add(c.label);
    }
  }
  texts.push_back(library_folder);
  texts.push_back(settings.trainee);
  for (auto& t : author.texts()) texts.push_back(std::move(t));
  return texts;
}

void App::frame() {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("HallSim", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  // A contact sheet of every portrait instead of the app, for the window test's screenshots.
  static const std::string portrait_sheet = environment_variable("HALLSIM_PORTRAIT_SHEET");
  if (!portrait_sheet.empty()) {
    draw_portrait_sheet(std::strtof(portrait_sheet.c_str(), nullptr));
    ImGui::End();
    return;
  }
  if (pressed_code(kKeyF6)) toggle_authoring();
  if (pressed_code(kKeyF5) && !authoring && (screen == Screen::start || screen == Screen::briefing) && !library.empty() &&
      library[static_cast<size_t>(selected)].scenario)
    screen = Screen::classroom_setup;
  if (authoring) {
    author.set_language(lang());
    if (author.poll() && !font_covers(author.texts())) fonts_dirty = true;  // a saved file brought new characters
    draw_authoring(*this);
    ImGui::End();
    if (layout_check::enabled()) layout_check::end_frame(layout_place());
    return;
  }
  poll_analysis();
  poll_browser();
  switch (screen) {
    case Screen::start: draw_start(*this); break;
    case Screen::briefing: draw_briefing(*this); break;
    case Screen::play: draw_play(*this); break;
    case Screen::debrief: draw_debrief(*this); break;
    case Screen::classroom_setup: draw_classroom_setup(*this); break;
    case Screen::classroom: draw_classroom(*this); break;
    case Screen::classroom_debrief: draw_classroom_debrief(*this); break;
    case Screen::history: draw_history(*this); break;
  }
  if (pending_resume) draw_resume_prompt(*this);
  ImGui::End();
  // The reply timer stands still while a dialog asks something (abandon, resume, ...).
  dialog_open_ = confirm_abandon || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  apply_clock_pause();
  if (layout_check::enabled()) layout_check::end_frame(layout_place());
}

std::string App::layout_place() const {
  // In Screen's order, one name each (the array's size is checked against the last screen).
  static constexpr std::array<const char*, static_cast<size_t>(Screen::history) + 1> names = {
      "start", "briefing", "play", "debrief", "classroom_setup", "classroom", "classroom_debrief", "history"};
  ImVec2 size = ImGui::GetIO().DisplaySize;
  return fmt::format("{} {:.0f}x{:.0f} @{:.2f}", authoring ? "authoring" : names[static_cast<size_t>(screen)], size.x, size.y, ui_scale());
}

}  // namespace hallsim::app
