#include "scenario_watch.hpp"

#include <algorithm>
#include <chrono>
#include <new>

#include "load/library.hpp"
#include "load/loader.hpp"

namespace hallsim::app {

namespace fs = std::filesystem;

FileStamp stamp_of(const std::string& path) {
  std::error_code ec;
  FileStamp s;
  s.time = fs::last_write_time(path, ec);
  if (ec) return {};
  s.size = fs::file_size(path, ec);
  s.exists = !ec;
  return s;
}

size_t WatchedFile::errors() const {
  return static_cast<size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

size_t WatchedFile::warnings() const { return diagnostics.size() - errors(); }

namespace {

// The nodes a load's analysis warned about with `code`: each warning stands at its node's place.
std::vector<int> nodes_warned(const Scenario& s, const std::vector<Diagnostic>& diagnostics, std::string_view code) {
  std::vector<int> out;
  for (const auto& d : diagnostics) {
    if (d.code != code || d.path != s.path) continue;
    for (size_t n = 0; n < s.nodes.size(); ++n)
      if (s.nodes[n].loc.line == d.line && s.nodes[n].loc.column == d.column) out.push_back(static_cast<int>(n));
  }
  return out;
}

}  // namespace

ScenarioWatch::Loaded ScenarioWatch::load(const std::string& path, const std::shared_ptr<Control>& control) {
  LoadOptions options;
  options.analysis.cancel = &control->cancel;
  options.analysis.progress = &control->progress;
  Loaded out;
  LoadResult r;
  try {
    r = load_scenario_file(path, options);
  } catch (const std::bad_alloc&) {  // the analysis falls back by itself; this is the rest of the load
    out.diagnostics.push_back({path, 1, 1, "HS0010", Severity::error, "ran out of memory while loading the file"});
    return out;
  }
  out.diagnostics = std::move(r.diagnostics);
  if (!r.ok()) return out;
  out.scenario = r.scenario;
  out.analysis = r.analysis;
  out.layout = layout_graph(*r.scenario);
  out.unreachable = nodes_warned(*r.scenario, out.diagnostics, "HS0100");
  out.dead_ends = nodes_warned(*r.scenario, out.diagnostics, "HS0101");
  return out;
}

void ScenarioWatch::open(const std::string& folder) {
  folder_ = folder;
  files_.clear();
  rubric_stamps_.clear();
  supersede_all();
  loading_.clear();  // waits for loads of the folder before, told to stop: nobody wants them now
  check_files();
}

void ScenarioWatch::supersede_all() {
  for (auto& [_, l] : loading_) l.control->superseded = true, l.control->cancel = true;
}

size_t ScenarioWatch::analysis_states(const std::string& path) const {
  auto it = loading_.find(path);
  return it == loading_.end() ? 0 : it->second.control->progress.load(std::memory_order_relaxed);
}

void ScenarioWatch::skip_analysis(const std::string& path) {
  auto it = loading_.find(path);
  if (it != loading_.end()) it->second.control->cancel = true;
}

void ScenarioWatch::check_files() {
  LibraryFiles found = find_library_files({folder_});
  std::vector<WatchedFile> listed;
  for (const auto& path : found.scenarios) {
    auto known = std::find_if(files_.begin(), files_.end(), [&](const WatchedFile& f) { return f.path == path; });
    if (known != files_.end()) {
      listed.push_back(std::move(*known));
    } else {
      listed.emplace_back();
      listed.back().path = path;
    }
  }
  files_ = std::move(listed);
  std::map<std::string, FileStamp> rubrics;
  for (const auto& path : found.rubric_files) rubrics[path] = stamp_of(path);
  bool rubrics_changed = rubrics != rubric_stamps_;
  rubric_stamps_ = std::move(rubrics);
  for (auto& f : files_) {
    if (!rubrics_changed && stamp_of(f.path) == f.stamp) continue;
    auto running = loading_.find(f.path);
    if (running == loading_.end()) {
      start_loading(f);
    } else {  // saved again mid-load: that load is stale; a fresh one starts once it has stopped
      running->second.control->superseded = true;
      running->second.control->cancel = true;
    }
  }
}

void ScenarioWatch::start_loading(WatchedFile& f) {
  f.stamp = stamp_of(f.path);  // before reading: a save during the load is seen by the next check
  auto control = std::make_shared<Control>();
  loading_[f.path] = {std::async(std::launch::async, &ScenarioWatch::load, f.path, control), control};
}

std::vector<std::string> ScenarioWatch::collect() {
  std::vector<std::string> changed;
  for (auto it = loading_.begin(); it != loading_.end();) {
    if (it->second.result.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
      ++it;
      continue;
    }
    Loaded loaded = it->second.result.get();
    bool superseded = it->second.control->superseded;
    auto f = std::find_if(files_.begin(), files_.end(), [&](const WatchedFile& w) { return w.path == it->first; });
    if (f != files_.end() && superseded) {
      f->stamp = {};  // the next check loads the file as it is now
    } else if (f != files_.end()) {
      f->read = true;
      f->diagnostics = std::move(loaded.diagnostics);
      if (loaded.scenario) {
        f->live = std::move(loaded.scenario);
        f->live_analysis = std::move(loaded.analysis);
        f->layout = std::move(loaded.layout);
        f->unreachable = std::move(loaded.unreachable);
        f->dead_ends = std::move(loaded.dead_ends);
      }
      changed.push_back(f->path);
    }
    it = loading_.erase(it);
  }
  return changed;
}

}  // namespace hallsim::app
