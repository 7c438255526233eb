#include "store/attempt.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "base/clock.hpp"

namespace hallsim {

namespace {

bool earlier(const AttemptRow& a, const AttemptRow& b) {
  return std::tie(a.finished_at, a.id) < std::tie(b.finished_at, b.id);
}

}  // namespace

AttemptRow attempt_from_transcript(const Transcript& t) {
  if (!t.ending || t.finished_at.empty())
    throw TranscriptError("the attempt did not reach an ending, so it is not a finished attempt");
  AttemptRow row;
  row.scenario_id = t.scenario.id;
  row.scenario_version = t.scenario.version;
  row.scenario_hash = t.scenario.hash;
  row.trainee = t.trainee;
  row.started_at = t.started_at;
  row.finished_at = t.finished_at;
  // Both times were checked when the transcript was read.
  row.duration_s = std::max(0.0, parse_utc_time(row.finished_at).value_or(0) - parse_utc_time(row.started_at).value_or(0));
  row.outcome = outcome_name(t.ending->outcome);
  row.rating = t.ending->rating ? std::string(rating_name(*t.ending->rating)) : std::string();
  for (int d = 0; d < kDimensions; ++d) row.dimensions[d] = {t.totals.dimensions[d].raw, t.totals.dimensions[d].percent};
  row.overall = t.totals.overall;
  row.passed = t.totals.passed;
  return row;
}

std::optional<Progress> progress_of(const std::vector<AttemptRow>& rows) {
  if (rows.empty()) return std::nullopt;
  Progress p;
  p.trainee = rows.front().trainee;
  p.scenario_id = rows.front().scenario_id;
  p.attempts = static_cast<int>(rows.size());
  p.first = *std::min_element(rows.begin(), rows.end(), earlier);
  p.latest = *std::max_element(rows.begin(), rows.end(), earlier);
  p.best = *std::min_element(rows.begin(), rows.end(), [](const AttemptRow& a, const AttemptRow& b) {
    return a.overall != b.overall ? a.overall > b.overall : earlier(a, b);
  });
  std::vector<const AttemptRow*> in_order;
  in_order.reserve(rows.size());
  for (const AttemptRow& r : rows) in_order.push_back(&r);
  std::stable_sort(in_order.begin(), in_order.end(), [](const AttemptRow* a, const AttemptRow* b) { return earlier(*a, *b); });
  for (const AttemptRow* r : in_order)
    for (size_t d = 0; d < kDimensions; ++d) p.trend[d].push_back(r->dimensions[d].percent);
  return p;
}

std::vector<Progress> progress_by_scenario(const std::vector<AttemptRow>& rows) {
  std::map<std::pair<std::string, std::string>, std::vector<AttemptRow>> groups;
  for (const AttemptRow& r : rows) groups[{r.scenario_id, r.trainee}].push_back(r);
  std::vector<Progress> out;
  out.reserve(groups.size());
  for (const auto& [key, group] : groups) out.push_back(*progress_of(group));
  return out;
}

}  // namespace hallsim
