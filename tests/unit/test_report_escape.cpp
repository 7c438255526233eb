// Escaping for each place a report writes text: HTML text and attributes, Markdown.
#include <doctest/doctest.h>

#include "base/text_escape.hpp"

using namespace hallsim;

TEST_CASE("HTML text: markup characters become references, forbidden controls go") {
  CHECK(html_text("<a href=\"x\" title='y'>&</a>") ==
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  CHECK(html_text("</style><script>") == "&lt;/style&gt;&lt;script&gt;");
  CHECK(html_text("]]>") == "]]&gt;");
  CHECK(html_text("李女士：您好") == "李女士：您好");
  CHECK(html_text("a\x01" "b\x7f" "c") == "abc");
  CHECK(html_text("\xc2\x85") == "");                     // C1 control
  CHECK(html_text("line\nnext") == "line\nnext");
  CHECK(html_text("a\u2028b\u2029c") == "a&#8232;b&#8233;c");
  CHECK(html_text("bad \xff byte") == "bad \xef\xbf\xbd byte");       // invalid UTF-8 becomes U+FFFD
  CHECK(html_text("\xe4\xb8") == "\xef\xbf\xbd");                     // truncated sequence
  CHECK(html_text("\xc0\xaf") == "\xef\xbf\xbd\xef\xbf\xbd");         // overlong '/'
  CHECK(html_text("\xf0\x9f\x98\x80") == "\xf0\x9f\x98\x80");         // 4-byte character kept
}

TEST_CASE("HTML attribute values keep white space as references") {
  CHECK(html_attribute("\"onmouseover=alert(1)") == "&quot;onmouseover=alert(1)");
  CHECK(html_attribute("a\nb\tc\rd") == "a&#10;b&#9;c&#13;d");
}

TEST_CASE("Markdown text: nothing can make a link, emphasis, HTML, a table cell or a new line") {
  CHECK(markdown_text("[x](javascript:alert(1))") == "\\[x\\]\\(javascript:alert\\(1\\)\\)");
  CHECK(markdown_text("![img](x)") == "\\!\\[img\\]\\(x\\)");
  CHECK(markdown_text("a | b") == "a \\| b");
  CHECK(markdown_text("*em* _em_ `code` ~~s~~") == "\\*em\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~");
  CHECK(markdown_text("<b>&amp;</b>") == "\\<b\\>\\&amp;\\</b\\>");
  CHECK(markdown_text("a\\b") == "a\\\\b");
  CHECK(markdown_text("https://evil.example") == "https\\://evil.example");
  CHECK(markdown_text("WWW.evil.example") == "WWW\\.evil.example");
  CHECK(markdown_text("me@evil.example") == "me\\@evil.example");
  CHECK(markdown_text("one\ntwo\r\nthree\u2028four\u2029five\tsix") == "one two  three four five six");
  CHECK(markdown_text("# title #") == "\\# title \\#");
  CHECK(markdown_text("时间: 11:20, 3.5 分") == "时间: 11:20, 3.5 分");  // ordinary text stays readable
}
