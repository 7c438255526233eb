#include "base/random_id.hpp"

#include <array>
#include <cerrno>
#include <cstdint>
#include <stdexcept>
#include <system_error>
#include <vector>

#include <sys/random.h>

#include <fmt/format.h>

namespace hallsim {

namespace {

void fill_random(std::uint8_t* out, size_t n) {
  while (n > 0) {
    ssize_t got = ::getrandom(out, n, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw std::system_error(errno, std::generic_category(), "no random numbers from the system");
    }
    out += got;
    n -= static_cast<size_t>(got);
  }
}

std::string hex(const std::uint8_t* p, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += fmt::format("{:02x}", p[i]);
  return out;
}

}  // namespace

std::string random_hex(size_t bytes) {
  std::vector<std::uint8_t> buf(bytes);
  fill_random(buf.data(), buf.size());
  return hex(buf.data(), buf.size());
}

std::string uuid_v4() {
  std::array<std::uint8_t, 16> b{};
  fill_random(b.data(), b.size());
  b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);  // version 4
  b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);  // RFC 4122 variant
  return hex(b.data(), 4) + "-" + hex(&b[4], 2) + "-" + hex(&b[6], 2) + "-" + hex(&b[8], 2) + "-" + hex(&b[10], 6);
}

}  // namespace hallsim
