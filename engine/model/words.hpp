// The product's own words in zh-CN and en (ui.md's word list), shared by every face and report.
// The words are data: engine/model/words.tsv, compiled in at build time.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/scenario.hpp"

namespace hallsim {

bool is_chinese(std::string_view language);
// The colon after a label: full-width with no space in Chinese ("结果：已解决"), ": " in English.
std::string_view label_colon(std::string_view language);
// "label: text" with that colon.
std::string labelled_text(std::string_view language, std::string_view label, std::string_view text);
// Between the parts of a sentence ("共情 +2，及时性 -1"), and between the items of a list of
// names ("致歉、时间"); both ", " in English.
std::string_view clause_comma(std::string_view language);
std::string_view list_comma(std::string_view language);
// An aside after a text: "（可得 共情 +2）" in Chinese, " (would score empathy +2)" in English.
std::string aside(std::string_view language, std::string_view text);
std::string_view word(std::string_view language, Dimension d);
std::string_view word(std::string_view language, Step s);
std::string_view word(std::string_view language, Outcome o);
std::string_view word(std::string_view language, Rating r);
// A speaker's role (旁白, 值班长, 保安, 电话 ...); the citizen is usually called by name instead
// (Session::speaker_label).
std::string_view word(std::string_view language, Speaker s);
// A general UI phrase by key ("briefing", "debrief", "late_reply", ...). An unknown key is shown
// as itself and remembered: missing_words() lists it, so a test that drew the screen fails.
std::string_view word(std::string_view language, std::string_view key);
// The phrase, or nothing for an unknown key (for keys made from data, such as a mood's name).
std::optional<std::string_view> find_word(std::string_view language, std::string_view key);
// Whether `key` is a UI phrase with a zh-CN and an en text (tests check every key the code uses).
bool has_word(std::string_view key);
// A variable's name as people read it: its label ({zh-CN: 焦虑, en: anxiety}), else the UI word
// for anger and trust, else the name itself.
std::string variable_label(const Scenario& s, std::string_view name, std::string_view language);
// A cue as trainees read it: its label in `language`, else its id.
std::string cue_label(const Scenario& s, const FreeText& ft, std::string_view id, std::string_view language);
// Keys asked for with word() that the table lacks, since the program started.
std::vector<std::string> missing_words();
// Lines of words.tsv that are not KEY<TAB>zh-CN<TAB>en, and keys given twice.
std::vector<std::string> word_table_problems();
// Every word above in both languages: the glyphs a UI must be able to draw.
std::vector<std::string> all_words();

}  // namespace hallsim
