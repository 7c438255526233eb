// Text folding for rubric matching: what a trainee types and what an instructor wrote are
// compared after the same normalisation.
#pragma once

#include <string>
#include <string_view>

namespace hallsim {

// Well-formed UTF-8 only: invalid bytes are dropped, so one bad byte never rejects a reply.
std::string valid_utf8(std::string_view text);

// Traditional characters to simplified (OpenCC's t2s), so 對不起 is read as 对不起. Text that is
// already simplified comes back unchanged; if OpenCC's data cannot be found, so does all text.
std::string to_simplified(std::string_view text);

// Folds one code point: compatibility forms (full-width "Ａ１" is "a1"), case, and nothing at
// all for white space, punctuation, symbols and control characters. Appends to `out`.
void fold_code_point(int code_point, std::string& out);

// to_simplified, then fold_code_point over the whole text; a colon or full stop between two
// digits is kept, so "11:40" is not "1140".
std::string fold_for_matching(std::string_view text);

}  // namespace hallsim
