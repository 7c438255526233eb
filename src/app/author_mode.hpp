// Authoring mode (F6): a folder of scenarios, each reloaded when its file is saved, while the
// last version that loaded keeps running; a rehearsal the author can move and edit freely; random
// playthroughs. No ImGui here: the author_*_panel.cpp files draw it.
//
// A rehearsal is never a trainee's attempt. It lives here, never in App::session, so nothing
// that journals or records attempts can see it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyze/analysis.hpp"
#include "analyze/graph_layout.hpp"
#include "analyze/random_plays.hpp"
#include "model/diagnostic.hpp"
#include "run/session.hpp"

namespace hallsim::app {

// What a save changes: polling these is cheap and needs no file-watching library.
struct FileStamp {
  std::filesystem::file_time_type time{};
  std::uintmax_t size = 0;
  bool exists = false;
  bool operator==(const FileStamp& o) const { return time == o.time && size == o.size && exists == o.exists; }
  bool operator!=(const FileStamp& o) const { return !(*this == o); }
};
FileStamp stamp_of(const std::string& path);

struct AuthorFile {
  std::string path;
  FileStamp stamp;
  std::shared_ptr<const Scenario> live;  // the last version that loaded without errors
  std::vector<Diagnostic> diagnostics;   // of the version on disk now
  size_t errors() const;
  size_t warnings() const;
  // The file on disk is broken while an earlier good version keeps running.
  bool stale() const { return live && errors() > 0; }
};

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
  bool fit = true;       // on the next frame: the whole graph, if it can be read at that size
  bool fit_all = false;  // on the next frame: the whole graph, however small
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

  // Lists the folder's scenarios (a single file works too) and loads each.
  void open(const std::string& folder, SessionOptions options);
  const std::string& folder() const { return folder_; }
  const std::vector<AuthorFile>& files() const { return files_; }
  int selected() const { return selected_; }
  void select(int index);
  // Rehearsals speak the app's language; changing it carries the rehearsal over.
  void set_language(const std::string& language);

  // Looks at the files' times and sizes at most every kPollSeconds and reloads what changed (a
  // changed rubric file reloads every scenario). Returns true when anything reloaded.
  bool poll();
  bool check_files();  // the same, now

  // [SECTION] The selected file
  const AuthorFile* file() const;
  const Scenario* scenario() const;  // its live version, or null
  const Analysis& analysis() const { return analysis_; }
  const GraphLayout& layout() const { return layout_; }

  // [SECTION] Rehearsal
  Session* session() { return session_ ? &*session_ : nullptr; }
  const Session* session() const { return session_ ? &*session_ : nullptr; }
  void restart();
  void jump_to(int node);

  // [SECTION] Diagnostics
  // The diagnostic's "file:line:col", and its lines shown in excerpt().
  std::string pick_diagnostic(const Diagnostic& d);
  const std::optional<SourceExcerpt>& excerpt() const { return excerpt_; }

  // [SECTION] Random playthroughs, run in the background
  RandomPlaySettings random_settings;
  void start_random_plays();
  bool busy() const { return pending_.valid(); }
  const std::optional<RandomPlays>& random_result() const { return random_; }
  double random_seconds() const { return random_seconds_; }

  // [SECTION] View state of the panels
  GraphView view;
  std::string folder_input;  // the folder box above the file list
  std::string reply_draft;   // a typed reply being rehearsed

  // Changes whenever something shown may have changed.
  unsigned long long revision() const;
  // Everything the panels may show that the UI words do not cover: the files' text (scenario
  // lines, excerpts), the diagnostics, paths.
  std::vector<std::string> texts() const;
  std::string window_title(const std::string& language) const;

 private:
  void rebuild_file_list(const std::vector<std::string>& paths);
  void reload(size_t index);
  void live_changed();  // the selected file's live version is new
  void carry_rehearsal(std::optional<Session> old);
  void collect_random_plays();
  double now() const;

  std::string folder_;
  SessionOptions options_;
  std::vector<AuthorFile> files_;
  std::map<std::string, FileStamp> rubric_stamps_;
  int selected_ = -1;
  double last_poll_ = -1e9;
  Analysis analysis_;
  GraphLayout layout_;
  std::optional<Session> session_;
  std::optional<SourceExcerpt> excerpt_;
  std::future<RandomPlays> pending_;
  double random_started_ = 0, random_seconds_ = 0;
  std::shared_ptr<const Scenario> random_scenario_;  // what the pending plays run on
  std::optional<RandomPlays> random_;
  unsigned long long changes_ = 0;
};

}  // namespace hallsim::app
