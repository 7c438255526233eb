#include "attempt/lifecycle.hpp"

#include <filesystem>
#include <stdexcept>
#include <utility>

#include <nlohmann/json.hpp>

#include "base/atomic_file.hpp"
#include "base/clock.hpp"
#include "base/hash.hpp"
#include "debrief/past_attempts.hpp"
#include "transcript/transcript.hpp"

namespace hallsim {

namespace fs = std::filesystem;

std::string journal_path(const std::string& data_dir) { return (fs::path(data_dir) / "journal.json").string(); }

AttemptLifecycle::AttemptLifecycle(std::string data_dir, std::string fallback_dir)
    : data_dir_(std::move(data_dir)), fallback_dir_(std::move(fallback_dir)), journal_(journal_path(data_dir_)) {}

Session AttemptLifecycle::resume(const std::shared_ptr<const Scenario>& scenario, const ScoreBounds& bounds,
                                 const JournalEntry& entry, SessionOptions options) {
  if (!scenario) throw std::invalid_argument("the scenario no longer loads");
  return Session::restore(scenario, bounds, entry.snapshot, std::move(options));
}

AttemptLifecycle::Kept AttemptLifecycle::keep_unfinished(const std::shared_ptr<const Scenario>& scenario,
                                                         const std::optional<ScoreBounds>& bounds, const JournalEntry& entry) const {
  Kept kept;
  std::string finished_at = now_iso8601();
  std::string text;
  std::string scenario_id = "unfinished";
  try {
    if (!bounds) throw std::invalid_argument("the scenario no longer loads");
    Session session = resume(scenario, *bounds, entry);
    text = transcript_json(session, finished_at).dump(2) + "\n";
    scenario_id = scenario->id;
  } catch (const std::exception&) {
    text = entry.snapshot;  // the scenario changed or is gone: keep the state as it was journaled
  }
  kept.path = kept_transcript_path(data_dir_, scenario_id, finished_at, /*unfinished=*/true);
  std::error_code ec;
  fs::create_directories(fs::path(kept.path).parent_path(), ec);
  kept.error = write_file_atomically(kept.path, text);
  if (kept.error.empty()) journal_.clear();
  else kept.path.clear();
  return kept;
}

std::string AttemptLifecycle::after_move(const Session& session, const std::string& scenario_path) const {
  if (session.ended()) return {};
  std::error_code ec;
  fs::create_directories(data_dir_, ec);
  return journal_.save(session, scenario_path);
}

FinishedAttempt AttemptLifecycle::finish(const Session& session, bool record, DebriefOptions options) const {
  FinishedAttempt f;
  f.finished_at = now_iso8601();
  f.transcript_text = transcript_json(session, f.finished_at).dump(2) + "\n";
  if (record && session.ended()) {
    f.record = record_attempt(data_dir_, f.transcript_text, fallback_dir_);
    try {
      options.past = past_attempts(data_dir_, session.trainee(), session.scenario().id, sha256_hex(f.transcript_text));
    } catch (const std::exception& e) {
      // A damaged history costs the debrief its progress rows, not the attempt.
      if (f.record.error.empty()) f.record.error = e.what();
    }
  }
  options.finished_at = f.finished_at;
  f.debrief = build_debrief(session, options);
  // The history holds the attempt now (or the transcript, wherever it went): the journal is done.
  journal_.clear();
  return f;
}

}  // namespace hallsim
