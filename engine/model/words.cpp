#include "model/words.hpp"

#include <algorithm>
#include <mutex>
#include <set>
#include <unordered_map>

#include "model/embedded_text.hpp"
#include "model/tsv_table.hpp"

#include <fmt/format.h>

namespace hallsim {

namespace {

struct WordTable {
  std::unordered_map<std::string_view, TsvRow> by_key;
  std::vector<TsvRow> rows;
  std::vector<std::string> problems;
};

const WordTable& word_table() {
  static const WordTable t = [] {
    WordTable w;
    w.rows = parse_tsv_table(embedded::kWordsTsv, w.problems);
    for (const auto& row : w.rows)
      if (!w.by_key.emplace(row.key, row).second) w.problems.push_back("key given twice: " + std::string(row.key));
    return w;
  }();
  return t;
}

std::mutex missing_words_mutex;
std::set<std::string, std::less<>> missing_keys;

std::string_view enum_word(std::string_view l, std::string_view prefix, std::string_view name) {
  std::string key(prefix);
  key += name;
  return word(l, key);
}

}  // namespace

bool is_chinese(std::string_view language) { return language.substr(0, 2) == "zh"; }

std::string_view label_colon(std::string_view language) { return is_chinese(language) ? "：" : ": "; }

std::string_view clause_comma(std::string_view language) { return is_chinese(language) ? "，" : ", "; }
std::string_view list_comma(std::string_view language) { return is_chinese(language) ? "、" : ", "; }

std::string aside(std::string_view language, std::string_view text) {
  return is_chinese(language) ? fmt::format("（{}）", text) : fmt::format(" ({})", text);
}

std::string labelled_text(std::string_view language, std::string_view label, std::string_view text) {
  std::string out(label);
  out += label_colon(language);
  out += text;
  return out;
}

std::string_view word(std::string_view l, Dimension d) { return enum_word(l, "dimension_", kDimensionNames[static_cast<size_t>(d)]); }
std::string_view word(std::string_view l, Step s) { return enum_word(l, "step_", step_name(s)); }
std::string_view word(std::string_view l, Outcome o) { return enum_word(l, "outcome_", outcome_name(o)); }
std::string_view word(std::string_view l, Rating r) { return enum_word(l, "rating_", rating_name(r)); }
std::string_view word(std::string_view l, Speaker s) { return word(l, speaker_name(s)); }

std::optional<std::string_view> find_word(std::string_view l, std::string_view key) {
  const auto& by_key = word_table().by_key;
  auto it = by_key.find(key);
  if (it == by_key.end()) return std::nullopt;
  return is_chinese(l) ? it->second.zh : it->second.en;
}

std::string_view word(std::string_view l, std::string_view key) {
  if (auto w = find_word(l, key)) return *w;
  std::lock_guard<std::mutex> lock(missing_words_mutex);
  // The set owns the text, so the view stays valid after the caller's key is gone.
  return *missing_keys.emplace(key).first;
}

std::string variable_label(const Scenario& s, std::string_view name, std::string_view language) {
  int i = s.find_variable(name);
  if (i >= 0) {
    std::string label = s.text(s.variables[static_cast<size_t>(i)].label, std::string(language));
    if (!label.empty()) return label;
  }
  if (name == "anger" || name == "trust") return std::string(word(language, name));
  return std::string(name);
}

std::string cue_label(const Scenario& s, const FreeText& ft, std::string_view id, std::string_view language) {
  for (const Cue& c : ft.cues)
    if (c.id == id) {
      std::string label = s.text(c.label, std::string(language));
      return label.empty() ? c.id : label;
    }
  return std::string(id);
}

bool has_word(std::string_view key) { return word_table().by_key.count(key) > 0; }

std::vector<std::string> missing_words() {
  std::lock_guard<std::mutex> lock(missing_words_mutex);
  return {missing_keys.begin(), missing_keys.end()};
}

std::vector<std::string> word_table_problems() { return word_table().problems; }

std::vector<std::string> all_words() {
  std::vector<std::string> out;
  for (const auto& row : word_table().rows) {
    out.emplace_back(row.zh);
    out.emplace_back(row.en);
  }
  return out;
}

}  // namespace hallsim
