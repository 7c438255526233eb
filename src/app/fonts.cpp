#include "fonts.hpp"

#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_freetype.h>

#include "model/words.hpp"

namespace hallsim::app {

std::optional<FontFile> find_cjk_font() {
  if (!FcInit()) return std::nullopt;
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(":lang=zh-cn:style=Regular"));
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  std::optional<FontFile> found;
  FcChar8* file = nullptr;
  int index = 0;
  FcLangSet* langs = nullptr;
  if (match && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch &&
      FcPatternGetLangSet(match, FC_LANG, 0, &langs) == FcResultMatch &&
      FcLangSetHasLang(langs, reinterpret_cast<const FcChar8*>("zh-cn")) != FcLangDifferentLang) {
    FcPatternGetInteger(match, FC_INDEX, 0, &index);
    found = FontFile{reinterpret_cast<const char*>(file), index};
  }
  if (match) FcPatternDestroy(match);
  FcPatternDestroy(pattern);
  return found;
}

Fonts build_fonts(ImGuiIO& io, const std::vector<std::string>& texts, float scale) {
  // The large face shows only scenario text and headings; the body face also shows what a
  // trainee types, so it carries the common Simplified Chinese characters too.
  static ImVector<ImWchar> shown_ranges, typed_ranges;  // must outlive the atlas build
  ImFontGlyphRangesBuilder shown;
  shown.AddRanges(io.Fonts->GetGlyphRangesDefault());
  for (const auto& t : texts) shown.AddText(t.c_str(), t.c_str() + t.size());
  shown.AddText("✓×→←…·—●○▲▼「」“”‘’、，。！？：；（）【】《》");  // symbols the panels write themselves
  shown_ranges.clear();
  shown.BuildRanges(&shown_ranges);
  ImFontGlyphRangesBuilder typed = shown;
  typed.AddRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
  typed_ranges.clear();
  typed.BuildRanges(&typed_ranges);

  io.Fonts->Clear();
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  Fonts fonts;
  ImFontConfig config;
  config.OversampleH = 1;
  config.OversampleV = 1;
  auto face = find_cjk_font();
  auto add = [&](float pixels, const ImVector<ImWchar>& ranges) -> ImFont* {
    if (face) {
      ImFontConfig c = config;
      c.FontNo = face->index;
      if (ImFont* f = io.Fonts->AddFontFromFileTTF(face->path.c_str(), pixels * scale, &c, ranges.Data)) return f;
    }
    ImFontConfig c = config;
    c.SizePixels = pixels * scale;
    return io.Fonts->AddFontDefault(&c);
  };
  fonts.body = add(18.0f, typed_ranges);
  fonts.large = add(26.0f, shown_ranges);
  fonts.cjk = face.has_value();
  io.Fonts->Build();
  return fonts;
}

}  // namespace hallsim::app
