// Bytes -> a transcript read and replayed against its scenario: a session or a TranscriptError.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "load/loader.hpp"
#include "transcript/transcript.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const hallsim::LoadResult loaded = hallsim::load_scenario_file(HALLSIM_SOURCE_DIR "/tests/data/features.yaml");
  static const auto scenario = loaded.scenario;
  if (!scenario) __builtin_trap();
  auto json = nlohmann::json::parse(data, data + size, nullptr, false);
  if (json.is_discarded()) return 0;
  try {
    hallsim::replay_transcript(scenario, loaded.bounds(), hallsim::read_transcript(json));
  } catch (const hallsim::TranscriptError&) {  // the one answer to damage: anything else escapes
  }
  return 0;
}
