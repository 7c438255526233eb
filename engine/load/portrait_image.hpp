// A portrait image a scenario names (citizen.portrait or citizen.portrait_images): found only
// inside the scenario's own folder, and checked to be a PNG of a sensible size before anything
// tries to show it. The loader turns a problem into a diagnostic; the app uses the same check
// before it reads the file.
#pragma once

#include <string>

namespace hallsim::load {

constexpr int kMaxPortraitSide = 4096;  // pixels; a larger image is refused, not decoded

struct PortraitImageCheck {
  enum class Verdict { ok, outside, missing, not_png, too_large };
  Verdict verdict = Verdict::missing;
  std::string full_path;  // the file, when it is inside the scenario's folder
  std::string problem;    // for a diagnostic: what is wrong and what to do
  bool ok() const { return verdict == Verdict::ok; }
};

// `relative` is the path as written in the scenario at `scenario_path`.
PortraitImageCheck check_portrait_image(const std::string& scenario_path, const std::string& relative);

// A path as written looks like an image file rather than a preset name.
bool looks_like_image_path(const std::string& value);

}  // namespace hallsim::load
