// The attempt history: rows from transcripts, storing and listing, progress, schema migrations.
#include <doctest/doctest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "attempt_helpers.hpp"
#include "store/history.hpp"
#include "store/history_schema.hpp"

using namespace hallsim;

namespace {

std::string fresh_history_file() { return test::temp_dir() + "/history.sqlite3"; }

// Schema 1 exactly as it shipped, before migration 2: what an old file on a trainee's disk holds.
constexpr const char* kSchemaVersion1 = R"sql(
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
CREATE TABLE attempts (
  id INTEGER PRIMARY KEY, trainee TEXT NOT NULL, scenario_id TEXT NOT NULL,
  scenario_version INTEGER NOT NULL, scenario_hash TEXT NOT NULL, started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL, duration_s REAL NOT NULL, empathy_raw INTEGER NOT NULL,
  empathy_percent REAL NOT NULL, timeliness_raw INTEGER NOT NULL, timeliness_percent REAL NOT NULL,
  solution_raw INTEGER NOT NULL, solution_percent REAL NOT NULL, overall REAL NOT NULL,
  passed INTEGER NOT NULL, outcome TEXT NOT NULL, rating TEXT NOT NULL, transcript_path TEXT NOT NULL);
INSERT INTO attempts VALUES (7, '李四', 'long-wait', 2, 'abc', '2026-01-05T08:00:00Z', '2026-01-05T08:03:00Z',
  180, 3, 60.0, 1, 33.3, 2, 50.0, 47.8, 0, 'partial', 'basic', '/old/t.json');
)sql";

}  // namespace

TEST_CASE("a finished attempt's transcript gives every column of its row") {
  Session s = test::play(test::best_replies());
  AttemptRow r = attempt_from_transcript(read_transcript(test::transcript_of(s)));
  CHECK(r.trainee == "张三");
  CHECK(r.scenario_id == "features");
  CHECK(r.scenario_version == s.scenario().version);
  CHECK(r.scenario_hash == s.scenario().content_hash);
  CHECK(r.started_at == s.started_at());
  CHECK(r.dimensions[0].raw == 5);
  CHECK(r.dimensions[0].percent == doctest::Approx(100));
  CHECK(r.dimensions[1].raw == 3);
  CHECK(r.dimensions[2].raw == 5);
  CHECK(r.overall == doctest::Approx(100));
  CHECK(r.passed);
  CHECK(r.outcome == "resolved");
  CHECK(r.rating == "very_satisfied");
  CHECK(r.duration_s >= 0);

  nlohmann::json t = test::transcript_of(s, "2030-01-01T00:10:00Z");
  t["started_at"] = "2030-01-01T00:07:30Z";
  CHECK(attempt_from_transcript(read_transcript(t)).duration_s == doctest::Approx(150));
}

TEST_CASE("only finished attempts become rows") {
  CHECK_THROWS_WITH_AS(attempt_from_transcript(read_transcript(test::transcript_of(test::play(test::unfinished_replies())))),
                       doctest::Contains("did not reach an ending"), std::invalid_argument);
  CHECK_THROWS_WITH_AS(attempt_from_transcript(read_transcript(nlohmann::json{{"format", "other"}})),
                       doctest::Contains("not a HallSim transcript"), std::invalid_argument);
  nlohmann::json t = test::transcript_of(test::play(test::best_replies()));
  t["totals"]["overall"] = "high";
  CHECK_THROWS_WITH_AS(attempt_from_transcript(read_transcript(t)), doctest::Contains("wrong type"), std::invalid_argument);
}

TEST_CASE("a new history file is at the latest schema, in WAL mode with synchronous=FULL") {
  std::string path = fresh_history_file();
  History h = History::open(path);
  sql::Database db = sql::Database::open(path);
  CHECK(history_schema_version(db) == latest_history_schema());
  sql::Statement mode(db, "PRAGMA journal_mode");
  REQUIRE(mode.step());
  CHECK(mode.text(0) == "wal");
  sql::Statement sync(db, "PRAGMA synchronous");
  REQUIRE(sync.step());
  CHECK(sync.integer(0) == 2);  // FULL
  CHECK(h.integrity_check() == "ok");
}

TEST_CASE("stored attempts come back whole, filtered by trainee and scenario, oldest first") {
  History h = History::open(fresh_history_file());
  AttemptRow a = attempt_from_transcript(read_transcript(test::transcript_of(test::play(test::best_replies()), "2030-01-02T10:00:00Z")));
  a.transcript_path = "/data/a.json";
  a.transcript_sha256 = "sha-a";
  AttemptRow b = test::row("王五", "long-wait", "2030-01-01T10:00:00Z", 55.5);
  AttemptRow c = test::row("张三", "long-wait", "2030-01-03T10:00:00Z", 70);
  for (const AttemptRow* r : {&a, &b, &c}) CHECK_FALSE(h.add(*r).already_recorded);

  auto all = h.attempts();
  REQUIRE(all.size() == 3);
  CHECK(all[0].trainee == "王五");
  CHECK(all[1].scenario_id == "features");
  CHECK(all[2].finished_at == "2030-01-03T10:00:00Z");
  const AttemptRow& back = all[1];
  CHECK(back.id > 0);
  CHECK(back.scenario_hash == a.scenario_hash);
  CHECK(back.started_at == a.started_at);
  CHECK(back.duration_s == doctest::Approx(a.duration_s));
  for (int d = 0; d < kDimensions; ++d) {
    CHECK(back.dimensions[d].raw == a.dimensions[d].raw);
    CHECK(back.dimensions[d].percent == doctest::Approx(a.dimensions[d].percent));
  }
  CHECK(back.passed);
  CHECK(back.outcome == "resolved");
  CHECK(back.rating == a.rating);
  CHECK(back.transcript_path == "/data/a.json");
  CHECK(back.transcript_sha256 == "sha-a");

  CHECK(h.attempts({"张三", ""}).size() == 2);
  CHECK(h.attempts({"", "long-wait"}).size() == 2);
  CHECK(h.attempts({"张三", "long-wait"}).size() == 1);
  CHECK(h.attempts({"nobody", ""}).empty());
}

TEST_CASE("the same transcript is recorded once") {
  History h = History::open(fresh_history_file());
  AttemptRow r = test::row("张三", "long-wait", "2030-01-01T10:00:00Z", 80);
  r.transcript_sha256 = "same";
  AddResult first = h.add(r);
  AddResult again = h.add(r);
  CHECK_FALSE(first.already_recorded);
  CHECK(again.already_recorded);
  CHECK(again.id == first.id);
  CHECK(h.attempts().size() == 1);
  CHECK(h.find_by_transcript("same") == first.id);
  CHECK_FALSE(h.find_by_transcript("other"));
}

TEST_CASE("attempts_for gives one trainee's attempts at one scenario; progress picks first, best and latest") {
  History h = History::open(fresh_history_file());
  h.add(test::row("张三", "long-wait", "2030-01-02T10:00:00Z", 72));
  h.add(test::row("张三", "long-wait", "2030-01-01T10:00:00Z", 40));
  h.add(test::row("张三", "long-wait", "2030-01-04T10:00:00Z", 65));
  h.add(test::row("张三", "long-wait", "2030-01-03T10:00:00Z", 72));  // ties the best, later
  h.add(test::row("张三", "vip", "2030-01-05T10:00:00Z", 99));
  h.add(test::row("", "long-wait", "2030-01-05T10:00:00Z", 99));  // no name: not everyone

  auto rows = h.attempts_for("张三", "long-wait");
  REQUIRE(rows.size() == 4);
  CHECK(rows.front().overall == 40);
  auto p = progress_of(rows);
  REQUIRE(p);
  CHECK(p->attempts == 4);
  CHECK(p->first.finished_at == "2030-01-01T10:00:00Z");
  CHECK(p->best.finished_at == "2030-01-02T10:00:00Z");
  CHECK(p->latest.finished_at == "2030-01-04T10:00:00Z");
  CHECK(h.attempts_for("", "long-wait").size() == 1);
  CHECK_FALSE(progress_of({}));

  auto groups = progress_by_scenario(h.attempts());
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].scenario_id == "long-wait");
  CHECK(groups[0].trainee.empty());
  CHECK(groups[1].trainee == "张三");
  CHECK(groups[2].scenario_id == "vip");
}

TEST_CASE("progress gives each dimension's trend, oldest attempt first") {
  auto with_dimensions = [](const char* finished_at, double empathy, double timeliness, double solution) {
    AttemptRow r = test::row("张三", "long-wait", finished_at, (empathy + timeliness + solution) / 3);
    r.dimensions[0].percent = empathy, r.dimensions[1].percent = timeliness, r.dimensions[2].percent = solution;
    return r;
  };
  // Stored out of order: the trend follows the finish times, not the order given.
  std::vector<AttemptRow> rows = {with_dimensions("2030-01-03T10:00:00Z", 80, 60, 90), with_dimensions("2030-01-01T10:00:00Z", 20, 50, 40),
                                  with_dimensions("2030-01-02T10:00:00Z", 50, 55, 70)};
  auto p = progress_of(rows);
  REQUIRE(p);
  CHECK(p->trend[0] == std::vector<double>{20, 50, 80});
  CHECK(p->trend[1] == std::vector<double>{50, 55, 60});
  CHECK(p->trend[2] == std::vector<double>{40, 70, 90});
  CHECK(p->trend[0].front() == p->first.dimensions[0].percent);
  CHECK(p->trend[0].back() == p->latest.dimensions[0].percent);
}

TEST_CASE("a schema 1 file is migrated to the latest and keeps its attempts") {
  std::string path = fresh_history_file();
  {
    sql::Database old = sql::Database::open(path);
    old.exec(kSchemaVersion1);
    REQUIRE(history_schema_version(old) == 1);
  }
  History h = History::open(path);
  auto rows = h.attempts();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].id == 7);
  CHECK(rows[0].trainee == "李四");
  CHECK(rows[0].dimensions[1].percent == doctest::Approx(33.3));
  CHECK(rows[0].transcript_sha256.empty());
  // What migration 2 brought works on the old file: the same transcript is recorded once.
  AttemptRow r = test::row("李四", "long-wait", "2026-02-01T08:00:00Z", 90);
  r.transcript_sha256 = "new";
  CHECK_FALSE(h.add(r).already_recorded);
  CHECK(h.add(r).already_recorded);
  sql::Database db = sql::Database::open(path);
  CHECK(history_schema_version(db) == latest_history_schema());
  CHECK(h.integrity_check() == "ok");
}

TEST_CASE("migrations run step by step and never twice") {
  std::string path = fresh_history_file();
  sql::Database db = sql::Database::open(path);
  migrate_history(db, 1);
  CHECK(history_schema_version(db) == 1);
  sql::Statement columns(db, "SELECT count(*) FROM pragma_table_info('attempts') WHERE name = 'transcript_sha256'");
  REQUIRE(columns.step());
  CHECK(columns.integer(0) == 0);
  migrate_history(db);
  CHECK(history_schema_version(db) == latest_history_schema());
  migrate_history(db);  // a second run would fail on ALTER TABLE if it applied step 2 again
  CHECK(history_schema_version(db) == latest_history_schema());
  CHECK(history_migrations().front().version == 1);
  for (size_t i = 1; i < history_migrations().size(); ++i)
    CHECK(history_migrations()[i].version == history_migrations()[i - 1].version + 1);
}

TEST_CASE("a file from a newer HallSim is refused, not damaged") {
  std::string path = fresh_history_file();
  {
    History::open(path);
    sql::Database db = sql::Database::open(path);
    db.exec("UPDATE schema_version SET version = 999");
  }
  CHECK_THROWS_WITH_AS(History::open(path), doctest::Contains("newer HallSim"), StoreError);
  sql::Database db = sql::Database::open(path);
  CHECK(history_schema_version(db) == 999);
}

TEST_CASE("a history that cannot be opened says which file and why") {
  std::string dir = test::temp_dir();
  std::filesystem::create_directory(dir + "/history.sqlite3");
  CHECK_THROWS_WITH_AS(History::open(dir + "/history.sqlite3"), doctest::Contains((dir + "/history.sqlite3").c_str()), StoreError);
  CHECK_FALSE(History::open_existing(dir + "/none.sqlite3"));
  CHECK_FALSE(std::filesystem::exists(dir + "/none.sqlite3"));
}
