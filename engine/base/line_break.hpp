// Where a line of text may break, by the rules of Chinese typesetting (GB/T 15834, the kinsoku
// of UAX #14 in short): never before closing punctuation (，。、；：？！）」』…), never after
// opening punctuation (（「『“), never inside a number or a Latin word, never between the two
// halves of "——"; between ideographs and after spaces, freely. No fonts here: whoever draws
// measures a character's advance and gets lines back.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace hallsim {

// Byte offsets where a new line may begin, in increasing order (never 0 or text.size()). A break
// after spaces comes after the last of them. '\n' is a paragraph's end, handled by wrap_lines.
std::vector<size_t> line_break_opportunities(std::string_view utf8);

struct WrappedLine {
  size_t begin = 0;  // byte offsets into the text
  size_t end = 0;    // without the spaces the line ends with
  size_t next = 0;   // where the next line begins (after those spaces, or after a '\n')
};

// Lines of at most `width` (in the caller's units: pixels, columns), each as full as the break
// opportunities allow; `advance` is a character's width. A run wider than a whole line (a very
// long number or word) is split between characters, still not before closing punctuation when a
// character can go with it. An empty text is one empty line.
std::vector<WrappedLine> wrap_lines(std::string_view utf8, float width, const std::function<float(char32_t)>& advance);

}  // namespace hallsim
