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
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
  // Common Simplified Chinese, so what a trainee types shows too, not only the scenario's words.
  builder.AddRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
  for (const auto& t : texts) builder.AddText(t.c_str(), t.c_str() + t.size());
  builder.AddText("✓✗→←…·█░●○▲▼⏱「」“”‘’、，。！？：；（）【】《》");
  static ImVector<ImWchar> ranges;  // must outlive the atlas build
  ranges.clear();
  builder.BuildRanges(&ranges);

  io.Fonts->Clear();
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  Fonts fonts;
  ImFontConfig config;
  config.OversampleH = 1;
  config.OversampleV = 1;
  auto face = find_cjk_font();
  auto add = [&](float pixels) -> ImFont* {
    if (face) {
      ImFontConfig c = config;
      c.FontNo = face->index;
      if (ImFont* f = io.Fonts->AddFontFromFileTTF(face->path.c_str(), pixels * scale, &c, ranges.Data)) return f;
    }
    ImFontConfig c = config;
    c.SizePixels = pixels * scale;
    return io.Fonts->AddFontDefault(&c);
  };
  fonts.body = add(18.0f);
  fonts.large = add(26.0f);
  fonts.cjk = face.has_value();
  io.Fonts->Build();
  return fonts;
}

}  // namespace hallsim::app
