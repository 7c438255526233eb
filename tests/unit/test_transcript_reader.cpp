// The one transcript reader: what it keeps, and one answer (TranscriptError naming the field)
// for every kind of damage. And the one search for the scenario a transcript was played on.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "attempt_helpers.hpp"
#include "base/file_text.hpp"
#include "transcript/played_scenario.hpp"
#include "transcript/transcript.hpp"

using namespace hallsim;
namespace fs = std::filesystem;

namespace {

nlohmann::json finished_transcript() { return test::transcript_of(test::play(test::best_replies()), "2030-01-01T00:10:00Z"); }

std::string damage_message(nlohmann::json transcript) {
  try {
    read_transcript(transcript);
  } catch (const TranscriptError& e) {
    return e.what();
  }
  return "(read without complaint)";
}

}  // namespace

TEST_CASE("a transcript reads back as the attempt that was played") {
  Session s = test::play(test::best_replies());
  Transcript t = read_transcript(test::transcript_of(s, "2030-01-01T00:10:00Z"));
  CHECK(t.scenario.id == s.scenario().id);
  CHECK(t.scenario.hash == s.scenario().content_hash);
  CHECK(t.trainee == "张三");
  CHECK(t.finished_at == "2030-01-01T00:10:00Z");
  REQUIRE(t.turns.size() == s.turns().size());
  for (size_t i = 0; i < t.turns.size(); ++i) {
    CAPTURE(i);
    const Turn& played = s.turns()[i];
    CHECK(t.turns[i].node == played.node);
    CHECK(t.turns[i].typed == (played.kind == Node::Kind::free_text));
    CHECK(t.turns[i].reply == played.reply);
    if (!t.turns[i].typed) CHECK(t.turns[i].choice == played.choice + 1);
    CHECK(t.turns[i].deltas == played.deltas);
    CHECK(t.turns[i].response_s == played.response_s);
  }
  CHECK(t.turns[1].cues == s.turns()[1].cues);
  REQUIRE(t.ending);
  CHECK(t.ending->outcome == s.ending()->outcome);
  CHECK(t.ending->rating == s.ending()->rating);
  CHECK(t.totals.overall == doctest::Approx(s.totals().overall).epsilon(0.001));
  CHECK(t.totals.passed == s.totals().passed);
  CHECK(t.has_choice_turns());
  CHECK(t.path == s.path());

  Transcript unfinished = read_transcript(test::transcript_of(test::play(test::unfinished_replies())));
  CHECK_FALSE(unfinished.ending);
  CHECK(unfinished.finished_at.empty());
}

TEST_CASE("damage is one error that names the field and what it must be") {
  nlohmann::json t = finished_transcript();
  CHECK(damage_message(nlohmann::json::array()).find("not a HallSim transcript") != std::string::npos);
  CHECK(damage_message({{"format", "other"}}).find("not a HallSim transcript") != std::string::npos);

  nlohmann::json no_time = t;
  no_time["turns"][1].erase("response_s");
  CHECK(damage_message(no_time) == "the transcript is damaged: it has no \"turns[1].response_s\"");

  nlohmann::json negative = t;
  negative["turns"][0]["response_s"] = -3;
  CHECK(damage_message(negative).find("\"turns[0].response_s\"") != std::string::npos);

  nlohmann::json text_score = t;
  text_score["totals"]["overall"] = "high";
  CHECK(damage_message(text_score) ==
        "the transcript is damaged: \"totals.overall\" is of the wrong type or out of range: it must be a number");

  nlohmann::json bad_time = t;
  bad_time["started_at"] = "yesterday";
  CHECK(damage_message(bad_time).find("\"started_at\"") != std::string::npos);

  nlohmann::json no_choice = t;
  no_choice["turns"][0]["choice"] = 0;
  CHECK(damage_message(no_choice).find("\"turns[0].choice\"") != std::string::npos);

  nlohmann::json bad_kind = t;
  bad_kind["turns"][2]["kind"] = "shout";
  CHECK(damage_message(bad_kind).find("\"choice\" or \"free_text\"") != std::string::npos);

  nlohmann::json bad_outcome = t;
  bad_outcome["ending"]["outcome"] = "won";
  CHECK(damage_message(bad_outcome).find("\"ending.outcome\"") != std::string::npos);

  nlohmann::json bad_step = t;
  bad_step["steps"]["performed"][0] = "dance";
  CHECK(damage_message(bad_step).find("\"steps.performed[0]\"") != std::string::npos);

  CHECK_THROWS_AS(read_transcript_text("{\"format\": "), TranscriptError);
}

TEST_CASE("a transcript from a newer HallSim is refused as such, not as damaged") {
  nlohmann::json t = finished_transcript();
  t["format_version"] = kTranscriptFormatVersion + 1;
  CHECK(damage_message(t).find("newer HallSim") != std::string::npos);
}

TEST_CASE("a damaged class vote is left out, not trusted and not fatal") {
  nlohmann::json t = finished_transcript();
  t["turns"][0]["class_vote"] = {{"options", {{{"choice", -4}, {"votes", 2}}}}};
  CHECK_FALSE(read_transcript(t).turns[0].vote);
}

TEST_CASE("replaying checks each reply's node: a moved node is named, not silently re-scored") {
  nlohmann::json t = finished_transcript();
  t["turns"][0]["node"] = "somewhere_else";
  auto scenario = test::features_scenario();
  try {
    replay_transcript(scenario, test::bounds_of(*scenario), read_transcript(t));
    FAIL("replayed a reply made at a node the scenario does not reach");
  } catch (const TranscriptError& e) {
    CHECK(std::string(e.what()).find("somewhere_else") != std::string::npos);
  }
}

TEST_CASE("the scenario of a transcript: the version played first, then one with its id, else none") {
  Transcript t = read_transcript(finished_transcript());
  std::string beside = test::temp_dir(), library = test::temp_dir();
  std::string played = *read_file_text(test::data_path("features.yaml"));
  std::ofstream(fs::path(library) / "features.yaml") << played;
  std::ofstream(fs::path(beside) / "features.yaml") << played << "\n# edited since\n";
  std::ofstream(fs::path(beside) / "other.yaml") << "not: [a scenario";
  fs::copy(test::data_path("rubrics"), fs::path(beside) / "rubrics");  // the shared rubric it uses
  std::vector<std::string> folders = played_scenario_folders(beside + "/attempt.json", library);
  REQUIRE(folders.size() == 2);
  CHECK(folders[0] == beside);

  PlayedScenarioFile found = find_played_scenario(t, folders);
  CHECK(found.match == PlayedScenarioFile::Match::exact);  // the library's copy is the version played
  CHECK(found.path == (fs::path(library) / "features.yaml").string());

  fs::remove(fs::path(library) / "features.yaml");
  found = find_played_scenario(t, folders);
  CHECK(found.match == PlayedScenarioFile::Match::same_id);
  CHECK(found.path == (fs::path(beside) / "features.yaml").string());
  CHECK(find_played_scenario(t, folders, /*exact_only=*/true).match == PlayedScenarioFile::Match::none);

  fs::remove(fs::path(beside) / "features.yaml");
  CHECK(find_played_scenario(t, folders).match == PlayedScenarioFile::Match::none);
  CHECK(played_scenario_folders("attempt.json", "")[0] == ".");
}
