// Data files compiled into the engine as text at build time (engine/CMakeLists.txt generates the
// definitions), so the headless CLI and an installed app never look for them at run time.
#pragma once

#include <string_view>

namespace hallsim::embedded {

extern const std::string_view kWordsTsv;        // engine/model/words.tsv
extern const std::string_view kDiagnosticsTsv;  // engine/model/diagnostics.tsv

}  // namespace hallsim::embedded
