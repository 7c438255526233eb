// What an ImGui context actually drew in its last frame, read back from the draw data: every
// glyph is a textured quad whose corners carry the glyph's atlas coordinates, so the quads give
// back the characters in the order they were drawn (spaces draw nothing and are left out). A
// test can then ask whether a text reached a window's pixels, whatever widget drew it.
#pragma once

#include <map>
#include <string>
#include <utility>

#include <imgui.h>

namespace hallsim::test {

class DrawnText {
 public:
  // Learns the glyphs of every font in `atlas` (after it was built).
  explicit DrawnText(const ImFontAtlas& atlas) {
    for (const ImFont* font : atlas.Fonts)
      for (const ImFontGlyph& g : font->Glyphs)
        if (g.Visible) glyphs_[{g.U0, g.V0}] = {{g.U1, g.V1}, g.Codepoint};
  }

  // The characters of the current context's last rendered frame, window by window in draw order,
  // without white space.
  std::string of_last_frame() const {
    std::string text;
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data) return text;
    for (int l = 0; l < data->CmdListsCount; ++l) {
      const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
      for (int i = 0; i + 3 < v.Size; ++i) {
        auto g = glyphs_.find({v[i].uv.x, v[i].uv.y});
        if (g == glyphs_.end() || v[i + 2].uv.x != g->second.first.first || v[i + 2].uv.y != g->second.first.second) continue;
        append_utf8(text, g->second.second);
        i += 3;  // the rest of this glyph's quad
      }
      text += '\n';
    }
    return text;
  }

  // `needle` without its white space, as of_last_frame() would hold it.
  static std::string squeezed(const std::string& needle) {
    std::string s;
    for (char c : needle)
      if (c != ' ' && c != '\t' && c != '\n') s += c;
    return s;
  }

 private:
  static void append_utf8(std::string& out, unsigned int c) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }

  std::map<std::pair<float, float>, std::pair<std::pair<float, float>, unsigned int>> glyphs_;
};

}  // namespace hallsim::test
