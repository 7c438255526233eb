#include "run/vote_tally.hpp"

#include <algorithm>
#include <numeric>

namespace hallsim {

VoteTally::VoteTally(std::vector<int> shown) : shown_(std::move(shown)), counts_(shown_.size(), 0) {}

void VoteTally::add(int position) {
  if (position < 0 || static_cast<size_t>(position) >= counts_.size()) return;
  ++counts_[static_cast<size_t>(position)];
  added_.push_back(position);
}

void VoteTally::remove_last() {
  if (added_.empty()) return;
  --counts_[static_cast<size_t>(added_.back())];
  added_.pop_back();
}

void VoteTally::clear() {
  std::fill(counts_.begin(), counts_.end(), 0);
  added_.clear();
}

int VoteTally::total() const { return std::accumulate(counts_.begin(), counts_.end(), 0); }

std::optional<int> VoteTally::majority() const {
  if (counts_.empty()) return std::nullopt;
  auto top = std::max_element(counts_.begin(), counts_.end());
  if (*top == 0 || std::count(counts_.begin(), counts_.end(), *top) > 1) return std::nullopt;
  return static_cast<int>(top - counts_.begin());
}

ClassVote VoteTally::result(int applied) const {
  ClassVote vote;
  vote.choices = shown_;
  vote.counts = counts_;
  vote.overridden = majority() != applied;
  return vote;
}

}  // namespace hallsim
