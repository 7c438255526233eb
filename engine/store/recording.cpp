#include "store/recording.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "base/file_text.hpp"
#include "base/hash.hpp"
#include "base/atomic_file.hpp"
#include "store/history.hpp"
#include "base/random_id.hpp"
#include "base/clock.hpp"

namespace hallsim {

namespace fs = std::filesystem;

namespace {

// Scenario ids are already [a-z0-9-]; a transcript from elsewhere may carry anything.
std::string safe_name(const std::string& id) {
  std::string out;
  for (char c : id) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
  return out.empty() ? "unnamed" : out.substr(0, 100);
}

// "<finish time>-<random>": sorts by time, and two attempts in the same second do not collide.
std::string file_stem(const AttemptRow& row) {
  return compact_utc_stamp(parse_utc_time(row.finished_at).value_or(0)) + "-" + random_hex(4);
}

// Writes `text` to dir/name, creating dir. Returns "" or why it failed; sets `path` on success.
std::string keep(const fs::path& dir, const std::string& name, const std::string& text, std::string& path) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return fmt::format("cannot create {}: {}", dir.string(), ec.message());
  fs::path target = fs::absolute(dir / name, ec);
  if (ec) target = dir / name;
  std::string error = write_file_atomically(target.string(), text);
  if (error.empty()) path = target.string();
  return error;
}

// A new data folder holds personal results: readable by its owner only.
void create_data_dir(const std::string& data_dir) {
  std::error_code ec;
  if (fs::exists(data_dir, ec)) return;
  if (fs::create_directories(data_dir, ec)) fs::permissions(data_dir, fs::perms::owner_all, ec);
}

std::string kept_copy_path(const std::string& data_dir, const AttemptRow& row) {
  return (fs::path(transcripts_dir(data_dir)) / safe_name(row.scenario_id)).string();
}

void add_row(const std::string& data_dir, AttemptRow row, RecordResult& r) {
  row.transcript_path = r.transcript_path;
  try {
    History history = History::open(history_file(data_dir));
    AddResult added = history.add(row);
    r.recorded = true;
    r.already_recorded = added.already_recorded;
    r.attempt_id = added.id;
  } catch (const StoreError& e) {
    r.error = e.what();
  }
}

bool is_inside(const fs::path& file, const fs::path& dir) {
  std::error_code ec;
  fs::path f = fs::weakly_canonical(file, ec), d = fs::weakly_canonical(dir, ec);
  if (ec) return false;
  auto [end_d, at_f] = std::mismatch(d.begin(), d.end(), f.begin(), f.end());
  return end_d == d.end() && at_f != f.end();
}

}  // namespace

std::string kept_transcript_path(const std::string& data_dir, const std::string& scenario_id, const std::string& finished_at,
                                 bool unfinished) {
  AttemptRow row;
  row.scenario_id = scenario_id;
  row.finished_at = finished_at;
  return (fs::path(kept_copy_path(data_dir, row)) / (file_stem(row) + (unfinished ? "-unfinished.json" : ".json"))).string();
}

RecordResult record_attempt(const std::string& data_dir, const std::string& text, const std::string& fallback_dir) {
  RecordResult r;
  AttemptRow row;
  try {
    row = attempt_from_transcript(read_transcript_text(text));
  } catch (const std::exception& e) {
    r.error = e.what();
    return r;
  }
  row.transcript_sha256 = sha256_hex(text);
  std::string stem = file_stem(row);
  create_data_dir(data_dir);
  std::string error = keep(kept_copy_path(data_dir, row), stem + ".json", text, r.transcript_path);
  if (!error.empty()) {
    r.error = "cannot keep the transcript in the history folder: " + error;
    std::string name = "hallsim-" + safe_name(row.scenario_id) + "-" + stem + ".json";
    std::error_code ec;
    for (const fs::path& dir : {fs::path(fallback_dir), fs::temp_directory_path(ec)})
      if (!dir.empty() && keep(dir, name, text, r.transcript_path).empty()) break;
    return r;
  }
  add_row(data_dir, row, r);
  return r;
}

RecordResult import_attempt(const std::string& data_dir, const std::string& file) {
  RecordResult r;
  std::optional<std::string> read = read_file_text(file);
  if (!read) {
    r.error = fmt::format("cannot read {}", file);
    return r;
  }
  std::string text = std::move(*read);
  AttemptRow row;
  try {
    row = attempt_from_transcript(read_transcript_text(text));
  } catch (const std::exception& e) {
    r.error = fmt::format("{}: {}", file, e.what());
    return r;
  }
  row.transcript_sha256 = sha256_hex(text);
  std::error_code ec;
  r.transcript_path = fs::absolute(file, ec).string();
  try {
    create_data_dir(data_dir);
    History history = History::open(history_file(data_dir));
    if (auto id = history.find_by_transcript(row.transcript_sha256)) {
      r.recorded = r.already_recorded = true;
      r.attempt_id = *id;
      return r;
    }
  } catch (const StoreError& e) {
    r.error = e.what();
    return r;
  }
  // The history owns its transcripts: a file from elsewhere is copied in, so moving or
  // deleting the original later does not break the row.
  if (!is_inside(file, transcripts_dir(data_dir))) {
    std::string copy;
    std::string error = keep(kept_copy_path(data_dir, row), file_stem(row) + ".json", text, copy);
    if (!error.empty()) {
      r.error = error;
      return r;
    }
    r.transcript_path = copy;
  }
  add_row(data_dir, row, r);
  return r;
}

}  // namespace hallsim
