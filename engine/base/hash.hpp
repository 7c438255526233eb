#pragma once

#include <string>
#include <string_view>

namespace hallsim {

// SHA-256 of the bytes, as 64 lower-case hex digits: identifies a scenario's exact content.
std::string sha256_hex(std::string_view bytes);

}  // namespace hallsim
