// Fonts: a CJK face found with fontconfig, with glyphs for the text actually shown (the UI's
// words, the loaded scenarios, the common Chinese characters a trainee may type).
#pragma once

#include <optional>
#include <string>
#include <vector>

struct ImFont;
struct ImGuiIO;

namespace hallsim::app {

struct FontFile {
  std::string path;
  int index = 0;  // face inside a .ttc collection
};

// The system's preferred Simplified Chinese face, if any.
std::optional<FontFile> find_cjk_font();

struct Fonts {
  ImFont* body = nullptr;
  ImFont* large = nullptr;  // the citizen's line, headings
  bool cjk = false;         // false: no CJK font found, Chinese shows as boxes
};

// Rebuilds the atlas for `texts` at `scale` (UI scale times the monitor's content scale).
Fonts build_fonts(ImGuiIO& io, const std::vector<std::string>& texts, float scale);

}  // namespace hallsim::app
