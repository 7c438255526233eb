#include "transcript_scenario.hpp"

#include <fmt/format.h>

#include "common.hpp"
#include "transcript/played_scenario.hpp"

namespace hallsim::cli {

namespace {

void warn_if_changed(const char* command, const std::string& path, const Scenario& s, const Transcript& t) {
  if (s.id != t.scenario.id)
    fmt::print(stderr, "hallsim {}: warning: {} is scenario '{}', but the attempt was played on '{}'\n", command, path,
               s.id, t.scenario.id);
  else if (!t.scenario.hash.empty() && s.content_hash != t.scenario.hash)
    fmt::print(stderr,
               "hallsim {}: warning: {} has changed since the attempt was played (content hash differs); the "
               "replies are re-scored against it as it is now\n",
               command, path);
}

}  // namespace

LoadResult scenario_for_transcript(const char* command, const std::string& transcript_path, const Transcript& transcript,
                                   const std::string& explicit_path, int& exit, bool exact_only) {
  std::string path = explicit_path;
  if (path.empty()) {
    PlayedScenarioFile found = find_played_scenario(
        transcript, played_scenario_folders(transcript_path, shipped_library().value_or("")), exact_only);
    if (found.match == PlayedScenarioFile::Match::none) {
      fmt::print(stderr, "hallsim {}: cannot find scenario '{}'{} beside {} or in the shipped library; give it with --scenario FILE\n",
                 command, transcript.scenario.id, exact_only ? " as it was played" : "", transcript_path);
      exit = kUsage;
      return {};
    }
    path = found.path;
  }
  LoadResult loaded = load_for_command(path, exit);
  if (loaded.ok()) warn_if_changed(command, path, *loaded.scenario, transcript);
  return loaded;
}

}  // namespace hallsim::cli
