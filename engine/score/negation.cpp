#include "score/negation.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hallsim {

namespace {

using namespace std::string_view_literals;

// Words with a negator character that do not negate what follows: apologies (对不起 不好意思
// 过意不去), reassurance set phrases (没关系 别担心 不客气 没问题), adjectives and nouns (不便 别人
// 特别 非常 未来), conjunctions (不过 不管 不仅 无论), and upper bounds (不超过 不迟于: "不超过15个
// 工作日" promises a time, it does not deny one).
constexpr std::array kMasked = {
    "对不起"sv, "不好意思"sv, "过意不去"sv, "了不起"sv, "差不多"sv, "不错"sv, "不少"sv, "不久"sv, "不断"sv,
    "不停"sv, "不过"sv, "不如"sv, "不然"sv, "要不"sv, "不管怎样"sv, "不管怎么"sv, "不仅"sv, "不但"sv,
    "不得不"sv, "忍不住"sv, "说不定"sv, "不一定"sv, "少不了"sv, "免不了"sv, "别人"sv, "别的"sv, "特别"sv,
    "分别"sv, "区别"sv, "告别"sv, "级别"sv, "类别"sv, "识别"sv, "个别"sv, "辨别"sv, "没关系"sv, "不要紧"sv,
    "别担心"sv, "不用担心"sv, "不必担心"sv, "别着急"sv, "不着急"sv, "别急"sv, "不用急"sv, "不客气"sv,
    "不用客气"sv, "没问题"sv, "没事"sv, "未来"sv, "无论"sv, "非常"sv, "不便"sv, "不方便"sv, "不满"sv,
    "不耐烦"sv, "没有问题"sv, "不用谢"sv, "不容易"sv, "不舒服"sv, "不公平"sv, "不合理"sv, "不周"sv, "不到位"sv, "没想到"sv,
    "想不到"sv, "不知不觉"sv, "毫无"sv, "无微不至"sv, "nowonder"sv, "noproblem"sv, "nottoworry"sv,
    "dontworry"sv, "不超过"sv, "不超"sv, "不迟于"sv, "不晚于"sv, "不多于"sv,
};

// Negators in front of a phrase. Single characters cover their compounds (不会 不能 不用 不要
// 不是 没有 别再 …); the rest are written out.
constexpr std::array kNegators = {
    "不"sv, "没"sv, "别"sv, "未"sv, "甭"sv, "无法"sv, "无须"sv, "无需"sv, "并非"sv, "绝非"sv,
    "休想"sv, "少来"sv,
};
constexpr std::array kEnglishNegators = {
    "not"sv, "no"sv, "never"sv, "dont"sv, "cant"sv, "cannot"sv, "wont"sv, "isnt"sv, "arent"sv,
    "didnt"sv, "doesnt"sv, "wasnt"sv, "shouldnt"sv, "wouldnt"sv, "couldnt"sv, "nobody"sv,
};

// Negators after a phrase, directly or after one of 也 都 还 就 是: "代办也没有", "预约是不可能的".
constexpr std::array kPostNegators = {
    "没有"sv, "没门"sv, "不行"sv, "不可能"sv, "不给"sv, "不能"sv, "不了"sv, "免谈"sv, "不存在"sv,
};
constexpr std::array kPostFillers = {"也"sv, "都"sv, "还"sv, "就"sv, "是"sv};

// Where a negator's reach ends: a first-person subject starts a new predicate ("别让您再跑了我来
// 负责"), and a "but" turns the sentence.
constexpr std::array kReachBreakers = {"我"sv, "但"sv, "可是"sv, "而是"sv, "所以"sv, "but"sv};

bool starts_with(std::string_view s, size_t at, std::string_view word) { return s.substr(at, word.size()) == word; }

// A word list indexed by its words' first code point's bytes, so a clause position is compared
// only with the few words that can start there.
class WordIndex {
 public:
  template <size_t N>
  explicit WordIndex(const std::array<std::string_view, N>& words) {
    for (std::string_view w : words) by_first_[first_char(w)].push_back(w);
  }
  const std::vector<std::string_view>* starting_with(std::string_view unit_text) const {
    auto it = by_first_.find(first_char(unit_text));
    return it == by_first_.end() ? nullptr : &it->second;
  }

 private:
  static std::string_view first_char(std::string_view s) {
    if (s.empty()) return s;
    auto lead = static_cast<unsigned char>(s[0]);
    size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return s.substr(0, std::min(len, s.size()));
  }
  std::unordered_map<std::string_view, std::vector<std::string_view>> by_first_;
};

// How many units a word starting at unit `u` spans, or 0 when it does not start there.
size_t word_units(const Clause& c, size_t u, std::string_view word) {
  size_t at = c.units[u].folded_begin;
  if (!starts_with(c.folded, at, word)) return 0;
  size_t end = at + word.size();
  size_t v = u;
  while (v < c.units.size() && c.units[v].folded_begin < end) ++v;
  // A Latin word must match whole units ("no" is not the start of "now").
  if (v < c.units.size() && c.units[v].folded_begin != end) return 0;
  if (v == c.units.size() && end != c.folded.size() && c.units.back().folded_begin < end) return 0;
  return v - u;
}

size_t longest_at(const Clause& c, size_t u, const WordIndex& words) {
  const auto* candidates = words.starting_with(c.unit_text(u));
  size_t best = 0;
  if (candidates)
    for (std::string_view w : *candidates) best = std::max(best, word_units(c, u, w));
  return best;
}

const WordIndex& masked_words() { static const WordIndex w(kMasked); return w; }
const WordIndex& negator_words() {
  static const WordIndex w = [] {
    std::array<std::string_view, kNegators.size() + kEnglishNegators.size()> all{};
    std::copy(kNegators.begin(), kNegators.end(), all.begin());
    std::copy(kEnglishNegators.begin(), kEnglishNegators.end(), all.begin() + kNegators.size());
    return WordIndex(all);
  }();
  return w;
}
const WordIndex& breaker_words() { static const WordIndex w(kReachBreakers); return w; }
const WordIndex& post_negator_words() { static const WordIndex w(kPostNegators); return w; }
const WordIndex& post_filler_words() { static const WordIndex w(kPostFillers); return w; }

}  // namespace

NegationMarks::NegationMarks(const Clause& clause)
    : clause_(clause),
      masked_(clause.units.size(), 0),
      negator_len_(clause.units.size(), 0),
      breaks_reach_(clause.units.size(), 0) {
  size_t n = clause.units.size();
  for (size_t u = 0; u < n; ++u)
    if (size_t len = longest_at(clause, u, masked_words()))
      for (size_t k = u; k < u + len && k < n; ++k) masked_[k] = 1;
  for (size_t u = 0; u < n; ++u) {
    if (masked_[u]) continue;
    negator_len_[u] = longest_at(clause, u, negator_words());
    if (longest_at(clause, u, breaker_words())) breaks_reach_[u] = 1;
  }
}

std::optional<size_t> NegationMarks::negator_of(size_t first, size_t last) const {
  for (size_t k = 1; k <= kNegationReach && k <= first; ++k) {
    size_t u = first - k;
    if (breaks_reach_[u]) break;
    if (negator_len_[u] && u + negator_len_[u] <= first) return u;
  }
  size_t u = last + 1;
  if (u < clause_.units.size() && longest_at(clause_, u, post_filler_words())) ++u;
  if (u < clause_.units.size() && !masked_[u] && longest_at(clause_, u, post_negator_words())) return u;
  return std::nullopt;
}

}  // namespace hallsim
