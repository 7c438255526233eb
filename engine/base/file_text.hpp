// Reading a whole file into memory: the one way the engine and its faces do it.
#pragma once

#include <optional>
#include <string>

namespace hallsim {

// The file's bytes; nullopt when it cannot be opened or read.
std::optional<std::string> read_file_text(const std::string& path);

}  // namespace hallsim
