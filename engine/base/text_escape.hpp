// Escaping scenario and trainee text for each place a report writes it. Every piece of text that
// did not come from the program itself goes through one of these.
#pragma once

#include <string>
#include <string_view>

namespace hallsim {

// HTML element content, and text inside inline SVG: & < > " ' become character references.
// Control characters HTML forbids are dropped, invalid UTF-8 becomes U+FFFD, and U+2028/U+2029
// are written as references so nothing downstream mistakes them for line ends.
std::string html_text(std::string_view text);

// An HTML attribute value written inside double quotes: as html_text, and white-space
// characters as references so the value survives unchanged.
std::string html_attribute(std::string_view text);

// Inline Markdown (a paragraph, list item or table cell): every character that could start a
// link, image, autolink, emphasis, code, HTML, entity or table cell is backslash-escaped, and
// line breaks become spaces, so user text can never change the document's structure.
std::string markdown_text(std::string_view text);

// Appends code point `cp` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

}  // namespace hallsim
