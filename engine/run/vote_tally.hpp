// A classroom's show of hands on the replies shown: the instructor adds and removes votes, then
// applies the majority or overrides it; the result is the ClassVote the transcript keeps.
#pragma once

#include <optional>
#include <vector>

#include "run/session.hpp"

namespace hallsim {

class VoteTally {
 public:
  // `shown` are the node's choice indices in the order shown (A, B, C ...).
  explicit VoteTally(std::vector<int> shown);

  void add(int position);  // one more hand for the option at `position`; ignored when out of range
  void remove_last();      // takes back the last hand added (Backspace)
  void clear();

  const std::vector<int>& counts() const { return counts_; }
  int total() const;
  // The position with strictly the most votes; nullopt with no votes or a tie at the top.
  std::optional<int> majority() const;
  // The vote as recorded when the class goes on with the option at `applied`.
  ClassVote result(int applied) const;

 private:
  std::vector<int> shown_;
  std::vector<int> counts_;
  std::vector<int> added_;  // positions in the order votes were added, for remove_last
};

}  // namespace hallsim
