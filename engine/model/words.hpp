// The product's own words in zh-CN and en (ui.md's word list), shared by every face and report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/scenario.hpp"

namespace hallsim {

bool is_chinese(std::string_view language);
std::string_view word(std::string_view language, Dimension d);
std::string_view word(std::string_view language, Step s);
std::string_view word(std::string_view language, Outcome o);
std::string_view word(std::string_view language, Rating r);
// A general UI phrase by key ("briefing", "debrief", "late_reply", ...); the key itself if unknown.
std::string_view word(std::string_view language, std::string_view key);
// Whether `key` is a UI phrase with a zh-CN and an en text (tests check every key the code uses).
bool has_word(std::string_view key);
// Every word above in both languages: the glyphs a UI must be able to draw.
std::vector<std::string> all_words();

}  // namespace hallsim
