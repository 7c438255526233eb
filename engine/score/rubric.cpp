#include "score/rubric.hpp"

#include <algorithm>

#include "score/fold.hpp"

namespace hallsim {

bool cue_matches(const Cue& cue, std::string_view folded) {
  if (folded.empty() || (cue.any_folded.empty() && cue.all_folded.empty())) return false;
  auto occurs = [&](const std::string& phrase) { return !phrase.empty() && folded.find(phrase) != std::string_view::npos; };
  if (!cue.any_folded.empty() && std::none_of(cue.any_folded.begin(), cue.any_folded.end(), occurs)) return false;
  return std::all_of(cue.all_folded.begin(), cue.all_folded.end(), occurs);
}

std::vector<int> match_cues(const std::vector<Cue>& cues, std::string_view reply) {
  std::string folded = fold_for_matching(reply);
  std::vector<int> matched;
  for (size_t i = 0; i < cues.size(); ++i)
    if (cue_matches(cues[i], folded)) matched.push_back(static_cast<int>(i));
  return matched;
}

}  // namespace hallsim
