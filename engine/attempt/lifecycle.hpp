// One live attempt from first reply to debrief, the same for the app, the terminal player and
// classroom mode: journal after every move; at the next start resume it or keep it as an
// unfinished transcript (an attempt is never dropped); at the ending write the transcript, record
// it in the history and build the debrief from the live session.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "attempt/journal.hpp"
#include "debrief/debrief.hpp"
#include "run/session.hpp"
#include "store/recording.hpp"

namespace hallsim {

// DATA_DIR/journal.json: the one attempt in progress.
std::string journal_path(const std::string& data_dir);

struct FinishedAttempt {
  std::string finished_at;      // ISO 8601
  std::string transcript_text;  // as written to the history (its SHA-256 identifies the attempt)
  RecordResult record;          // where the transcript went and whether the history has its row
  Debrief debrief;
};

class AttemptLifecycle {
 public:
  // `fallback_dir` takes the transcript when the data folder will not (see record_attempt).
  explicit AttemptLifecycle(std::string data_dir, std::string fallback_dir = {});

  const std::string& data_dir() const { return data_dir_; }

  // The attempt a crash or a quit left unfinished, if any.
  std::optional<JournalEntry> pending() const { return journal_.load(); }
  // Brings it back; throws std::invalid_argument when its scenario no longer fits the snapshot.
  static Session resume(const std::shared_ptr<const Scenario>& scenario, const ScoreBounds& bounds, const JournalEntry& entry,
                        SessionOptions options = {});
  // Declined (or not resumable): kept as DATA_DIR/transcripts/<scenario>/<time>-<random>-unfinished.json,
  // then the journal is cleared. `scenario` is null when it no longer loads: the snapshot itself
  // is kept then. Returns where it is kept, or why it could not be (the journal stays then).
  struct Kept {
    std::string path;
    std::string error;
  };
  Kept keep_unfinished(const std::shared_ptr<const Scenario>& scenario, const std::optional<ScoreBounds>& bounds,
                       const JournalEntry& entry) const;

  // After every move: the state goes to the journal; returns "" or what went wrong. An ended
  // attempt is not journaled (finish() keeps it).
  std::string after_move(const Session& session, const std::string& scenario_path) const;
  // Abandoned on purpose: nothing is kept.
  void abandon() const { journal_.clear(); }

  // The attempt reached its ending: its transcript, recorded in the history when `record`
  // (else only written), the debrief from the live session, and the journal cleared.
  FinishedAttempt finish(const Session& session, bool record, DebriefOptions options = {}) const;

 private:
  std::string data_dir_, fallback_dir_;
  Journal journal_;
};

}  // namespace hallsim
