// Writes that are never half done: a temporary file beside the target, flushed to disk, then
// renamed over it. After a crash either the old file or the new one exists, whole.
#pragma once

#include <string>
#include <string_view>

namespace hallsim {

// Returns "" on success, else a message saying what failed (disk full, permission, ...).
std::string write_file_atomically(const std::string& path, std::string_view contents);

}  // namespace hallsim
