// Quoting a path for a POSIX shell command line: the app opens reports with xdg-open, and the
// command line prints commands a person can paste.
#pragma once

#include <string>
#include <string_view>

namespace hallsim {

// 'it'\''s here' — single quotes, each ' inside written as '\''.
std::string shell_quoted(std::string_view text);

}  // namespace hallsim
