#include "store/history_schema.hpp"

#include <fmt/format.h>

namespace hallsim {

const std::vector<Migration>& history_migrations() {
  static const std::vector<Migration> steps = {
      {1, R"sql(
CREATE TABLE attempts (
  id                 INTEGER PRIMARY KEY,
  trainee            TEXT    NOT NULL,
  scenario_id        TEXT    NOT NULL,
  scenario_version   INTEGER NOT NULL,
  scenario_hash      TEXT    NOT NULL,
  started_at         TEXT    NOT NULL,
  finished_at        TEXT    NOT NULL,
  duration_s         REAL    NOT NULL,
  empathy_raw        INTEGER NOT NULL,
  empathy_percent    REAL    NOT NULL,
  timeliness_raw     INTEGER NOT NULL,
  timeliness_percent REAL    NOT NULL,
  solution_raw       INTEGER NOT NULL,
  solution_percent   REAL    NOT NULL,
  overall            REAL    NOT NULL,
  passed             INTEGER NOT NULL,
  outcome            TEXT    NOT NULL,
  rating             TEXT    NOT NULL,
  transcript_path    TEXT    NOT NULL
);
)sql"},
      // The transcript's SHA-256 makes `history --import` idempotent: the same file is one
      // attempt however often it is imported. Older rows keep NULL, which UNIQUE allows.
      {2, R"sql(
ALTER TABLE attempts ADD COLUMN transcript_sha256 TEXT;
CREATE UNIQUE INDEX attempts_by_transcript ON attempts(transcript_sha256);
CREATE INDEX attempts_by_trainee ON attempts(trainee, scenario_id, finished_at);
)sql"},
  };
  return steps;
}

int latest_history_schema() { return history_migrations().back().version; }

int history_schema_version(sql::Database& db) {
  sql::Statement has_table(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
  if (!has_table.step()) return 0;
  sql::Statement version(db, "SELECT version FROM schema_version");
  return version.step() ? static_cast<int>(version.integer(0)) : 0;
}

namespace {

void refuse_newer(const sql::Database& db, int current) {
  if (current > latest_history_schema())
    throw sql::StoreError(fmt::format("{} was written by a newer HallSim (history schema {}; this one knows up to {}): "
                                      "update HallSim to read it",
                                      db.path(), current, latest_history_schema()));
}

}  // namespace

void migrate_history(sql::Database& db, int target) {
  if (target < 0) target = latest_history_schema();
  // The usual case, a file that is up to date, needs no write lock.
  int current = history_schema_version(db);
  refuse_newer(db, current);
  if (current >= target) return;
  // IMMEDIATE, then look again: two programs opening a new file at once cannot both run a step.
  sql::Transaction tx(db);
  current = history_schema_version(db);
  refuse_newer(db, current);
  if (current >= target) return;
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  for (const Migration& m : history_migrations())
    if (m.version > current && m.version <= target) db.exec(m.sql);
  db.exec("DELETE FROM schema_version");
  sql::Statement set(db, "INSERT INTO schema_version (version) VALUES (?)");
  set.bind(1, static_cast<std::int64_t>(target)).step();
  tx.commit();
}

}  // namespace hallsim
