// The one live-attempt lifecycle (engine/attempt/lifecycle.hpp) the app, the terminal and the
// classroom share: journal after every move, resume, keep a declined attempt as unfinished (the
// two faces used to disagree: the terminal dropped it), one naming rule, record, debrief.
#include <doctest/doctest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "attempt/lifecycle.hpp"
#include "base/file_text.hpp"
#include "report_helpers.hpp"
#include "store/history.hpp"

using namespace hallsim;
using test::pick;
using test::type;

namespace fs = std::filesystem;

TEST_CASE("an attempt is journaled after every move and resumes where it stopped") {
  std::string dir = test::temp_dir();
  REQUIRE_FALSE(dir.empty());
  auto scenario = test::load_scenario_or_fail(test::data_path("features.yaml"));
  ScoreBounds bounds = test::bounds_of(*scenario);
  AttemptLifecycle attempt(dir);
  CHECK_FALSE(attempt.pending());
  Session s(scenario, bounds);
  REQUIRE(play_script(s, {pick(2, 3)}, 0).used == 1);  // one reply, and the attempt goes on
  REQUIRE_FALSE(s.ended());
  CHECK(attempt.after_move(s, scenario->path).empty());
  auto pending = attempt.pending();
  REQUIRE(pending);
  CHECK(pending->scenario_path == scenario->path);
  Session back = AttemptLifecycle::resume(scenario, bounds, *pending);
  CHECK(back.turns().size() == s.turns().size());
  CHECK(back.state().node == s.state().node);
  attempt.abandon();
  CHECK_FALSE(attempt.pending());
  fs::remove_all(dir);
}

TEST_CASE("a declined resume is kept as an unfinished transcript, named by the one rule, and not recorded") {
  std::string dir = test::temp_dir();
  REQUIRE_FALSE(dir.empty());
  auto scenario = test::load_scenario_or_fail(test::data_path("features.yaml"));
  ScoreBounds bounds = test::bounds_of(*scenario);
  AttemptLifecycle attempt(dir);
  Session s(scenario, bounds);
  REQUIRE(play_script(s, {pick(2, 3)}, 0).used == 1);  // one reply, and the attempt goes on
  REQUIRE_FALSE(s.ended());
  REQUIRE(attempt.after_move(s, scenario->path).empty());

  AttemptLifecycle::Kept kept = attempt.keep_unfinished(scenario, bounds, *attempt.pending());
  CHECK(kept.error.empty());
  CHECK_FALSE(attempt.pending());  // the journal is done with
  fs::path file(kept.path);
  CHECK(file.parent_path() == fs::path(dir) / "transcripts" / scenario->id);
  std::string name = file.filename().string();
  CHECK(name.size() == std::string("20240506T093000Z-0123abcd-unfinished.json").size());
  CHECK(name.find("-unfinished.json") != std::string::npos);
  auto text = read_file_text(kept.path);
  REQUIRE(text);
  nlohmann::json j = nlohmann::json::parse(*text);
  CHECK(j["format"] == "hallsim-transcript");
  CHECK(j["turns"].size() == 1);
  CHECK_FALSE(fs::exists(history_file(dir)));
  fs::remove_all(dir);
}

TEST_CASE("a journal whose scenario no longer loads is still kept, not dropped") {
  std::string dir = test::temp_dir();
  REQUIRE_FALSE(dir.empty());
  AttemptLifecycle attempt(dir);
  JournalEntry entry{"/nowhere/gone.yaml", R"({"format": "hallsim-snapshot", "node": "start"})", "2024-05-06T09:30:00Z"};
  AttemptLifecycle::Kept kept = attempt.keep_unfinished(nullptr, std::nullopt, entry);
  CHECK(kept.error.empty());
  auto text = read_file_text(kept.path);
  REQUIRE(text);
  CHECK(*text == entry.snapshot);
  fs::remove_all(dir);
}

TEST_CASE("a finished attempt is recorded under the same naming rule and debriefed from the live session") {
  std::string dir = test::temp_dir();
  REQUIRE_FALSE(dir.empty());
  auto scenario = test::load_scenario_or_fail(test::data_path("features.yaml"));
  ScoreBounds bounds = test::bounds_of(*scenario);
  AttemptLifecycle attempt(dir);
  Session s(scenario, bounds);
  REQUIRE(play_script(s, {pick(3, 12), pick(2, 12), type("前面还有两位，大约五分钟", 12), pick(1, 12)}, 0).ok);
  REQUIRE(s.ended());
  REQUIRE(attempt.after_move(s, scenario->path).empty());  // an ended attempt is not journaled
  FinishedAttempt f = attempt.finish(s, /*record=*/true);
  CHECK(f.record.recorded);
  CHECK_FALSE(attempt.pending());
  fs::path file(f.record.transcript_path);
  CHECK(file.parent_path() == fs::path(dir) / "transcripts" / scenario->id);
  CHECK(file.filename().string().size() == std::string("20240506T093000Z-0123abcd.json").size());
  CHECK(read_file_text(file.string()) == f.transcript_text);
  CHECK(f.debrief.finished_at == f.finished_at);
  CHECK(f.debrief.overall == doctest::Approx(round1(s.totals().overall)));
  CHECK(f.debrief.turns.size() == 4);
  CHECK(test::files_under(fs::path(dir) / "transcripts").size() == 1);
  fs::remove_all(dir);
}
