#include "base/line_break.hpp"

#include <algorithm>

namespace hallsim {

namespace {

// UAX #14's classes, as few as Chinese and English text need.
enum class BreakClass {
  space,        // breaks after it, never before it
  closing,      // ，。、；：？！）」』】》” … %: never starts a line
  opening,      // （「『【《“ (: never ends a line
  ideograph,    // 汉字, kana, hangul: a break on either side
  dash,         // —: "——" stays together
  glue,         // · (阿卜杜拉·买买提): no break on either side
  alphanumeric  // letters, digits, everything else: a run stays whole
};

bool one_of(char32_t c, std::u32string_view set) { return set.find(c) != std::u32string_view::npos; }

BreakClass kind_of(char32_t c) {
  if (c == U' ' || c == U'\t' || c == U'\u3000') return BreakClass::space;
  if (one_of(c, U",.;:!?)]}%")) return BreakClass::closing;
  if (one_of(c, U"([{")) return BreakClass::opening;
  if (one_of(c, U"，。、；：？！）」』】》〉〕〗〙〛”’…‥～％．，：；！？）］｝｠｡｣､ゝゞ々〻ー")) return BreakClass::closing;
  if (one_of(c, U"（「『【《〈〔〖〘〚“‘［｛｟｢")) return BreakClass::opening;
  if (c == U'—' || c == U'―') return BreakClass::dash;
  if (c == U'·' || c == U'・' || c == U'\u00a0' || c == U'\u2060') return BreakClass::glue;
  bool ideograph = (c >= 0x2E80 && c <= 0x2FFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3100 && c <= 0x31FF) ||
                   (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
                   (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0x3000 && c <= 0x303F);
  return ideograph ? BreakClass::ideograph : BreakClass::alphanumeric;
}

bool ascii(char32_t c) { return c < 0x80; }

// May a line end after `a` and the next begin with `b`?
bool may_break_between(char32_t a, char32_t b) {
  BreakClass ka = kind_of(a), kb = kind_of(b);
  if (kb == BreakClass::space || kb == BreakClass::closing || kb == BreakClass::glue) return false;
  if (ka == BreakClass::space) return true;
  if (ka == BreakClass::opening || ka == BreakClass::glue) return false;
  if (ka == BreakClass::dash && kb == BreakClass::dash) return false;
  if (ka == BreakClass::alphanumeric && kb == BreakClass::alphanumeric) return false;
  // "3.5", "12,345", "10:30", "e.g": Latin punctuation holds on to what follows it.
  if (ka == BreakClass::closing && ascii(a) && kb == BreakClass::alphanumeric) return false;
  return true;
}

struct CodePoint {
  char32_t c;
  size_t at;  // byte offset
};

// Decodes UTF-8; a malformed byte stands for itself (U+FFFD), one byte long.
std::vector<CodePoint> decode(std::string_view s) {
  std::vector<CodePoint> out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = byte(i);
    size_t length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    bool whole = length > 0 && i + length <= s.size();
    for (size_t k = 1; whole && k < length; ++k) whole = (byte(i + k) & 0xC0) == 0x80;
    if (!whole) {
      out.push_back({U'\uFFFD', i});
      ++i;
      continue;
    }
    char32_t c = length == 1 ? b : length == 2 ? b & 0x1F : length == 3 ? b & 0x0F : b & 0x07;
    for (size_t k = 1; k < length; ++k) c = (c << 6) | (byte(i + k) & 0x3F);
    out.push_back({c, i});
    i += length;
  }
  return out;
}

void wrap_paragraph(const std::vector<CodePoint>& cps, size_t first, size_t last, size_t text_end, float width,
                    const std::function<float(char32_t)>& advance, std::vector<WrappedLine>& lines) {
  auto offset = [&](size_t i) { return i < cps.size() ? cps[i].at : text_end; };
  if (first == last) {
    lines.push_back({offset(first), offset(first), offset(first)});
    return;
  }
  std::vector<float> widths(last - first);
  for (size_t i = first; i < last; ++i) widths[i - first] = advance(cps[i].c);
  auto is_space = [&](size_t i) { return kind_of(cps[i].c) == BreakClass::space; };
  size_t start = first;
  while (start < last) {
    // Grow the line; remember the last break that still fits.
    float used = 0, used_to_last_ink = 0;
    size_t fits = start;  // the last opportunity (or the paragraph's end) that fits
    size_t j = start;
    for (; j < last; ++j) {
      if (j > start && may_break_between(cps[j - 1].c, cps[j].c)) {
        if (used_to_last_ink <= width) fits = j;
        else break;
      }
      used += widths[j - first];
      if (!is_space(j)) used_to_last_ink = used;
      if (used_to_last_ink > width && fits > start) break;
    }
    if (j == last && used_to_last_ink <= width) fits = last;
    if (fits == start) {  // one run wider than the line: split it between characters
      float w = 0;
      fits = start;
      while (fits < last && (fits == start || w + widths[fits - first] <= width)) w += widths[fits - first], ++fits;
      if (fits < last && fits > start + 1 && kind_of(cps[fits].c) == BreakClass::closing) --fits;
    }
    size_t ink_end = fits;
    while (ink_end > start && is_space(ink_end - 1)) --ink_end;
    lines.push_back({offset(start), offset(ink_end), offset(fits)});
    start = fits;
  }
}

}  // namespace

std::vector<size_t> line_break_opportunities(std::string_view utf8) {
  std::vector<CodePoint> cps = decode(utf8);
  std::vector<size_t> out;
  for (size_t i = 1; i < cps.size(); ++i)
    if (cps[i - 1].c != U'\n' && cps[i].c != U'\n' && may_break_between(cps[i - 1].c, cps[i].c)) out.push_back(cps[i].at);
  return out;
}

std::vector<WrappedLine> wrap_lines(std::string_view utf8, float width, const std::function<float(char32_t)>& advance) {
  std::vector<CodePoint> cps = decode(utf8);
  std::vector<WrappedLine> lines;
  size_t first = 0;
  for (size_t i = 0; i <= cps.size(); ++i) {
    if (i < cps.size() && cps[i].c != U'\n') continue;
    wrap_paragraph(cps, first, i, utf8.size(), width, advance, lines);
    if (i < cps.size()) lines.back().next = cps[i].at + 1;  // past the '\n'
    first = i + 1;
  }
  return lines;
}

}  // namespace hallsim
