#include "author_mode.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "load/library.hpp"
#include "load/loader.hpp"
#include "model/words.hpp"
#include "run/script.hpp"

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

size_t AuthorFile::errors() const {
  return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

size_t AuthorFile::warnings() const { return diagnostics.size() - errors(); }

SourceExcerpt read_excerpt(const Diagnostic& d, int context) {
  SourceExcerpt out;
  out.at = d;
  if (d.line <= 0) return out;
  std::ifstream in(d.path, std::ios::binary);
  out.first_line = std::max(1, d.line - context);
  std::string line;
  for (int number = 1; number <= d.line + context && std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number >= out.first_line) out.lines.push_back(line);
  }
  return out;
}

// [SECTION] The folder

void AuthorMode::open(const std::string& folder, SessionOptions options) {
  folder_ = folder;
  folder_input = folder;
  options_ = std::move(options);
  files_.clear();
  rubric_stamps_.clear();
  selected_ = -1;
  session_.reset();
  excerpt_.reset();
  random_.reset();
  check_files();
  if (!files_.empty()) select(0);
  ++changes_;
}

void AuthorMode::select(int index) {
  if (index < 0 || static_cast<size_t>(index) >= files_.size()) return;
  selected_ = index;
  session_.reset();
  excerpt_.reset();
  random_.reset();
  view.fit = true;
  live_changed();
}

void AuthorMode::set_language(const std::string& language) {
  if (language == options_.language) return;
  options_.language = language;
  if (session_) carry_rehearsal(std::move(session_));
}

bool AuthorMode::poll() {
  collect_random_plays();
  if (now() - last_poll_ < kPollSeconds) return false;
  return check_files();
}

bool AuthorMode::check_files() {
  last_poll_ = now();
  LibraryFiles found = find_library_files({folder_});
  bool changed = false;
  std::vector<std::string> paths;
  for (const auto& f : files_) paths.push_back(f.path);
  if (paths != found.scenarios) {
    rebuild_file_list(found.scenarios);
    changed = true;
  }
  // Scenarios copy the cues of shared rubrics in at load: a saved rubric file reloads them all.
  bool rubrics_changed = false;
  std::map<std::string, FileStamp> rubrics;
  for (const auto& path : found.rubric_files) rubrics[path] = stamp_of(path);
  if (rubrics != rubric_stamps_) rubric_stamps_ = std::move(rubrics), rubrics_changed = true;
  for (size_t i = 0; i < files_.size(); ++i)
    if (rubrics_changed || stamp_of(files_[i].path) != files_[i].stamp) {
      reload(i);
      changed = true;
    }
  if (changed) ++changes_;
  return changed;
}

void AuthorMode::rebuild_file_list(const std::vector<std::string>& paths) {
  std::string current = file() ? file()->path : "";
  std::vector<AuthorFile> kept;
  for (const auto& path : paths) {
    auto old = std::find_if(files_.begin(), files_.end(), [&](const AuthorFile& f) { return f.path == path; });
    kept.push_back(old != files_.end() ? std::move(*old) : AuthorFile{path, {}, nullptr, {}});
  }
  files_ = std::move(kept);
  auto still = std::find_if(files_.begin(), files_.end(), [&](const AuthorFile& f) { return f.path == current; });
  if (still != files_.end()) {
    selected_ = static_cast<int>(still - files_.begin());
  } else if (selected_ >= 0) {  // the open file was deleted or renamed
    selected_ = -1;
    live_changed();
    select(0);
  }
}

void AuthorMode::reload(size_t index) {
  AuthorFile& f = files_[index];
  f.stamp = stamp_of(f.path);  // before reading: a save during the load is seen next time
  LoadResult r = load_scenario_file(f.path);
  f.diagnostics = std::move(r.diagnostics);
  if (excerpt_ && excerpt_->at.path == f.path) excerpt_.reset();
  if (r.ok()) {
    f.live = r.scenario;
    if (static_cast<int>(index) == selected_) live_changed();
  }
}

// [SECTION] The selected file

const AuthorFile* AuthorMode::file() const {
  return selected_ >= 0 && static_cast<size_t>(selected_) < files_.size() ? &files_[static_cast<size_t>(selected_)] : nullptr;
}

const Scenario* AuthorMode::scenario() const { return file() && file()->live ? file()->live.get() : nullptr; }

void AuthorMode::live_changed() {
  const Scenario* s = scenario();
  analysis_ = s ? analyze(*s) : Analysis{};
  layout_ = s ? layout_graph(*s) : GraphLayout{};
  random_.reset();  // its node numbers belong to the old version
  if (s) carry_rehearsal(std::move(session_));
  else session_.reset();
}

// [SECTION] Rehearsal

void AuthorMode::restart() {
  if (!file() || !file()->live) return;
  session_.emplace(file()->live, options_);
  ++changes_;
}

void AuthorMode::jump_to(int node) {
  if (!session_) return;
  session_->jump_to(node);
  ++changes_;
}

// Keeps the author's place on a new version: the same replies again while the rehearsal only
// played (so the path stays lit), else the same node with the same values.
void AuthorMode::carry_rehearsal(std::optional<Session> old) {
  session_.emplace(file()->live, options_);
  ++changes_;
  if (!old) return;
  Session& now = *session_;
  if (!old->edited()) {
    for (const Turn& t : old->turns()) {
      skip_lines(now);
      if (now.node().id != t.node) break;
      if (now.phase() == Session::Phase::free_text) {
        now.say(t.reply, 0.0);
        continue;
      }
      if (now.phase() != Session::Phase::choice) break;
      auto visible = now.visible_choices();
      auto at = std::find(visible.begin(), visible.end(), t.choice);
      if (at == visible.end()) break;
      now.choose(static_cast<int>(at - visible.begin()), 0.0);
    }
    while (now.phase() == Session::Phase::line && now.node().id != old->node().id) now.advance();
    if (now.node().id == old->node().id) return;
  }
  int node = now.scenario().find_node(old->node().id);
  if (node < 0) return;
  now.jump_to(node);
  for (const VariableValue& v : old->variables())
    if (int i = now.scenario().find_variable(v.name); i >= 0) now.set_variable(i, v.value);
  now.set_elapsed(old->state().elapsed);
  for (int d = 0; d < kDimensions; ++d) now.set_raw_score(d, old->state().raw[static_cast<size_t>(d)]);
}

// [SECTION] Diagnostics

std::string AuthorMode::pick_diagnostic(const Diagnostic& d) {
  excerpt_ = read_excerpt(d);
  ++changes_;
  return fmt::format("{}:{}:{}", d.path, d.line, d.column);
}

// [SECTION] Random playthroughs

void AuthorMode::start_random_plays() {
  if (busy() || !file() || !file()->live) return;
  RandomPlayOptions o;
  o.plays = static_cast<size_t>(std::clamp(random_settings.plays, 1, kMaxRandomPlays));
  o.seed = static_cast<std::uint64_t>(random_settings.seed);
  if (random_settings.from_here && session_) o.start = session_->state();
  random_scenario_ = file()->live;
  random_started_ = now();
  // The scenario is shared read-only, so the plays can run beside the UI.
  pending_ = std::async(std::launch::async, [s = random_scenario_, o] { return random_plays(*s, o); });
  ++changes_;
}

void AuthorMode::collect_random_plays() {
  if (!busy() || pending_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  RandomPlays result = pending_.get();
  if (file() && file()->live == random_scenario_) {
    random_ = std::move(result);
    random_seconds_ = now() - random_started_;
  }
  random_scenario_.reset();
  ++changes_;
}

// [SECTION] For the app

unsigned long long AuthorMode::revision() const { return changes_ + (session_ ? session_->revision() : 0); }

std::vector<std::string> AuthorMode::texts() const {
  std::vector<std::string> out{folder_};
  for (const auto& f : files_) {
    std::ifstream in(f.path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out.push_back(text.str());
    for (const auto& d : f.diagnostics) out.push_back(format_diagnostic(d));
  }
  return out;
}

std::string AuthorMode::window_title(const std::string& language) const {
  std::string title = fmt::format("HallSim — {}", word(language, "authoring_mode"));
  const AuthorFile* f = file();
  if (!f) return title;
  title += " — " + (f->live ? f->live->text(f->live->title, language) : fs::path(f->path).filename().string());
  if (session_) title += " · " + session_->node().id;  // where the rehearsal is
  if (f->stale()) title += " — " + fmt::format(fmt::runtime(word(language, "author_stale")), f->errors());
  else if (!f->live) title += " — " + fmt::format(fmt::runtime(word(language, "author_broken")), f->errors());
  return title;
}

double AuthorMode::now() const {
  if (options_.now) return options_.now();
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace hallsim::app
