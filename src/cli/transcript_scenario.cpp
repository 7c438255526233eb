#include "transcript_scenario.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/file_text.hpp"
#include "common.hpp"
#include "load/loader.hpp"
#include "base/hash.hpp"
#include "yaml/document.hpp"

namespace hallsim::cli {

namespace fs = std::filesystem;

namespace {

struct Recorded {
  std::string id, hash;
};

std::optional<Recorded> recorded_scenario(const nlohmann::json& transcript) {
  if (!transcript.is_object()) return std::nullopt;
  auto it = transcript.find("scenario");
  if (it == transcript.end() || !it->is_object()) return std::nullopt;
  Recorded r;
  if (auto id = it->find("id"); id != it->end() && id->is_string()) r.id = id->get<std::string>();
  if (auto hash = it->find("hash"); hash != it->end() && hash->is_string()) r.hash = hash->get<std::string>();
  if (r.id.empty()) return std::nullopt;
  return r;
}

// Scenario files directly in `folder` (test plans left out), `<id>.yaml` first.
std::vector<std::string> scenario_files_in(const fs::path& folder, const std::string& id) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string path = it->path().string();
    if (it->is_regular_file(ec) && it->path().extension() == ".yaml" && !is_test_plan_path(path)) files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  std::stable_partition(files.begin(), files.end(),
                        [&](const std::string& p) { return fs::path(p).filename() == id + ".yaml"; });
  return files;
}

std::vector<std::string> candidate_files(const std::string& transcript_path, const std::string& id) {
  fs::path beside = fs::path(transcript_path).parent_path();
  std::vector<fs::path> folders = {beside.empty() ? fs::path(".") : beside};
  if (auto library = shipped_library()) folders.emplace_back(*library);
  std::vector<std::string> files;
  for (const auto& folder : folders)
    for (auto& f : scenario_files_in(folder, id)) files.push_back(std::move(f));
  return files;
}

std::optional<std::string> file_with_hash(const std::vector<std::string>& files, const std::string& hash) {
  if (hash.empty()) return std::nullopt;
  for (const auto& f : files)
    if (auto bytes = read_file_text(f); bytes && sha256_hex(*bytes) == hash) return f;
  return std::nullopt;
}

std::optional<std::string> file_with_id(const std::vector<std::string>& files, const std::string& id) {
  LoadOptions quick;
  quick.analyze = false;  // only the id is needed here
  for (const auto& f : files) {
    LoadResult r = load_scenario_file(f, quick);
    if (r.scenario && r.scenario->id == id) return f;
  }
  return std::nullopt;
}

void warn_if_changed(const std::string& path, const Scenario& s, const Recorded& recorded) {
  if (s.id != recorded.id)
    fmt::print(stderr, "hallsim report: warning: {} is scenario '{}', but the attempt was played on '{}'\n", path,
               s.id, recorded.id);
  else if (!recorded.hash.empty() && s.content_hash != recorded.hash)
    fmt::print(stderr,
               "hallsim report: warning: {} has changed since the attempt was played (content hash differs); the "
               "replies are re-scored against it as it is now\n",
               path);
}

}  // namespace

LoadResult scenario_for_transcript(const std::string& transcript_path, const nlohmann::json& transcript,
                                   const std::string& explicit_path, int& exit) {
  std::optional<Recorded> recorded = recorded_scenario(transcript);
  if (!recorded) {
    fmt::print(stderr, "hallsim report: {}: the transcript names no scenario id\n", transcript_path);
    exit = kUsage;
    return {};
  }
  std::string path = explicit_path;
  if (path.empty()) {
    std::vector<std::string> files = candidate_files(transcript_path, recorded->id);
    std::optional<std::string> found = file_with_hash(files, recorded->hash);
    if (!found) found = file_with_id(files, recorded->id);
    if (!found) {
      fmt::print(stderr,
                 "hallsim report: cannot find scenario '{}' beside {} or in the shipped library; give it with "
                 "--scenario FILE\n",
                 recorded->id, transcript_path);
      exit = kUsage;
      return {};
    }
    path = *found;
  }
  LoadResult loaded = load_for_command(path, exit);
  if (loaded.ok()) warn_if_changed(path, *loaded.scenario, *recorded);
  return loaded;
}

}  // namespace hallsim::cli
