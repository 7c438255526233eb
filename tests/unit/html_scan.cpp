#include "html_scan.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "base/text_escape.hpp"

namespace hallsim::test {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

void append_utf8(std::string& out, unsigned long cp) { hallsim::append_utf8(out, static_cast<char32_t>(cp)); }

// Elements whose content is text up to their end tag, in HTML (not inside SVG).
bool is_raw_text(const std::string& name) {
  for (const char* raw : {"style", "script", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"})
    if (name == raw) return true;
  return false;
}

}  // namespace

std::string decode_references(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    size_t end = text.find(';', i);
    std::string_view ref = end == std::string_view::npos ? std::string_view() : text.substr(i + 1, end - i - 1);
    if (ref == "amp") out += '&';
    else if (ref == "lt") out += '<';
    else if (ref == "gt") out += '>';
    else if (ref == "quot") out += '"';
    else if (!ref.empty() && ref[0] == '#') {
      bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
      append_utf8(out, std::strtoul(std::string(ref.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10));
    } else {
      out += '&';
      continue;
    }
    i = end;
  }
  return out;
}

HtmlScan scan_html(std::string_view html) {
  HtmlScan scan;
  auto failed = [&](std::string why) {
    scan.error = std::move(why);
    return scan;
  };
  int svg_depth = 0;
  size_t i = 0;
  std::string text;
  auto flush_text = [&] {
    if (!text.empty()) scan.texts.push_back(decode_references(text));
    text.clear();
  };
  while (i < html.size()) {
    if (html[i] != '<') {
      text += html[i++];
      continue;
    }
    if (html.substr(i, 4) == "<!--") {
      size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) return failed("unterminated comment");
      flush_text();
      ++scan.comments;
      i = end + 3;
      continue;
    }
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t name_at = i + (closing ? 2 : 1);
    if (html.substr(i, 2) == "<!" || html.substr(i, 2) == "<?") {  // doctype, CDATA or processing instruction
      size_t end = html.find('>', i);
      if (end == std::string_view::npos) return failed("unterminated declaration");
      flush_text();
      HtmlTag tag;
      tag.name = lower(html.substr(i + 1, std::min<size_t>(8, end - i - 1)));
      scan.tags.push_back(tag);
      i = end + 1;
      continue;
    }
    if (name_at >= html.size() || !std::isalpha(static_cast<unsigned char>(html[name_at]))) {
      text += html[i++];  // a '<' that starts no tag is text
      continue;
    }
    flush_text();
    HtmlTag tag;
    tag.closing = closing;
    size_t p = name_at;
    while (p < html.size() && !is_space(html[p]) && html[p] != '/' && html[p] != '>') ++p;
    tag.name = lower(html.substr(name_at, p - name_at));
    // Attributes.
    for (;;) {
      while (p < html.size() && (is_space(html[p]) || html[p] == '/')) ++p;
      if (p >= html.size()) return failed("unterminated tag <" + tag.name);
      if (html[p] == '>') break;
      size_t a = p;
      while (p < html.size() && !is_space(html[p]) && html[p] != '=' && html[p] != '>' && html[p] != '/') ++p;
      std::string name = lower(html.substr(a, p - a));
      std::string value;
      while (p < html.size() && is_space(html[p])) ++p;
      if (p < html.size() && html[p] == '=') {
        ++p;
        while (p < html.size() && is_space(html[p])) ++p;
        if (p < html.size() && (html[p] == '"' || html[p] == '\'')) {
          char quote = html[p++];
          size_t end = html.find(quote, p);
          if (end == std::string_view::npos) return failed("unterminated attribute value");
          value = decode_references(html.substr(p, end - p));
          p = end + 1;
        } else {
          size_t v = p;
          while (p < html.size() && !is_space(html[p]) && html[p] != '>') ++p;
          value = decode_references(html.substr(v, p - v));
        }
      }
      tag.attributes.emplace_back(name, value);
    }
    i = p + 1;
    if (tag.name == "svg") svg_depth += tag.closing ? -1 : 1;
    bool raw = !tag.closing && svg_depth == 0 && is_raw_text(tag.name);
    scan.tags.push_back(tag);
    if (raw) {
      std::string end_tag = "</" + tag.name;
      size_t end = i;
      while ((end = html.find("</", end)) != std::string_view::npos && lower(html.substr(end, end_tag.size())) != end_tag)
        end += 2;
      if (end == std::string_view::npos) return failed("unterminated <" + tag.name + ">");
      std::string content(html.substr(i, end - i));
      if (tag.name == "title" || tag.name == "textarea") scan.texts.push_back(decode_references(content));
      else scan.raw_texts.push_back(content);
      i = end;
    }
  }
  flush_text();
  return scan;
}

std::vector<std::string> tag_shape(const HtmlScan& scan) {
  std::vector<std::string> shape;
  for (const HtmlTag& t : scan.tags) {
    std::vector<std::string> names;
    for (const auto& a : t.attributes) names.push_back(a.first);
    std::sort(names.begin(), names.end());
    std::string s = (t.closing ? "/" : "") + t.name;
    for (const auto& n : names) s += " " + n;
    shape.push_back(s);
  }
  return shape;
}

}  // namespace hallsim::test
