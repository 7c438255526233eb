// Bytes -> the test-plan reader: a plan or located diagnostics.
#include <cstddef>
#include <cstdint>
#include <string>

#include "testplan/testplan.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  hallsim::DiagnosticSink sink("fuzz.test.yaml");
  hallsim::load_test_plan_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.test.yaml", sink);
  for (const auto& d : sink.items())
    if (d.line < 1 || d.column < 1) __builtin_trap();
  return 0;
}
