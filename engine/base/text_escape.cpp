#include "base/text_escape.hpp"

#include <cctype>

#include <utf8proc.h>

namespace hallsim {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one UTF-8 sequence at `i` (advancing it); malformed or overlong input yields U+FFFD.
char32_t next_code_point(std::string_view s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char lead = byte(i++);
  if (lead < 0x80) return lead;
  int extra = 0;
  if (lead >= 0xC2 && lead <= 0xDF) extra = 1;
  else if (lead >= 0xE0 && lead <= 0xEF) extra = 2;
  else if (lead >= 0xF0 && lead <= 0xF4) extra = 3;
  else return kReplacement;
  char32_t cp = lead & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || (byte(i) & 0xC0) != 0x80) return kReplacement;
    cp = (cp << 6) | (byte(i++) & 0x3F);
  }
  static constexpr char32_t kSmallest[] = {0, 0x80, 0x800, 0x10000};
  if (cp < kSmallest[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kReplacement;
  return cp;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  utf8proc_uint8_t bytes[4];
  auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(n));
}

namespace {

// C0 controls other than tab, line feed and carriage return, DEL, and the C1 controls.
bool is_forbidden_control(char32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
}

bool is_line_break(char32_t cp) { return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029; }

std::string html_escaped(std::string_view text, bool in_attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    if (is_forbidden_control(cp)) continue;
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case 0x2028: out += "&#8232;"; break;
      case 0x2029: out += "&#8233;"; break;
      case '\n': out += in_attribute ? "&#10;" : "\n"; break;
      case '\r': out += in_attribute ? "&#13;" : "\r"; break;
      case '\t': out += in_attribute ? "&#9;" : "\t"; break;
      default: append_utf8(out, cp);
    }
  }
  return out;
}

// Punctuation with a meaning in CommonMark or GitHub Flavored Markdown when it appears inline.
// '@' is escaped so that no e-mail autolink is recognised, '#' so that a heading's closing
// sequence cannot eat the end of the text.
bool is_markdown_special(char32_t cp) {
  switch (cp) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '(': case ')': case '<': case '>':
    case '&': case '|': case '~': case '!': case '#': case '$': case '@':
      return true;
    default:
      return false;
  }
}

bool ends_with_www(const std::string& out) {
  if (out.size() < 3) return false;
  for (size_t k = out.size() - 3; k < out.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(out[k])) != 'w') return false;
  return true;
}

}  // namespace

std::string html_text(std::string_view text) { return html_escaped(text, false); }

std::string html_attribute(std::string_view text) { return html_escaped(text, true); }

std::string markdown_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    if (is_line_break(cp) || cp == '\t' || cp == 0x85) {
      out += ' ';
      continue;
    }
    if (is_forbidden_control(cp)) continue;
    // "www." and "scheme://" start autolinks in GitHub Flavored Markdown.
    bool starts_autolink = (cp == '.' && ends_with_www(out)) || (cp == ':' && text.substr(i, 2) == "//");
    if (is_markdown_special(cp) || starts_autolink) out += '\\';
    append_utf8(out, cp);
  }
  return out;
}

}  // namespace hallsim
