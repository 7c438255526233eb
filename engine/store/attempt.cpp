#include "store/attempt.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

#include "transcript/json_fields.hpp"
#include "base/clock.hpp"

namespace hallsim {

namespace {

using json = nlohmann::json;

bool earlier(const AttemptRow& a, const AttemptRow& b) {
  return std::tie(a.finished_at, a.id) < std::tie(b.finished_at, b.id);
}

}  // namespace

AttemptRow attempt_from_transcript(const json& t) {
  if (!t.is_object() || t.value("format", "") != "hallsim-transcript")
    throw std::invalid_argument("not a HallSim transcript (no \"format\": \"hallsim-transcript\")");
  try {
    AttemptRow row;
    const json& scenario = json_member(t, "scenario");
    row.scenario_id = json_member(scenario, "id").get<std::string>();
    row.scenario_version = json_member(scenario, "version").get<int>();
    row.scenario_hash = json_member(scenario, "hash").get<std::string>();
    row.trainee = json_text(t, "trainee");
    const json& ending = json_member(t, "ending");
    if (ending.is_null() || !json_member(t, "finished_at").is_string())
      throw std::invalid_argument("the attempt did not reach an ending, so it is not a finished attempt");
    row.started_at = json_member(t, "started_at").get<std::string>();
    row.finished_at = json_member(t, "finished_at").get<std::string>();
    auto started = parse_utc_time(row.started_at), finished = parse_utc_time(row.finished_at);
    if (!started || !finished) throw std::invalid_argument("started_at and finished_at must be ISO 8601 times");
    row.duration_s = std::max(0.0, *finished - *started);
    row.outcome = json_member(ending, "outcome").get<std::string>();
    row.rating = json_text(ending, "rating");
    const json& totals = json_member(t, "totals");
    for (int d = 0; d < kDimensions; ++d) {
      const json& dim = json_member(totals, std::string(kDimensionNames[d]).c_str());
      row.dimensions[d] = {json_member(dim, "raw").get<int>(), json_member(dim, "percent").get<double>()};
    }
    row.overall = json_member(totals, "overall").get<double>();
    row.passed = json_member(totals, "passed").get<bool>();
    return row;
  } catch (const json::exception& e) {
    throw std::invalid_argument(std::string("the transcript has a value of the wrong type: ") + e.what());
  }
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
