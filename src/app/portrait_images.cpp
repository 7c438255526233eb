#include "portrait_images.hpp"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>

#include <stb_image.h>  // the decoder itself is in Debian's libstb

#include "load/portrait_image.hpp"

namespace hallsim::app {

namespace {
constexpr int kLargestSide = 1024;
}

void PortraitImages::set_backend(Upload upload, Release release) {
  clear();
  upload_ = std::move(upload);
  release_ = std::move(release);
}

void PortraitImages::clear() {
  if (release_)
    for (auto& [path, texture] : loaded_)
      if (texture.id) release_(texture.id);
  loaded_.clear();
}

PortraitTexture PortraitImages::for_mood(const Scenario& scenario, const Mood& mood) {
  const auto& images = scenario.citizen.portrait_images;
  if (images.empty() || !upload_) return {};
  if (scenario.path != scenario_path_) {
    clear();
    scenario_path_ = scenario.path;
  }
  auto band = images.find(std::string(mood_band(mood)));
  if (band == images.end()) band = images.find("calm");
  if (band == images.end()) return {};
  auto known = loaded_.find(band->second);
  if (known != loaded_.end()) return known->second;
  return loaded_[band->second] = load(scenario, band->second);
}

PortraitTexture PortraitImages::load(const Scenario& scenario, const std::string& relative) {
  // Checked again at the moment of reading: the file may have changed since the scenario loaded.
  load::PortraitImageCheck check = load::check_portrait_image(scenario.path, relative);
  std::string problem = check.problem;
  PortraitTexture texture;
  if (check.ok()) {
    int width = 0, height = 0, channels = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> pixels(stbi_load(check.full_path.c_str(), &width, &height, &channels, 4),
                                                            stbi_image_free);
    if (pixels && width > 0 && height > 0) {
      std::vector<unsigned char> rgba(pixels.get(), pixels.get() + static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
      rgba = shrink_rgba(std::move(rgba), width, height, kLargestSide);
      texture = PortraitTexture{upload_(rgba.data(), width, height), width, height};
    } else {
      problem = "portrait image '" + relative +
                "' could not be read as a picture (the file is damaged or cut short); the drawn face is shown "
                "instead. Save it again as PNG";
    }
  }
  if (!texture.id && !problem.empty()) {
    problems_.push_back(problem);
    (void)std::fprintf(stderr, "hallsim: %s\n", problem.c_str());
  }
  return texture;
}

std::vector<unsigned char> shrink_rgba(std::vector<unsigned char> rgba, int& width, int& height, int limit) {
  while (width > limit || height > limit) {
    int w = std::max(1, width / 2), h = std::max(1, height / 2);
    std::vector<unsigned char> half(static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x)
        for (int c = 0; c < 4; ++c) {
          int sum = 0, count = 0;
          for (int dy = 0; dy < 2; ++dy)
            for (int dx = 0; dx < 2; ++dx) {
              int sx = std::min(width - 1, 2 * x + dx), sy = std::min(height - 1, 2 * y + dy);
              sum += rgba[(static_cast<size_t>(sy) * static_cast<size_t>(width) + static_cast<size_t>(sx)) * 4 + static_cast<size_t>(c)];
              ++count;
            }
          half[(static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)) * 4 + static_cast<size_t>(c)] =
              static_cast<unsigned char>(sum / count);
        }
    rgba = std::move(half);
    width = w;
    height = h;
  }
  return rgba;
}

}  // namespace hallsim::app
