// A typed reply cut into clauses and folded for matching, keeping the way back from every folded
// character to the words the trainee typed, so that a match can be quoted and a negator in front
// of it found.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hallsim {

// One character of Chinese (or any non-Latin script), or one Latin word or number, after folding.
struct ReplyUnit {
  uint32_t folded_begin = 0;           // byte offset in Clause::folded
  uint32_t text_begin = 0, text_end = 0;  // byte range in ReplyText::text
};

struct Clause {
  std::string folded;  // fold_for_matching of the clause
  std::vector<ReplyUnit> units;
  bool after_space = false;  // split from the clause before by a space, not by punctuation
  // The unit holding folded byte `offset` (the last unit for an offset past the end).
  size_t unit_at(size_t offset) const;
  // The folded text of unit `u`.
  std::string_view unit_text(size_t u) const;
};

struct ReplyText {
  std::string text;  // valid UTF-8, traditional characters folded to simplified
  std::vector<Clause> clauses;

  // The words typed from unit `first` to unit `last` of `clause`, inclusive.
  std::string quote(const Clause& clause, size_t first, size_t last) const;
};

// Splits at sentence and clause punctuation (。！？；，、 and their ASCII forms, line breaks, an
// ellipsis) and at a space anywhere but between two Latin words or numbers, and folds each clause.
ReplyText read_reply(std::string_view reply);

}  // namespace hallsim
