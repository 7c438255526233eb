// An attempt's totals: raw, best and percent per dimension, the weighted overall, pass, steps.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/scenario.hpp"

namespace hallsim {

// What a perfect trainee can reach per dimension: the static analysis finds it, and a session
// cannot be made without it, so no percentage is ever taken out of an unknown best.
struct ScoreBounds {
  explicit ScoreBounds(const ScoreVector& best_raw, bool bounds_only = false)
      : best(best_raw), approximate(bounds_only) {}
  ScoreVector best;
  bool approximate;  // the analysis gave upper bounds, not exact bests
};

struct DimensionResult {
  int raw = 0;
  int best = 0;
  double percent = 0;  // raw / best, clamped to 0..100
};

struct StepOrderProblem {
  Step step;           // performed ...
  Step should_follow;  // ... before this one, which the six steps put first
};

struct StepReport {
  std::vector<Step> performed;  // in the order first performed
  std::vector<Step> attempted;  // tried only by replies that cost points or were rude, never performed; canonical order
  std::vector<Step> missed;     // neither performed nor attempted, in canonical order
  std::vector<StepOrderProblem> out_of_order;
};

struct Totals {
  std::array<DimensionResult, kDimensions> dimensions{};
  double overall = 0;
  bool passed = false;
  std::string grade;  // A..F
  int late_replies = 0;
  StepReport steps;
};

double percent_of(int raw, int best);
std::string grade_for(double overall);
// `steps_in_order` lists the step of each reply that performed one, in play order; `attempted`
// the steps of replies that carried one but were not acceptable.
StepReport report_steps(const std::vector<Step>& steps_in_order, const std::vector<Step>& attempted = {});
Totals compute_totals(const Scenario& s, const ScoreBounds& bounds, const ScoreVector& raw, const std::vector<Step>& steps_in_order,
                      const std::vector<Step>& attempted, int late_replies);

// Rounds to one decimal place, as every report prints percentages.
double round1(double v);

}  // namespace hallsim
