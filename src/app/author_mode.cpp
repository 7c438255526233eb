#include "author_mode.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "base/file_text.hpp"
#include "model/diagnostic_text.hpp"
#include "model/words.hpp"
#include "run/script.hpp"

namespace hallsim::app {

namespace fs = std::filesystem;

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
  options_ = std::move(options);
  folder_input = folder;
  session_.reset();
  excerpt_.reset();
  random_.reset();
  watch_.open(folder);
  last_poll_ = now();
  selected_path_ = files().empty() ? "" : files().front().path;
  view.fit = true;
  ++changes_;
}

int AuthorMode::selected() const {
  auto at = std::find_if(files().begin(), files().end(), [&](const WatchedFile& f) { return f.path == selected_path_; });
  return at == files().end() ? -1 : static_cast<int>(at - files().begin());
}

void AuthorMode::select(int index) {
  if (index < 0 || static_cast<size_t>(index) >= files().size()) return;
  selected_path_ = files()[static_cast<size_t>(index)].path;
  session_.reset();
  excerpt_.reset();
  reply_draft.clear();
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
  std::vector<std::string> reloaded = watch_.collect();
  for (const auto& path : reloaded)
    if (excerpt_ && excerpt_->at.path == path) excerpt_.reset();  // its lines may have moved
  if (!file() && !files().empty()) select(0);  // the open file was deleted or renamed
  std::shared_ptr<const Scenario> rehearsed = session_ ? session_->scenario_ptr() : nullptr;
  if (file() && file()->live != rehearsed) live_changed();
  if (now() - last_poll_ >= kPollSeconds) {
    last_poll_ = now();
    watch_.check_files();
  }
  if (!reloaded.empty()) ++changes_;
  return !reloaded.empty();
}

// [SECTION] The selected file

const WatchedFile* AuthorMode::file() const {
  int i = selected();
  return i < 0 ? nullptr : &files()[static_cast<size_t>(i)];
}

const Scenario* AuthorMode::scenario() const { return file() && file()->live ? file()->live.get() : nullptr; }

const GraphLayout& AuthorMode::layout() const {
  static const GraphLayout none{};
  const WatchedFile* f = file();
  return f ? f->layout : none;
}

void AuthorMode::live_changed() {
  random_.reset();  // its node numbers belong to the old version
  if (scenario()) carry_rehearsal(std::move(session_));
  else session_.reset();
  ++changes_;
}

// [SECTION] Rehearsal

void AuthorMode::restart() {
  if (!scenario()) return;
  session_.emplace(file()->live, score_bounds(*file()->live_analysis), options_);
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
  session_.emplace(file()->live, score_bounds(*file()->live_analysis), options_);
  if (!old) return;
  Session& now = *session_;
  if (!old->edited()) {
    // As far as the new version still fits them; then on through lines to where the author was.
    play_script(now, replies_of(old->turns()), 0, /*stop_after_last=*/true);
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
  if (random_running() || !scenario()) return;
  RandomPlayOptions o;
  o.plays = static_cast<size_t>(std::clamp(random_settings.plays, 1, kMaxRandomPlays));
  o.seed = static_cast<std::uint64_t>(random_settings.seed);
  if (random_settings.from_here && session_) o.start = session_->state();
  random_scenario_ = file()->live;
  random_started_ = now();
  // The scenario is shared read-only, so the plays can run beside the UI.
  random_pending_ = std::async(std::launch::async, [s = random_scenario_, o] { return random_plays(*s, o); });
  ++changes_;
}

void AuthorMode::collect_random_plays() {
  if (!random_running() || random_pending_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  RandomPlays result = random_pending_.get();
  if (file() && file()->live == random_scenario_) {  // else the scenario changed meanwhile
    random_ = std::move(result);
    random_seconds_ = now() - random_started_;
  }
  random_scenario_.reset();
  ++changes_;
}

// [SECTION] For the app

unsigned long long AuthorMode::revision() const { return changes_ + (session_ ? session_->revision() : 0); }

std::vector<std::string> AuthorMode::texts() const {
  std::vector<std::string> out{folder()};
  for (const auto& f : files()) {
    out.push_back(read_file_text(f.path).value_or(""));
    for (const auto& d : f.diagnostics) out.push_back(format_diagnostic(d, "zh-CN"));
  }
  return out;
}

std::string AuthorMode::window_title(const std::string& language) const {
  std::string title = fmt::format("HallSim — {}", word(language, "authoring_mode"));
  const WatchedFile* f = file();
  if (!f) return title;
  title += " — " + (f->live ? f->live->text(f->live->title, language) : fs::path(f->path).filename().string());
  if (session_) title += " · " + session_->node().id;  // where the rehearsal is
  if (f->stale()) title += " — " + fmt::format(fmt::runtime(word(language, "author_stale")), f->errors());
  else if (f->read && !f->live) title += " — " + fmt::format(fmt::runtime(word(language, "author_broken")), f->errors());
  return title;
}

double AuthorMode::now() const {
  if (options_.now) return options_.now();
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace hallsim::app
