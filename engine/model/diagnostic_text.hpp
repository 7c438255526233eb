// A diagnostic in the reader's language. The code writes every message in English (the reference
// output, kept byte for byte); engine/model/diagnostics.tsv gives each English template its zh-CN
// text, and a message is translated by matching it against the templates of its code.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"

namespace hallsim {

struct LocalizedMessage {
  std::string text;
  bool translated = true;  // false: no template matched and the English is shown
};

LocalizedMessage diagnostic_message(const Diagnostic& d, std::string_view language);
// FILE:LINE:COL: error: MESSAGE [HS0001], or FILE:LINE:COL: 错误：MESSAGE [HS0001] in zh-CN.
std::string format_diagnostic(const Diagnostic& d, std::string_view language);
std::string_view severity_name(Severity s, std::string_view language);
// A part of a message (a '*' line of diagnostics.tsv) in `language`; the English when unknown.
std::string translate_message(std::string_view english, std::string_view language);
// Lines of diagnostics.tsv that are not CODE<TAB>zh-CN<TAB>en, and zh-CN texts whose {}
// count differs from the English.
std::vector<std::string> diagnostic_table_problems();

}  // namespace hallsim
