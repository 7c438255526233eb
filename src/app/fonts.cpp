#include "fonts.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

#include <fontconfig/fontconfig.h>
#include <imgui_freetype.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

namespace hallsim::app {

namespace {

// The font file, mapped read-only once per process. FreeType reads only the pages of the glyphs
// it renders, and both sizes share one mapping: through AddFontFromFileTTF, ImGui 1.86 reads the
// whole 20 MB Noto Sans CJK collection into memory once per size.
struct MappedFile {
  std::string path;
  void* data = nullptr;
  size_t size = 0;
};
MappedFile g_file;

const MappedFile* map_font_file(const std::string& path) {
  if (g_file.data && g_file.path == path) return &g_file;
  if (g_file.data) munmap(g_file.data, g_file.size);  // the atlas was cleared before this call
  g_file = {};
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  void* data = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size > 0) data = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (data == MAP_FAILED) return nullptr;
  g_file = {path, data, static_cast<size_t>(st.st_size)};
  return &g_file;
}

// Characters the atlas was built with or that are waiting for the next build, by codepoint
// (ImWchar is 16 bits in Debian's build; anything above shows as the replacement glyph anyway).
std::vector<bool> g_known(0x10000, false);
std::vector<ImWchar> g_noted;  // met since start (typed, pasted, shown): kept in every later build
bool g_wanted = false;
bool g_typing = false;  // a text field has had the keyboard: the body face has the common hanzi

void note(unsigned int c) {
  if (c < 0x20 || c >= 0x10000 || g_known[c]) return;
  g_known[c] = true;
  g_noted.push_back(static_cast<ImWchar>(c));
  g_wanted = true;
}

const char* (*g_platform_get_clipboard)(void*) = nullptr;
const char* get_clipboard_noting_glyphs(void* user_data) {
  const char* text = g_platform_get_clipboard ? g_platform_get_clipboard(user_data) : nullptr;
  if (text) need_glyphs(text);
  return text;
}

}  // namespace

std::optional<FontFile> find_cjk_font() {
  static const std::optional<FontFile> found = []() -> std::optional<FontFile> {
    if (!FcInit()) return std::nullopt;
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(":lang=zh-cn:style=Regular"));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    std::optional<FontFile> face;
    FcChar8* file = nullptr;
    int index = 0;
    FcLangSet* langs = nullptr;
    if (match && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch &&
        FcPatternGetLangSet(match, FC_LANG, 0, &langs) == FcResultMatch &&
        FcLangSetHasLang(langs, reinterpret_cast<const FcChar8*>("zh-cn")) != FcLangDifferentLang) {
      FcPatternGetInteger(match, FC_INDEX, 0, &index);
      face = FontFile{reinterpret_cast<const char*>(file), index};
    }
    if (match) FcPatternDestroy(match);
    FcPatternDestroy(pattern);
    return face;
  }();
  return found;
}

void need_glyphs(std::string_view utf8) {
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    if (static_cast<unsigned char>(*p) < 0x80) {  // ASCII is always in the atlas
      ++p;
      continue;
    }
    unsigned int c = 0;
    int n = ImTextCharFromUtf8(&c, p, end);
    if (n <= 0) break;
    p += n;
    note(c);
  }
}

void need_glyphs(const ImVector<ImWchar>& chars) {
  for (ImWchar c : chars) note(c);
}

bool glyphs_wanted() { return g_wanted; }

void need_glyphs_for_typing() {
  if (g_typing) return;
  g_typing = true;
  g_wanted = true;
}

void need_glyphs_for_pasted_text(ImGuiIO& io) {
  if (io.GetClipboardTextFn == get_clipboard_noting_glyphs) return;
  g_platform_get_clipboard = io.GetClipboardTextFn;
  io.GetClipboardTextFn = get_clipboard_noting_glyphs;
}

Fonts build_fonts(ImGuiIO& io, const std::vector<std::string>& texts, float scale) {
  // The large face shows scenario text and headings, which are in `texts` (a trainee's name in a
  // citizen's line is noted). Once a text field has had the keyboard, the body face also gets
  // the 2,500 common hanzi, so that typing seldom waits for a rebuild (each takes tens of ms).
  static ImVector<ImWchar> shown_ranges, body_ranges;  // must outlive the atlas build
  ImFontGlyphRangesBuilder shown;
  shown.AddRanges(io.Fonts->GetGlyphRangesDefault());
  for (const auto& t : texts) shown.AddText(t.c_str(), t.c_str() + t.size());
  shown.AddText("✓×→←…·—●○▲▼「」“”‘’、，。！？：；（）【】《》");  // symbols the panels write themselves
  for (ImWchar c : g_noted) shown.AddChar(c);
  shown_ranges.clear();
  shown.BuildRanges(&shown_ranges);
  ImFontGlyphRangesBuilder body = shown;
  if (g_typing) body.AddRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
  body_ranges.clear();
  body.BuildRanges(&body_ranges);
  std::fill(g_known.begin(), g_known.end(), false);
  for (int i = 0; i + 1 < body_ranges.Size && body_ranges[i]; i += 2)
    for (unsigned int c = body_ranges[i]; c <= body_ranges[i + 1]; ++c) g_known[c] = true;
  g_wanted = false;

  io.Fonts->Clear();
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // no rows of texture left empty
  Fonts fonts;
  ImFontConfig config;
  config.OversampleH = 1;
  config.OversampleV = 1;
  auto face = find_cjk_font();
  const MappedFile* file = face ? map_font_file(face->path) : nullptr;
  auto add = [&](float pixels, const ImVector<ImWchar>& ranges) -> ImFont* {
    ImFontConfig c = config;
    c.SizePixels = pixels * scale;
    if (file) {
      c.FontNo = face->index;
      // Handed over as owned, because ImGui 1.86 copies data it does not own; ownership is
      // taken back below so that Clear() never frees the mapping.
      c.FontDataOwnedByAtlas = true;
      return io.Fonts->AddFontFromMemoryTTF(file->data, static_cast<int>(file->size), c.SizePixels, &c, ranges.Data);
    }
    return io.Fonts->AddFontDefault(&c);
  };
  fonts.body = add(18.0f, body_ranges);
  fonts.large = add(26.0f, shown_ranges);
  for (ImFontConfig& c : io.Fonts->ConfigData)
    if (file && c.FontData == file->data) c.FontDataOwnedByAtlas = false;
  fonts.cjk = file != nullptr;
  if (!io.Fonts->Build()) {  // FreeType refused the face: boxes are better than no window
    io.Fonts->Clear();
    ImFontConfig c = config;
    c.SizePixels = 18.0f * scale;
    fonts.body = io.Fonts->AddFontDefault(&c);
    c.SizePixels = 26.0f * scale;
    fonts.large = io.Fonts->AddFontDefault(&c);
    fonts.cjk = false;
    io.Fonts->Build();
  }
  // The glyphs are rendered: give back the pages of the font file FreeType read (about half of
  // it); a later build reads them again from the page cache.
  if (file) madvise(file->data, file->size, MADV_DONTNEED);
  return fonts;
}

}  // namespace hallsim::app
