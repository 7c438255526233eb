// A small HTML tokenizer for the report tests: it splits a page into tags (with attribute names
// and decoded values), comments and decoded text, following the HTML rules that matter for
// injection: raw-text elements (style, script, ...) outside SVG, RCDATA title, quoted and unquoted
// attribute values. Tests compare what it finds in a report made from hostile text with one made
// from plain text: any injected element or attribute shows up as a difference.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hallsim::test {

struct HtmlTag {
  std::string name;  // lower case
  bool closing = false;
  std::vector<std::pair<std::string, std::string>> attributes;  // name (lower case), decoded value
};

struct HtmlScan {
  std::vector<HtmlTag> tags;
  std::vector<std::string> texts;     // decoded text between tags, in order
  std::vector<std::string> raw_texts; // contents of raw-text elements (style, script, ...)
  int comments = 0;
  std::string error;                  // "" when the page tokenized cleanly
};

HtmlScan scan_html(std::string_view html);

// Text with the character references the reports use (&amp; &lt; &gt; &quot; &#39; &#NN;) decoded.
std::string decode_references(std::string_view text);

// "tag attr1 attr2" per tag (attributes sorted), "/tag" for end tags: the page's shape.
std::vector<std::string> tag_shape(const HtmlScan& scan);

}  // namespace hallsim::test
