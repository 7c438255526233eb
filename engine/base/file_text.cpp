#include "base/file_text.hpp"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace hallsim {

std::optional<std::string> read_file_text(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return std::nullopt;
  // Read straight into the string, without a stringstream's second copy of the file.
  std::string out;
  char chunk[65536];
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size < (size_t{1} << 32)) out.reserve(static_cast<size_t>(size));
  while (f.read(chunk, sizeof chunk) || f.gcount() > 0) out.append(chunk, static_cast<size_t>(f.gcount()));
  if (f.bad()) return std::nullopt;
  return out;
}

}  // namespace hallsim
