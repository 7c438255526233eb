// Any UTF-8 (or not) reply -> the matcher, against every shipped rubric.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/loader.hpp"
#include "score/rubric.hpp"

namespace {
const std::vector<hallsim::RubricFile>& shipped() {
  static const std::vector<hallsim::RubricFile> files = [] {
    std::vector<hallsim::Diagnostic> ds;
    return hallsim::load_rubric_dir(HALLSIM_SOURCE_DIR "/scenarios/rubrics", ds);
  }();
  return files;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string reply(reinterpret_cast<const char*>(data), size);
  for (const auto& file : shipped())
    for (const auto& rubric : file.rubrics) hallsim::match_cues(rubric.cues, reply);
  return 0;
}
