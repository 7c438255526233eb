#include "transcript/played_scenario.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "base/file_text.hpp"
#include "base/hash.hpp"
#include "load/loader.hpp"

namespace hallsim {

namespace fs = std::filesystem;

namespace {

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

}  // namespace

PlayedScenarioFile find_played_scenario(const Transcript& transcript, const std::vector<std::string>& folders,
                                        bool exact_only) {
  std::vector<std::string> files;
  for (const auto& folder : folders)
    for (auto& f : scenario_files_in(folder, transcript.scenario.id)) files.push_back(std::move(f));
  // Hashing is cheap and exact; loading (for the id) only when no file is the very version.
  if (auto found = file_with_hash(files, transcript.scenario.hash)) return {PlayedScenarioFile::Match::exact, *found};
  if (exact_only) return {};
  if (auto found = file_with_id(files, transcript.scenario.id)) return {PlayedScenarioFile::Match::same_id, *found};
  return {};
}

std::vector<std::string> played_scenario_folders(const std::string& transcript_path, const std::string& library) {
  fs::path beside = fs::path(transcript_path).parent_path();
  std::vector<std::string> folders = {beside.empty() ? std::string(".") : beside.string()};
  if (!library.empty()) folders.push_back(library);
  return folders;
}

}  // namespace hallsim
