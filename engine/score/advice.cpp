#include "score/advice.hpp"

namespace hallsim {

int total_score(const ScoreVector& v) { return v[0] + v[1] + v[2]; }

std::optional<int> best_choice(const Node& node) {
  std::optional<int> best;
  for (size_t i = 0; i < node.choices.size(); ++i)
    if (!best || total_score(node.choices[i].scores) > total_score(node.choices[static_cast<size_t>(*best)].scores))
      best = static_cast<int>(i);
  return best;
}

}  // namespace hallsim
