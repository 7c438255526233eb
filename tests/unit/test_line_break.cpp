// Chinese line breaking: no line starts with closing punctuation, none ends with opening
// punctuation, numbers and Latin words stay whole, "——" and "……" are never split.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/line_break.hpp"

using hallsim::line_break_opportunities;
using hallsim::wrap_lines;

namespace {

// Every character one unit wide, as in a terminal counting code points; spaces too.
float one(char32_t) { return 1; }

std::vector<std::string> wrapped(const std::string& text, float width) {
  std::vector<std::string> out;
  for (const auto& line : wrap_lines(text, width, one)) out.push_back(text.substr(line.begin, line.end - line.begin));
  return out;
}

// The text split at every opportunity.
std::vector<std::string> pieces(const std::string& text) {
  std::vector<std::string> out;
  size_t from = 0;
  for (size_t at : line_break_opportunities(text)) out.push_back(text.substr(from, at - from)), from = at;
  out.push_back(text.substr(from));
  return out;
}

}  // namespace

TEST_CASE("breaks fall between ideographs, never before closing or after opening punctuation") {
  CHECK(pieces("您好，请坐。") == std::vector<std::string>{"您", "好，", "请", "坐。"});
  CHECK(pieces("他说：“不行！”") == std::vector<std::string>{"他", "说：", "“不", "行！”"});
  CHECK(pieces("（原件）复印") == std::vector<std::string>{"（原", "件）", "复", "印"});
  CHECK(pieces("真的？！好") == std::vector<std::string>{"真", "的？！", "好"});
  CHECK(pieces("「证明」、『材料』") == std::vector<std::string>{"「证", "明」、", "『材", "料』"});
}

TEST_CASE("numbers, Latin words, dates and decimals stay whole; spaces break after themselves") {
  CHECK(pieces("第12345号") == std::vector<std::string>{"第", "12345", "号"});
  CHECK(pieces("2026-12-07办") == std::vector<std::string>{"2026-12-07", "办"});
  CHECK(pieces("3.5天，10:30到") == std::vector<std::string>{"3.5", "天，", "10:30", "到"});
  CHECK(pieces("Hello, world!") == std::vector<std::string>{"Hello, ", "world!"});
  CHECK(pieces("80%的人") == std::vector<std::string>{"80%", "的", "人"});
  CHECK(pieces("用APP办") == std::vector<std::string>{"用", "APP", "办"});
}

TEST_CASE("dashes and ellipses are not split; names with a middle dot stay together") {
  CHECK(pieces("等等——好吧……算了") == std::vector<std::string>{"等", "等", "——", "好", "吧……", "算", "了"});
  CHECK(pieces("阿卜·买") == std::vector<std::string>{"阿", "卜·买"});
}

TEST_CASE("wrapped lines never start with closing punctuation") {
  // Width 4: a greedy break at four characters would start line 2 with "，"; "了" goes with it.
  CHECK(wrapped("我知道了，谢谢您。", 4) == std::vector<std::string>{"我知道", "了，谢谢", "您。"});
  // Every line of a long mixed text, at every width from its longest unbreakable run ("minutes,").
  std::string text = "您好！请出示身份证（原件），我们在12345热线登记过。好的：下一位？！“请稍候”……谢谢。Wait 5 minutes, please.";
  std::u32string closing = U"，。、；：？！）」』…”,.;:!?)%";
  for (float width = 8; width <= 40; ++width) {
    auto lines = wrap_lines(text, width, one);
    CAPTURE(width);
    for (size_t i = 1; i < lines.size(); ++i) {
      std::string line = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
      CAPTURE(line);
      REQUIRE_FALSE(line.empty());
      // The first character, decoded.
      unsigned char b = static_cast<unsigned char>(line[0]);
      char32_t c = b < 0x80 ? b : (b & 0x0F);
      if (b >= 0xE0) c = ((b & 0x0F) << 12) | ((static_cast<unsigned char>(line[1]) & 0x3F) << 6) | (static_cast<unsigned char>(line[2]) & 0x3F);
      CHECK(closing.find(c) == std::u32string::npos);
      CHECK(line.find("1234") == line.find("12345"));  // the number is never split
    }
  }
}

TEST_CASE("lines are as full as the width allows, spaces hang, paragraphs and long runs are handled") {
  CHECK(wrapped("one two three", 7) == std::vector<std::string>{"one two", "three"});
  CHECK(wrapped("one two three", 8) == std::vector<std::string>{"one two", "three"});
  CHECK(wrapped("第一段\n\n第二段", 10) == std::vector<std::string>{"第一段", "", "第二段"});
  CHECK(wrapped("", 10) == std::vector<std::string>{""});
  // A number wider than the line is split between its digits rather than overflow.
  CHECK(wrapped("1234567890", 4) == std::vector<std::string>{"1234", "5678", "90"});
  // ... but not so that a line starts with its closing punctuation.
  CHECK(wrapped("abcd。", 4) == std::vector<std::string>{"abc", "d。"});
  // next points past the spaces and past a paragraph's newline.
  auto lines = wrap_lines("ab cd\nef", 3, one);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].next == 3);
  CHECK(lines[1].next == 6);
  CHECK(lines[2].next == 8);
  // Malformed UTF-8 never loops or reads past the end.
  CHECK(wrap_lines(std::string("\xE4\xBD", 2), 1, one).size() == 2);
}
