// A folder of scenario files watched for saves. A file whose time or size changed is loaded again
// in the background (a scenario whose states explode can take seconds to analyse, and the window
// must not freeze meanwhile); the last version that loaded without errors stays live until a
// good one replaces it. Comparing times and sizes is cheap and needs no file-watching library.
// A load's analysis reports its progress and can be cut short: by the author (graph bounds are
// kept), or because a newer save or another folder makes the load pointless (it is dropped).
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analyze/analysis.hpp"
#include "analyze/graph_layout.hpp"
#include "base/diagnostic.hpp"
#include "model/scenario.hpp"

namespace hallsim::app {

// What a save changes.
struct FileStamp {
  std::filesystem::file_time_type time{};
  std::uintmax_t size = 0;
  bool exists = false;
  bool operator==(const FileStamp& o) const { return time == o.time && size == o.size && exists == o.exists; }
  bool operator!=(const FileStamp& o) const { return !(*this == o); }
};
FileStamp stamp_of(const std::string& path);

struct WatchedFile {
  std::string path;
  FileStamp stamp;                      // of the version last read
  bool read = false;                    // it has been loaded at least once
  std::vector<Diagnostic> diagnostics;  // of the version on disk now
  // The last version that loaded without errors, its graph, and the nodes its analysis found
  // unreachable or dead ends.
  std::shared_ptr<const Scenario> live;
  std::shared_ptr<const Analysis> live_analysis;  // its best scores
  GraphLayout layout;
  std::vector<int> unreachable, dead_ends;

  size_t errors() const;
  size_t warnings() const;
  // The file on disk is broken while an earlier good version keeps running.
  bool stale() const { return live && errors() > 0; }
};

class ScenarioWatch {
 public:
  ScenarioWatch() = default;
  ScenarioWatch(const ScenarioWatch&) = delete;
  ScenarioWatch& operator=(const ScenarioWatch&) = delete;
  ~ScenarioWatch() { supersede_all(); }  // so closing waits only for the searches to stop
  // Lists the scenarios under `folder` (a single file works too) and starts loading each.
  void open(const std::string& folder);
  const std::string& folder() const { return folder_; }
  const std::vector<WatchedFile>& files() const { return files_; }

  // Starts loading every file that changed; a changed shared rubric file reloads every scenario,
  // since scenarios copy its cues in. New files join the list, deleted ones leave it.
  void check_files();
  // Takes in the loads that finished. Returns the paths whose version changed (good or broken).
  std::vector<std::string> collect();
  bool loading() const { return !loading_.empty(); }
  bool loading(const std::string& path) const { return loading_.count(path) > 0; }
  // States the analysis of `path`'s load has found so far (0 when not loading).
  size_t analysis_states(const std::string& path) const;
  // Stops the analysis of `path`'s load; the load finishes with graph bounds.
  void skip_analysis(const std::string& path);

 private:
  // One load's outcome, made in the background.
  struct Loaded {
    std::shared_ptr<const Scenario> scenario;  // null when it has errors
    std::shared_ptr<const Analysis> analysis;
    std::vector<Diagnostic> diagnostics;
    GraphLayout layout;
    std::vector<int> unreachable, dead_ends;
  };
  // Shared with the thread that loads: the analysis watches `cancel` and writes `progress`.
  struct Control {
    std::atomic<bool> cancel{false};
    std::atomic<bool> superseded{false};  // the result is not wanted any more
    std::atomic<size_t> progress{0};
  };
  struct Loading {
    std::future<Loaded> result;
    std::shared_ptr<Control> control;
  };
  static Loaded load(const std::string& path, const std::shared_ptr<Control>& control);
  void start_loading(WatchedFile& f);
  void supersede_all();

  std::string folder_;
  std::vector<WatchedFile> files_;
  std::map<std::string, FileStamp> rubric_stamps_;
  std::map<std::string, Loading> loading_;  // by path
};

}  // namespace hallsim::app
