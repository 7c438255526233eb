// Bytes -> the scenario loader: diagnostics or a scenario, never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  hallsim::LoadOptions options;
  options.limits.max_bytes = 1 << 20;
  options.analysis.states = 20'000;  // keeps each input quick; the budget path is exercised too
  options.rubric_dirs = {HALLSIM_SOURCE_DIR "/scenarios/rubrics"};
  auto result = hallsim::load_scenario_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml", options);
  for (const auto& d : result.diagnostics)
    if (d.line < 1 || d.column < 1) __builtin_trap();  // every diagnostic must point somewhere
  return 0;
}
