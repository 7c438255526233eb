#include "model/scenario.hpp"

#include <fmt/format.h>

namespace hallsim {

namespace {

constexpr std::array<std::string_view, kSteps> kStepNames = {"accept", "soothe", "gather",
                                                             "propose", "agree", "follow_up"};
constexpr std::array<std::string_view, kSteps> kStepNamesZh = {"受理投诉", "安抚民众", "收集信息",
                                                               "提出建议", "达成共识", "回馈跟踪"};
// Short forms instructors write too (受理 → 安抚 → 收集信息 → ...).
constexpr std::array<std::string_view, kSteps> kStepNamesZhShort = {"受理", "安抚", "收集",
                                                                    "建议", "共识", "跟踪"};
constexpr std::array<std::string_view, 4> kOutcomeNames = {"resolved", "partial", "escalated", "failed"};
constexpr std::array<std::string_view, 5> kRatingNames = {"very_satisfied", "satisfied", "basic",
                                                          "dissatisfied", "very_dissatisfied"};

template <typename E, size_t N>
std::optional<E> find_name(const std::array<std::string_view, N>& names, std::string_view s) {
  for (size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace

const std::array<std::string_view, kSpeakers> kSpeakerNames = {"citizen",    "narrator", "colleague",
                                                               "supervisor", "guard",    "phone"};

std::string_view step_name(Step s) { return kStepNames[static_cast<size_t>(s)]; }
std::string_view step_name_zh(Step s) { return kStepNamesZh[static_cast<size_t>(s)]; }
std::optional<Step> parse_step(std::string_view s) {
  if (auto e = find_name<Step>(kStepNames, s)) return e;
  if (auto z = find_name<Step>(kStepNamesZh, s)) return z;
  return find_name<Step>(kStepNamesZhShort, s);
}

std::string_view outcome_name(Outcome o) { return kOutcomeNames[static_cast<size_t>(o)]; }
std::optional<Outcome> parse_outcome(std::string_view s) { return find_name<Outcome>(kOutcomeNames, s); }

std::string_view rating_name(Rating r) { return kRatingNames[static_cast<size_t>(r)]; }
std::optional<Rating> parse_rating(std::string_view s) { return find_name<Rating>(kRatingNames, s); }
Rating default_rating(Outcome o) {
  switch (o) {
    case Outcome::resolved: return Rating::satisfied;
    case Outcome::partial: return Rating::basic;
    case Outcome::escalated: return Rating::dissatisfied;
    case Outcome::failed: return Rating::very_dissatisfied;
  }
  return Rating::basic;
}

std::string_view speaker_name(Speaker s) { return kSpeakerNames[static_cast<size_t>(s)]; }
std::optional<Speaker> parse_speaker(std::string_view s) { return find_name<Speaker>(kSpeakerNames, s); }

int Scenario::find_node(std::string_view id_) const {
  auto it = node_index.find(id_);
  return it == node_index.end() ? -1 : it->second;
}

int Scenario::find_variable(std::string_view name) const {
  for (size_t i = 0; i < variables.size(); ++i)
    if (variables[i].name == name) return static_cast<int>(i);
  return -1;
}


}  // namespace hallsim
