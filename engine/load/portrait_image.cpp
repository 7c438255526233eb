#include "load/portrait_image.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

namespace hallsim::load {

namespace fs = std::filesystem;

namespace {

// Names an absolute place or climbs out of its folder, as written (before any file is touched).
// Both separators count, so a path written on Windows is judged the same way.
bool escapes(const std::string& relative) {
  if (relative.empty() || relative[0] == '/' || relative[0] == '\\') return true;
  if (relative.size() > 1 && relative[1] == ':') return true;  // C:\..., as a Windows user might write
  size_t start = 0;
  while (start <= relative.size()) {
    size_t end = relative.find_first_of("/\\", start);
    if (end == std::string::npos) end = relative.size();
    if (relative.compare(start, end - start, "..") == 0) return true;
    start = end + 1;
  }
  return false;
}

bool inside(const fs::path& folder, const fs::path& file) {
  auto f = folder.begin(), p = file.begin();
  for (; f != folder.end(); ++f, ++p)
    if (p == file.end() || *f != *p) return false;
  return true;
}

std::uint32_t big_endian(const unsigned char* b) {
  return (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) | std::uint32_t{b[3]};
}

}  // namespace

bool looks_like_image_path(const std::string& value) {
  return value.find('/') != std::string::npos || value.find('\\') != std::string::npos || value.find('.') != std::string::npos;
}

PortraitImageCheck check_portrait_image(const std::string& scenario_path, const std::string& relative) {
  using Verdict = PortraitImageCheck::Verdict;
  PortraitImageCheck c;
  if (escapes(relative)) {
    c.verdict = Verdict::outside;
    c.problem = fmt::format("portrait image '{}' must be inside the scenario's folder: copy it beside the scenario and "
                            "write a relative path without '..', such as faces/li.png",
                            relative);
    return c;
  }
  std::error_code ec;
  fs::path folder = fs::weakly_canonical(fs::absolute(fs::path(scenario_path), ec).parent_path(), ec);
  fs::path file = fs::weakly_canonical(folder / relative, ec);
  if (ec || !inside(folder, file)) {  // a symbolic link that leads out of the folder
    c.verdict = Verdict::outside;
    c.problem = fmt::format("portrait image '{}' leads outside the scenario's folder; copy the image into the folder", relative);
    return c;
  }
  c.full_path = file.string();
  std::ifstream in(file, std::ios::binary);
  if (!fs::is_regular_file(file, ec) || !in) {
    c.verdict = Verdict::missing;
    c.problem = fmt::format("portrait image '{}' does not exist (looked for {}); the drawn face is shown instead. "
                            "Correct the path, or use a preset: calm, angry, elderly, vip, anxious, young",
                            relative, c.full_path);
    return c;
  }
  // The signature and the IHDR chunk: width and height sit at bytes 16..23.
  std::array<unsigned char, 24> head{};
  in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
  static const std::array<unsigned char, 8> kSignature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  bool png = in.gcount() == static_cast<std::streamsize>(head.size()) &&
             std::equal(kSignature.begin(), kSignature.end(), head.begin()) && head[12] == 'I' && head[13] == 'H' &&
             head[14] == 'D' && head[15] == 'R';
  if (!png) {
    c.verdict = Verdict::not_png;
    c.problem = fmt::format("portrait image '{}' is not a PNG file; the drawn face is shown instead. Save it as PNG", relative);
    return c;
  }
  std::uint32_t width = big_endian(&head[16]), height = big_endian(&head[20]);
  if (width == 0 || height == 0 || width > kMaxPortraitSide || height > kMaxPortraitSide) {
    c.verdict = Verdict::too_large;
    c.problem = fmt::format("portrait image '{}' is {}x{} pixels; the drawn face is shown instead. Scale it to at most "
                            "{}x{} (about 512x512 is plenty)",
                            relative, width, height, kMaxPortraitSide, kMaxPortraitSide);
    return c;
  }
  c.verdict = Verdict::ok;
  return c;
}

}  // namespace hallsim::load
