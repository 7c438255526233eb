#include "score/totals.hpp"

#include <algorithm>
#include <cmath>

namespace hallsim {

double round1(double v) { return std::round(v * 10.0) / 10.0; }

double percent_of(int raw, int best) {
  if (best <= 0) return raw >= best ? 100.0 : 0.0;  // nothing to earn: full marks unless points were lost
  return std::clamp(100.0 * raw / best, 0.0, 100.0);
}

std::string grade_for(double overall) {
  if (overall >= 90) return "A";
  if (overall >= 80) return "B";
  if (overall >= 70) return "C";
  if (overall >= 60) return "D";
  return "F";
}

StepReport report_steps(const std::vector<Step>& in_order, const std::vector<Step>& attempted) {
  StepReport r;
  auto has = [](const std::vector<Step>& list, Step s) { return std::find(list.begin(), list.end(), s) != list.end(); };
  for (Step s : in_order)
    if (!has(r.performed, s)) r.performed.push_back(s);
  for (int i = 0; i < kSteps; ++i) {
    auto s = static_cast<Step>(i);
    if (has(r.performed, s)) continue;
    (has(attempted, s) ? r.attempted : r.missed).push_back(s);
  }
  // A step is out of order when a step the six put before it was first performed after it.
  for (size_t i = 0; i < r.performed.size(); ++i)
    for (size_t j = i + 1; j < r.performed.size(); ++j)
      if (r.performed[j] < r.performed[i]) {
        r.out_of_order.push_back({r.performed[i], r.performed[j]});
        break;
      }
  return r;
}

Totals compute_totals(const Scenario& s, const ScoreBounds& bounds, const ScoreVector& raw, const std::vector<Step>& steps,
                      const std::vector<Step>& attempted, int late_replies) {
  Totals t;
  double weighted = 0, weights = 0;
  for (int d = 0; d < kDimensions; ++d) {
    DimensionResult& r = t.dimensions[d];
    r.raw = raw[d];
    r.best = bounds.best[d];
    r.percent = percent_of(r.raw, r.best);
    weighted += s.scoring.weights[d] * r.percent;
    weights += s.scoring.weights[d];
  }
  t.overall = weights > 0 ? weighted / weights : 0;
  t.passed = round1(t.overall) >= s.scoring.pass;
  t.grade = grade_for(t.overall);
  t.late_replies = late_replies;
  t.steps = report_steps(steps, attempted);
  return t;
}

}  // namespace hallsim
