// Text folding for rubric matching: what a trainee types and what an instructor wrote are
// compared after the same normalisation.
#pragma once

#include <string>
#include <string_view>

namespace hallsim {

// NFKC (full-width "ＡＢ１" == "AB1"), case folding, and removal of white space, punctuation and
// control characters, for Chinese and English alike. Invalid UTF-8 bytes are dropped.
std::string fold_for_matching(std::string_view text);

}  // namespace hallsim
