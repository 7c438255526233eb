#include "score/feeling_phrases.hpp"

#include <array>
#include <string_view>

namespace hallsim {

namespace {

using namespace std::string_view_literals;

constexpr size_t kWhoToAll = 8;       // units between 谁 and 都/也 ("换谁跑三趟都")
constexpr size_t kAllToFeeling = 3;   // units between 都/也 and the feeling ("都会", "都得")
constexpr std::array kFeelings = {"急"sv, "火"sv, "气"sv, "憋"sv, "烦"sv, "慌"sv, "恼"sv, "委屈"sv, "难受"sv, "受不了"sv,
                                  "坐不住"sv, "不痛快"sv, "不舒服"sv, "上火"sv, "心疼"sv, "担心"sv, "怕"sv};
// Not a feeling said of anyone: "谁都一样", "谁都可以".
constexpr std::array kAllWords = {"都"sv, "也"sv};

bool starts_with_any(std::string_view text, size_t at, const std::array<std::string_view, kFeelings.size()>& words) {
  for (std::string_view w : words)
    if (text.substr(at, w.size()) == w) return true;
  return false;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> find_anyone_feels(const Clause& c) {
  std::vector<std::pair<size_t, size_t>> found;
  const size_t n = c.units.size();
  for (size_t who = 0; who < n; ++who) {
    if (c.unit_text(who) != "谁") continue;
    for (size_t all = who + 1; all < n && all <= who + kWhoToAll; ++all) {
      std::string_view t = c.unit_text(all);
      if (t != kAllWords[0] && t != kAllWords[1]) continue;
      for (size_t f = all + 1; f < n && f <= all + 1 + kAllToFeeling; ++f)
        if (starts_with_any(c.folded, c.units[f].folded_begin, kFeelings)) {
          found.emplace_back(who, f);
          return found;
        }
      break;
    }
  }
  return found;
}

}  // namespace hallsim
