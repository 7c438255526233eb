#include "store/history.hpp"

#include <filesystem>

#include "store/history_schema.hpp"

namespace hallsim {

namespace fs = std::filesystem;

namespace {

constexpr const char* kColumns =
    "id, trainee, scenario_id, scenario_version, scenario_hash, started_at, finished_at, duration_s, "
    "empathy_raw, empathy_percent, timeliness_raw, timeliness_percent, solution_raw, solution_percent, "
    "overall, passed, outcome, rating, transcript_path, transcript_sha256";

AttemptRow read_row(const sql::Statement& s) {
  AttemptRow r;
  r.id = s.integer(0);
  r.trainee = s.text(1);
  r.scenario_id = s.text(2);
  r.scenario_version = static_cast<int>(s.integer(3));
  r.scenario_hash = s.text(4);
  r.started_at = s.text(5);
  r.finished_at = s.text(6);
  r.duration_s = s.real(7);
  for (int d = 0; d < kDimensions; ++d) r.dimensions[d] = {static_cast<int>(s.integer(8 + 2 * d)), s.real(9 + 2 * d)};
  r.overall = s.real(14);
  r.passed = s.integer(15) != 0;
  r.outcome = s.text(16);
  r.rating = s.text(17);
  r.transcript_path = s.text(18);
  r.transcript_sha256 = s.text(19);
  return r;
}

}  // namespace

std::string history_file(const std::string& data_dir) { return (fs::path(data_dir) / "history.sqlite3").string(); }

std::string transcripts_dir(const std::string& data_dir) { return (fs::path(data_dir) / "transcripts").string(); }

History History::open(const std::string& path) {
  sql::Database db = sql::Database::open(path);
  migrate_history(db);
  return History(std::move(db));
}

std::optional<History> History::open_existing(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::nullopt;
  sql::Database db = sql::Database::open(path, /*create=*/false);
  migrate_history(db);
  return History(std::move(db));
}

std::optional<std::int64_t> History::find_by_transcript(const std::string& sha256) const {
  sql::Statement find(db_, "SELECT id FROM attempts WHERE transcript_sha256 = ?");
  find.bind(1, sha256);
  if (find.step()) return find.integer(0);
  return std::nullopt;
}

AddResult History::add(const AttemptRow& r) {
  sql::Transaction tx(db_);
  if (!r.transcript_sha256.empty())
    if (auto existing = find_by_transcript(r.transcript_sha256)) return {*existing, true};
  sql::Statement insert(db_,
                        "INSERT INTO attempts (trainee, scenario_id, scenario_version, scenario_hash, started_at, "
                        "finished_at, duration_s, empathy_raw, empathy_percent, timeliness_raw, timeliness_percent, "
                        "solution_raw, solution_percent, overall, passed, outcome, rating, transcript_path, "
                        "transcript_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, r.trainee).bind(2, r.scenario_id).bind(3, static_cast<std::int64_t>(r.scenario_version));
  insert.bind(4, r.scenario_hash).bind(5, r.started_at).bind(6, r.finished_at).bind(7, r.duration_s);
  for (int d = 0; d < kDimensions; ++d)
    insert.bind(8 + 2 * d, static_cast<std::int64_t>(r.dimensions[d].raw)).bind(9 + 2 * d, r.dimensions[d].percent);
  insert.bind(14, r.overall).bind(15, static_cast<std::int64_t>(r.passed)).bind(16, r.outcome).bind(17, r.rating);
  insert.bind(18, r.transcript_path);
  if (r.transcript_sha256.empty()) insert.bind_null(19);
  else insert.bind(19, r.transcript_sha256);
  insert.step();
  std::int64_t id = db_.last_insert_id();
  tx.commit();
  return {id, false};
}

std::vector<AttemptRow> History::attempts(const AttemptFilter& f) const {
  std::string query = std::string("SELECT ") + kColumns + " FROM attempts WHERE (?1 = '' OR trainee = ?1) " +
                      "AND (?2 = '' OR scenario_id = ?2) ORDER BY finished_at, id";
  sql::Statement s(db_, query);
  s.bind(1, f.trainee).bind(2, f.scenario_id);
  std::vector<AttemptRow> rows;
  while (s.step()) rows.push_back(read_row(s));
  return rows;
}

std::vector<AttemptRow> History::attempts_for(const std::string& trainee, const std::string& scenario_id) const {
  // An empty name is an attempt made without --trainee: match it exactly, not as "everyone".
  std::string query = std::string("SELECT ") + kColumns +
                      " FROM attempts WHERE trainee = ? AND scenario_id = ? ORDER BY finished_at, id";
  sql::Statement s(db_, query);
  s.bind(1, trainee).bind(2, scenario_id);
  std::vector<AttemptRow> rows;
  while (s.step()) rows.push_back(read_row(s));
  return rows;
}

std::string History::integrity_check() const {
  sql::Statement s(db_, "PRAGMA integrity_check");
  std::string result;
  while (s.step()) result += (result.empty() ? "" : "\n") + s.text(0);
  return result;
}

}  // namespace hallsim
