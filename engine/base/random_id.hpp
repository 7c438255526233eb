// Identifiers nobody else will pick: from the kernel's random source.
#pragma once

#include <string>

namespace hallsim {

// `bytes` random bytes as lower-case hex.
std::string random_hex(size_t bytes);

// A random (version 4) UUID: "0b7f4a2e-93c1-4d3e-8a55-2f1c0e9d7b64".
std::string uuid_v4();

}  // namespace hallsim
