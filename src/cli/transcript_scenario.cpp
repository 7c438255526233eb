#include "transcript_scenario.hpp"

#include <fmt/format.h>

#include "common.hpp"
#include "transcript/played_scenario.hpp"

namespace hallsim::cli {

namespace {

void warn_if_changed(const char* command, const std::string& language, const std::string& path, const Scenario& s,
                     const Transcript& t) {
  if (s.id != t.scenario.id)
    tell(command, language, fmt::format("warning: {} is scenario '{}', but the attempt was played on '{}'", path, s.id, t.scenario.id));
  else if (!t.scenario.hash.empty() && s.content_hash != t.scenario.hash)
    tell(command, language,
         fmt::format("warning: {} has changed since the attempt was played (content hash differs); the replies are "
                     "re-scored against it as it is now",
                     path));
}

}  // namespace

LoadResult scenario_for_transcript(const char* command, const std::string& language, const std::string& transcript_path,
                                   const Transcript& transcript, const std::string& explicit_path, int& exit, bool exact_only) {
  std::string path = explicit_path;
  if (path.empty()) {
    PlayedScenarioFile found = find_played_scenario(
        transcript, played_scenario_folders(transcript_path, shipped_library().value_or("")), exact_only);
    if (found.match == PlayedScenarioFile::Match::none) {
      tell(command, language,
           fmt::format("cannot find scenario '{}'{} beside {} or in the shipped library; give it with --scenario FILE",
                       transcript.scenario.id, exact_only ? " as it was played" : "", transcript_path));
      exit = kUsage;
      return {};
    }
    path = found.path;
  }
  LoadResult loaded = load_for_command(path, exit, false, {}, language);
  if (loaded.ok()) warn_if_changed(command, language, path, *loaded.scenario, transcript);
  return loaded;
}

}  // namespace hallsim::cli
