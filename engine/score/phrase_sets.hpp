// Shared phrase sets: words a rubric can name as "@apology" instead of listing them, and the
// conduct lexicon that every typed reply is checked against (docs/scenario-format.md lists them).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hallsim {

struct PhraseSet {
  PhraseSet(std::string_view name_, std::string_view zh, std::string_view en, std::vector<std::string> phrases_,
            bool conduct_ = false, std::string_view recogniser_ = {})
      : name(name_), label_zh(zh), label_en(en), phrases(std::move(phrases_)), conduct(conduct_), recogniser(recogniser_) {}
  std::string_view name;             // "apology": written "@apology" in a rubric
  std::string_view label_zh, label_en;
  std::vector<std::string> phrases;  // as written; folded by the loader
  bool conduct = false;              // part of the conduct lexicon
  std::string_view recogniser;       // a built-in recogniser the set includes ("anyone_feels"), or ""
};

// Every set, positive ones first, then the conduct lexicon's categories.
const std::vector<PhraseSet>& phrase_sets();
const PhraseSet* find_phrase_set(std::string_view name);  // without the "@"

// Built-in recognisers that stand in a phrase list like a set: "@concrete_time", "@anyone_feels".
bool is_recogniser(std::string_view name);
std::vector<std::string> phrase_set_names();  // sets and recognisers, for "did you mean"

}  // namespace hallsim
