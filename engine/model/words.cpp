#include "model/words.hpp"

#include <array>
#include <utility>

namespace hallsim {

namespace {

struct Pair {
  std::string_view zh, en;
};

constexpr std::array<Pair, kDimensions> kDimensionWords = {{{"共情", "Empathy"},
                                                            {"及时性", "Timeliness"},
                                                            {"解决方案质量", "Solution quality"}}};
constexpr std::array<Pair, kSteps> kStepWords = {{{"受理投诉", "Accept the complaint"},
                                                  {"安抚民众", "Soothe"},
                                                  {"收集信息", "Gather information"},
                                                  {"提出建议", "Propose"},
                                                  {"达成共识", "Agree"},
                                                  {"回馈跟踪", "Follow up"}}};
constexpr std::array<Pair, 4> kOutcomeWords = {{{"已解决", "resolved"},
                                               {"部分解决", "partial"},
                                               {"投诉升级", "escalated"},
                                               {"未解决", "failed"}}};
constexpr std::array<Pair, 5> kRatingWords = {{{"非常满意", "very satisfied"},
                                              {"满意", "satisfied"},
                                              {"基本满意", "basically satisfied"},
                                              {"不满意", "dissatisfied"},
                                              {"非常不满意", "very dissatisfied"}}};

constexpr std::pair<std::string_view, Pair> kPhrases[] = {
    {"briefing", {"情景介绍", "Briefing"}},
    {"debrief", {"复盘报告", "Debrief"}},
    {"retry", {"再练一次", "Retry"}},
    {"library", {"场景库", "Library"}},
    {"reply_timer", {"回复计时", "Reply timer"}},
    {"hall_clock", {"大厅时间", "Hall clock"}},
    {"better_reply", {"更好的回答", "The road not taken (better reply)"}},
    {"late_reply", {"回复超时", "Late reply"}},
    {"outcome", {"结果", "Outcome"}},
    {"overall", {"总分", "Overall"}},
    {"pass", {"通过", "PASS"}},
    {"fail", {"未通过", "FAIL"}},
    {"rating", {"好差评", "Rating"}},
    {"steps", {"六步法", "Six steps"}},
    {"missed", {"遗漏", "missed"}},
    {"out_of_order", {"顺序不当", "out of order"}},
    {"came_before", {"先于", "came before"}},
    {"you", {"你", "you"}},
    {"why", {"原因", "why"}},
    {"type_reply", {"请输入你的回复（回车发送）", "Type your reply (Enter sends)"}},
    {"pick_reply", {"请选择回复", "Choose your reply"}},
    {"quit_hint", {"输入 q 退出", "q quits"}},
    {"press_enter", {"按回车开始", "Press Enter to start"}},
    {"seconds", {"秒", "s"}},
    {"cues_matched", {"命中要点", "cues met"}},
    {"cues_missed", {"遗漏要点", "cues missed"}},
    {"turn", {"第{}轮", "Turn {}"}},
    {"choose_scenario", {"请选择场景", "Choose a scenario"}},
    {"anger", {"怒气", "anger"}},
    {"trust", {"信任", "trust"}},
};

template <size_t N>
std::string_view pick(const std::array<Pair, N>& table, size_t i, std::string_view language) {
  return is_chinese(language) ? table[i].zh : table[i].en;
}

}  // namespace

bool is_chinese(std::string_view language) { return language.substr(0, 2) == "zh"; }

std::string_view word(std::string_view l, Dimension d) { return pick(kDimensionWords, static_cast<size_t>(d), l); }
std::string_view word(std::string_view l, Step s) { return pick(kStepWords, static_cast<size_t>(s), l); }
std::string_view word(std::string_view l, Outcome o) { return pick(kOutcomeWords, static_cast<size_t>(o), l); }
std::string_view word(std::string_view l, Rating r) { return pick(kRatingWords, static_cast<size_t>(r), l); }

std::string_view word(std::string_view l, std::string_view key) {
  for (const auto& [k, p] : kPhrases)
    if (k == key) return is_chinese(l) ? p.zh : p.en;
  return key;
}

}  // namespace hallsim
