// A scenario's own portrait pictures (citizen.portrait / portrait_images) as textures: decoded from
// PNG with Debian's stb_image the first time a mood band is shown, handed to the window's backend
// to upload, and released when another scenario is shown. Without a backend (the panel tests) or
// when a file will not decode, there is no texture and the drawn face is used.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <imgui.h>

#include "face.hpp"
#include "model/scenario.hpp"

namespace hallsim::app {

struct PortraitTexture {
  ImTextureID id = nullptr;
  int width = 0, height = 0;
};

class PortraitImages {
 public:
  // RGBA pixels, 4 bytes each, rows top to bottom.
  using Upload = std::function<ImTextureID(const unsigned char* rgba, int width, int height)>;
  using Release = std::function<void(ImTextureID)>;

  void set_backend(Upload upload, Release release);
  // The picture for the citizen in this mood: the band's own image, else the calm one, else none.
  PortraitTexture for_mood(const Scenario& scenario, const Mood& mood);
  // Gives every texture back to the backend (before its window closes).
  void clear();
  // Files that were named but would not decode, with why, for whoever wants to say so.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  PortraitTexture load(const Scenario& scenario, const std::string& relative);

  Upload upload_;
  Release release_;
  std::string scenario_path_;
  std::map<std::string, PortraitTexture> loaded_;  // by the path as written; a failure is kept as no id
  std::vector<std::string> problems_;
};

// Halves an RGBA image until both sides are at most `limit` (box filter): a projector never needs
// more, and a 4096-pixel photo would cost 64 MB of video memory.
std::vector<unsigned char> shrink_rgba(std::vector<unsigned char> rgba, int& width, int& height, int limit);

}  // namespace hallsim::app
