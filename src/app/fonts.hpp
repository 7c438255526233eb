// Fonts: a CJK face found with fontconfig, with glyphs only for the text that can be shown (the
// UI's words, the loaded scenarios) plus the characters met since (typed, pasted, a status line)
// and, once the trainee types, the common Simplified Chinese characters; new ones join the atlas
// between two frames. The font file is mapped once and shared by both sizes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace hallsim::app {

struct FontFile {
  std::string path;
  int index = 0;  // face inside a .ttc collection
};

// The system's preferred Simplified Chinese face, if any (asked of fontconfig once).
std::optional<FontFile> find_cjk_font();

struct Fonts {
  ImFont* body = nullptr;
  ImFont* large = nullptr;  // the citizen's line, headings
  bool cjk = false;         // false: no CJK font found, Chinese shows as boxes
};

// Rebuilds the atlas for `texts` at `scale` (UI scale times the monitor's content scale), with
// every character noted by need_glyphs() so far. The caller uploads the texture, after which
// io.Fonts->ClearTexData() may free the pixels.
Fonts build_fonts(ImGuiIO& io, const std::vector<std::string>& texts, float scale);

// Notes the characters of `text` the atlas was not built with; they are added at the next
// build_fonts(). Cheap enough to call every frame on short texts.
void need_glyphs(std::string_view utf8);
void need_glyphs(const ImVector<ImWchar>& chars);  // e.g. io.InputQueueCharacters, before NewFrame()
// A text field has the keyboard (io.WantTextInput): the body face gets the common Simplified
// Chinese characters at the next build, once, so that typing seldom waits for a rebuild.
void need_glyphs_for_typing();
// True when a character or the typing set was asked for since the last build: rebuild before
// the next frame.
bool glyphs_wanted();
// Notes whatever is pasted into any text field (wraps io.GetClipboardTextFn; call once, after
// the platform backend set it).
void need_glyphs_for_pasted_text(ImGuiIO& io);

}  // namespace hallsim::app
