// The attempt history: one SQLite file, one row per finished attempt.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/attempt.hpp"
#include "store/sqlite_db.hpp"

namespace hallsim {

using StoreError = sql::StoreError;

// DATA_DIR/history.sqlite3 and DATA_DIR/transcripts.
std::string history_file(const std::string& data_dir);
std::string transcripts_dir(const std::string& data_dir);

struct AttemptFilter {
  std::string trainee;      // "" = every trainee
  std::string scenario_id;  // "" = every scenario
};

struct AddResult {
  std::int64_t id = 0;
  bool already_recorded = false;  // a row with the same transcript SHA-256 was there
};

class History {
 public:
  // Opens the file, creating it and migrating it to the latest schema as needed.
  static History open(const std::string& path);
  // Opens an existing file for reading; nullopt when there is none (nothing recorded yet).
  static std::optional<History> open_existing(const std::string& path);

  // Inserts the row in one transaction; a transcript already recorded is not added twice.
  AddResult add(const AttemptRow& row);
  // The attempt recorded from the transcript with this SHA-256, if any.
  std::optional<std::int64_t> find_by_transcript(const std::string& sha256) const;

  // Oldest first (by finish time, then id).
  std::vector<AttemptRow> attempts(const AttemptFilter& filter = {}) const;
  // Every attempt of one trainee at one scenario, oldest first: the report's progress section
  // takes progress_of() of these.
  std::vector<AttemptRow> attempts_for(const std::string& trainee, const std::string& scenario_id) const;

  // "ok" when SQLite finds nothing wrong, else its list of problems.
  std::string integrity_check() const;
  const std::string& path() const { return db_.path(); }

 private:
  explicit History(sql::Database db) : db_(std::move(db)) {}
  sql::Database db_;
};

}  // namespace hallsim
