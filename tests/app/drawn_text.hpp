// What an ImGui context actually drew in its last frame, read back from the draw data: every
// glyph is a textured quad whose corners carry the glyph's atlas coordinates, so the quads give
// back the characters in the order they were drawn (spaces draw nothing: of_last_frame leaves
// them out, lines_of_last_frame puts them back from the gaps). A test can then ask whether a text
// reached a window's pixels, whatever widget drew it.
#pragma once

#include <cmath>
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
        if (g.Visible) glyphs_[{g.U0, g.V0}] = {g.U1, g.V1, g.Codepoint, g.X0, g.Y0, g.Y1 - g.Y0, g.AdvanceX, font->FontSize};
  }

  // The characters of the current context's last rendered frame, window by window in draw order,
  // without white space.
  std::string of_last_frame() const { return read_last_frame(false); }

  // The same as lines: a gap between glyphs becomes a space and a step down a line break, so
  // words stay apart (for looking for whole words and keys).
  std::string lines_of_last_frame() const { return read_last_frame(true); }

  // `needle` without its white space, as of_last_frame() would hold it.
  static std::string squeezed(const std::string& needle) {
    std::string s;
    for (char c : needle)
      if (c != ' ' && c != '\t' && c != '\n') s += c;
    return s;
  }

 private:
  struct Glyph {
    float u1, v1;  // the quad's opposite texture corner
    unsigned int codepoint;
    float x0, y0, height, advance, font_size;  // in the font's own size, for finding spaces and lines
  };

  // Glyphs clipped at a window's edge have other texture corners and are left out. With
  // `spaced`, a glyph that starts over a tenth of an em past where the pen stood after the one
  // before follows a space; one on another line (its line's top elsewhere), a line break.
  std::string read_last_frame(bool spaced) const {
    std::string text;
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data) return text;
    for (int l = 0; l < data->CmdListsCount; ++l) {
      const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
      float pen = -1e9f, top = -1e9f;
      for (int i = 0; i + 3 < v.Size; ++i) {
        auto found = glyphs_.find({v[i].uv.x, v[i].uv.y});
        if (found == glyphs_.end() || v[i + 2].uv.x != found->second.u1 || v[i + 2].uv.y != found->second.v1) continue;
        const Glyph& g = found->second;
        float scale = g.height > 0 ? (v[i + 2].pos.y - v[i].pos.y) / g.height : 1.0f;
        float em = g.font_size * scale, start = v[i].pos.x - g.x0 * scale, line_top = v[i].pos.y - g.y0 * scale;
        if (spaced && std::abs(line_top - top) > em * 0.5f) text += '\n';
        else if (spaced && start > pen + em * 0.12f) text += ' ';
        append_utf8(text, g.codepoint);
        pen = start + g.advance * scale;
        top = line_top;
        i += 3;  // the rest of this glyph's quad
      }
      text += '\n';
    }
    return text;
  }

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

  std::map<std::pair<float, float>, Glyph> glyphs_;  // by the quad's first texture corner
};

}  // namespace hallsim::test
