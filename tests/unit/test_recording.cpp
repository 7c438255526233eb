// Recording an attempt: transcript first, then the row; a failure keeps the transcript and the
// attempt can be imported later, once.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "base/file_text.hpp"
#include "attempt_helpers.hpp"
#include "base/hash.hpp"
#include "store/history.hpp"
#include "store/recording.hpp"
#include "yaml/document.hpp"

using namespace hallsim;
namespace fs = std::filesystem;

TEST_CASE("a recorded attempt has its transcript under transcripts/<scenario>/ and its row in the history") {
  std::string data = test::temp_dir() + "/data";
  std::string text = test::transcript_text(test::play(test::best_replies()));
  RecordResult r = record_attempt(data, text, test::temp_dir());
  REQUIRE_MESSAGE(r.recorded, r.error);
  CHECK(r.error.empty());
  fs::path kept(r.transcript_path);
  CHECK(kept.is_absolute());
  CHECK(kept.parent_path() == fs::absolute(fs::path(data) / "transcripts" / "features"));
  CHECK(kept.filename().string().size() == std::string("20261123T093000Z-0123abcd.json").size());
  CHECK(*read_file_text(r.transcript_path) == text);
  CHECK((fs::status(data).permissions() & fs::perms::group_all) == fs::perms::none);

  auto rows = History::open(history_file(data)).attempts();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].id == r.attempt_id);
  CHECK(rows[0].transcript_path == r.transcript_path);
  CHECK(rows[0].transcript_sha256 == sha256_hex(text));

  RecordResult second = record_attempt(data, test::transcript_text(test::play(test::failing_replies())), "");
  CHECK(second.recorded);
  CHECK(second.transcript_path != r.transcript_path);
  CHECK(History::open(history_file(data)).attempts().size() == 2);
}

TEST_CASE("when the history cannot be written, the transcript is kept in the data folder and imports later") {
  std::string data = test::temp_dir();
  fs::create_directory(history_file(data));  // a folder where the database should be: opening fails even as root
  std::string text = test::transcript_text(test::play(test::best_replies()));
  RecordResult r = record_attempt(data, text, test::temp_dir());
  CHECK_FALSE(r.recorded);
  CHECK(r.error.find(history_file(data)) != std::string::npos);
  REQUIRE_FALSE(r.transcript_path.empty());
  CHECK(*read_file_text(r.transcript_path) == text);

  fs::remove(history_file(data));
  RecordResult imported = import_attempt(data, r.transcript_path);
  REQUIRE_MESSAGE(imported.recorded, imported.error);
  CHECK_FALSE(imported.already_recorded);
  CHECK(imported.transcript_path == r.transcript_path);  // already inside the data folder: not copied
  CHECK(test::files_under(fs::path(data) / "transcripts").size() == 1);
  RecordResult again = import_attempt(data, r.transcript_path);
  CHECK(again.already_recorded);
  CHECK(again.attempt_id == imported.attempt_id);
  CHECK(History::open(history_file(data)).attempts().size() == 1);
}

TEST_CASE("when the data folder takes nothing, the transcript goes to the fallback folder") {
  std::string base = test::temp_dir();
  std::ofstream(base + "/not-a-folder") << "x";
  std::string fallback = test::temp_dir();
  std::string text = test::transcript_text(test::play(test::best_replies()));
  RecordResult r = record_attempt(base + "/not-a-folder/data", text, fallback);
  CHECK_FALSE(r.recorded);
  CHECK(r.error.find("cannot keep the transcript") != std::string::npos);
  REQUIRE_FALSE(r.transcript_path.empty());
  CHECK(fs::path(r.transcript_path).parent_path() == fs::path(fallback));
  CHECK(fs::path(r.transcript_path).filename().string().rfind("hallsim-features-", 0) == 0);
  CHECK(*read_file_text(r.transcript_path) == text);

  std::string data = test::temp_dir() + "/data";
  RecordResult imported = import_attempt(data, r.transcript_path);
  REQUIRE_MESSAGE(imported.recorded, imported.error);
  // The history owns a copy: the row does not depend on the fallback file staying where it is.
  CHECK(fs::path(imported.transcript_path).parent_path() == fs::absolute(fs::path(data) / "transcripts" / "features"));
  CHECK(*read_file_text(imported.transcript_path) == text);
  fs::remove(r.transcript_path);
  CHECK(fs::exists(History::open(history_file(data)).attempts().at(0).transcript_path));
}

TEST_CASE("an unfinished or broken transcript is not recorded") {
  std::string data = test::temp_dir();
  RecordResult r = record_attempt(data, test::transcript_text(test::play(test::unfinished_replies())), data);
  CHECK_FALSE(r.recorded);
  CHECK(r.error.find("did not reach an ending") != std::string::npos);
  CHECK_FALSE(fs::exists(history_file(data)));

  std::ofstream(data + "/broken.json") << "{not json";
  RecordResult broken = import_attempt(data, data + "/broken.json");
  CHECK_FALSE(broken.recorded);
  CHECK(broken.error.find("broken.json") != std::string::npos);
  CHECK(import_attempt(data, data + "/missing.json").error.find("cannot read") != std::string::npos);
}
