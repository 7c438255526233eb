// Negation inside a clause: "我不会给您道歉" does not apologise, "这可不是我们的问题" does not own
// the problem, "以后您不用找别人去了" does not send the citizen away.
//
// A phrase is negated when a negator (不 没 别 未 甭 无法 并非 …, or not/never/don't in English)
// stands in front of it within kNegationReach units of its clause, with no first-person "我" or
// "but" between them (a new predicate: "别让您再跑了，我来负责" ends the reach), or when a
// post-negator (没有 不行 不可能 …) follows it directly ("代办也没有"). Words that contain a
// negator character without negating what follows (对不起 不好意思 别人 没关系 别担心 不客气 没问题
// 非常 …) are masked first. The lists are in negation.cpp, each with its reason.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "score/reply_text.hpp"

namespace hallsim {

constexpr size_t kNegationReach = 5;  // the negator itself and up to four units between

class NegationMarks {
 public:
  explicit NegationMarks(const Clause& clause);
  // The first unit of the negator that negates the phrase spanning units first..last, if any.
  std::optional<size_t> negator_of(size_t first, size_t last) const;

 private:
  const Clause& clause_;
  std::vector<char> masked_;          // per unit: inside a word that only looks negative
  std::vector<size_t> negator_len_;   // per unit: length in units of a negator starting here, else 0
  std::vector<char> breaks_reach_;    // per unit: ends a negator's reach ("我", "但是")
};

}  // namespace hallsim
