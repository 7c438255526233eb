// Authoring mode (F6): a watched folder of scenarios (the last good version of a file keeps
// running while the saved one is broken), a rehearsal the author can move and edit freely, and
// random playthroughs. No ImGui here: the author_*_panel.cpp files draw it.
//
// A rehearsal is never a trainee's attempt. It lives here, never in App::session, so nothing
// that journals or records attempts can see it.
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyze/random_plays.hpp"
#include "run/reply_trial.hpp"
#include "run/session.hpp"
#include "scenario_watch.hpp"

namespace hallsim::app {

// The lines around a diagnostic, for showing where it points.
struct SourceExcerpt {
  Diagnostic at;
  int first_line = 1;  // number of lines[0]
  std::vector<std::string> lines;
};
SourceExcerpt read_excerpt(const Diagnostic& d, int context = 2);

// The graph panel's view: pan and zoom, and where it was last drawn (screen pixels).
struct GraphView {
  float pan_x = 0, pan_y = 0, zoom = 1;
  float origin_x = 0, origin_y = 0, width = 0, height = 0;
  float column = 240, row = 64;  // spacing of layers and rows at zoom 1
  bool fit = true;  // on the next frame: the whole graph if it can be read at that size, else its start
  bool as_fitted = false;  // nothing panned or zoomed since the last fit: a resized window fits again
  int followed = -1;     // the rehearsal's node when the view last made sure it could be seen
};

struct RandomPlaySettings {
  int plays = 1000;
  int seed = 1;
  bool from_here = false;  // from the rehearsal's node and state, not the start
};

class AuthorMode {
 public:
  static constexpr double kPollSeconds = 0.5;
  static constexpr int kMaxRandomPlays = 100'000;

  void open(const std::string& folder, SessionOptions options);
  const std::string& folder() const { return watch_.folder(); }
  const std::vector<WatchedFile>& files() const { return watch_.files(); }
  bool loading(const std::string& path) const { return watch_.loading(path); }
  // A load's analysis: the states found so far, and a way to stop it at graph bounds.
  size_t analysis_states(const std::string& path) const { return watch_.analysis_states(path); }
  void skip_analysis(const std::string& path) { watch_.skip_analysis(path); }
  int selected() const;  // index into files(), or -1
  void select(int index);
  // Rehearsals speak the app's language; changing it carries the rehearsal over.
  void set_language(const std::string& language);

  // Takes in finished loads and random plays, and every kPollSeconds looks for saved files.
  // Returns true when a file's version changed.
  bool poll();
  // Loads or random plays are running in the background.
  bool working() const { return watch_.loading() || random_running(); }

  // [SECTION] The selected file
  const WatchedFile* file() const;
  const Scenario* scenario() const;  // its live version, or null
  const GraphLayout& layout() const;

  // [SECTION] Rehearsal
  Session* session() { return session_ ? &*session_ : nullptr; }
  const Session* session() const { return session_ ? &*session_ : nullptr; }
  void restart();
  void jump_to(int node);

  // [SECTION] Diagnostics
  // Shows the diagnostic's lines in excerpt(); returns its "file:line:col".
  std::string pick_diagnostic(const Diagnostic& d);
  const std::optional<SourceExcerpt>& excerpt() const { return excerpt_; }

  // [SECTION] Random playthroughs, run in the background
  RandomPlaySettings random_settings;
  void start_random_plays();
  bool random_running() const { return random_pending_.valid(); }
  const std::optional<RandomPlays>& random_result() const { return random_; }
  double random_seconds() const { return random_seconds_; }

  // [SECTION] View state of the panels
  GraphView view;
  std::string folder_input;  // the folder box above the file list
  std::string reply_draft;   // a typed reply being rehearsed
  // Replies scored at the current free-text node without moving on, newest first, and the node.
  std::vector<ReplyTrial> reply_trials;
  std::string reply_trials_node;

  // Changes whenever something shown may have changed.
  unsigned long long revision() const;
  // Everything the panels may show that the UI words do not cover: the files' text (scenario
  // lines, excerpts), the diagnostics, the folder.
  std::vector<std::string> texts() const;
  std::string window_title(const std::string& language) const;

 private:
  void live_changed();  // the selected file's live version is another
  void carry_rehearsal(std::optional<Session> old);
  void collect_random_plays();
  double now() const;

  ScenarioWatch watch_;
  SessionOptions options_;
  std::string selected_path_;
  double last_poll_ = -1e9;
  std::optional<Session> session_;
  std::optional<SourceExcerpt> excerpt_;
  std::future<RandomPlays> random_pending_;
  std::shared_ptr<const Scenario> random_scenario_;  // what the pending plays run on
  double random_started_ = 0, random_seconds_ = 0;
  std::optional<RandomPlays> random_;
  unsigned long long changes_ = 0;
};

}  // namespace hallsim::app
