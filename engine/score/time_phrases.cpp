#include "score/time_phrases.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace hallsim {

namespace {

using namespace std::string_view_literals;

constexpr std::string_view kChineseDigits = "零〇一二两三四五六七八九十百";
constexpr std::array kDurationUnits = {"个工作日"sv, "工作日"sv, "分钟"sv, "个小时"sv, "小时"sv, "个钟头"sv, "钟头"sv,
                                       "个星期"sv, "星期"sv, "个礼拜"sv, "礼拜"sv, "个月"sv, "天"sv, "周"sv};
constexpr std::array kAfterHour = {"前"sv, "之前"sv, "以前"sv, "左右"sv, "钟"sv, "整"sv, "以后"sv, "之后"sv, "后"sv,
                                   "到"sv, "见"sv, "开始"sv, "过来"sv, "回"sv, "给"sv};
constexpr std::array kDayParts = {"凌晨"sv, "早上"sv, "上午"sv, "中午"sv, "下午"sv, "傍晚"sv, "晚上"sv, "今晚"sv,
                                  "明早"sv, "明晚"sv};
constexpr std::array kDays = {"今天"sv, "明天"sv, "后天"sv};
constexpr std::array kWeekWords = {"本周"sv, "这周"sv, "下周"sv, "周"sv, "星期"sv, "礼拜"sv, "下个星期"sv, "这个星期"sv,
                                   "本星期"sv, "下星期"sv, "下礼拜"sv};
constexpr std::string_view kWeekdays = "一二三四五六日天1234567";
constexpr std::array kDeadlines = {"月底前"sv, "月底之前"sv, "年底前"sv, "下班前"sv, "下班之前"sv, "今天之内"sv,
                                   "今天内"sv, "当天"sv, "明早"sv};
constexpr std::array kAlreadySpent = {"了"sv, "已经"sv, "都"sv, "足足"sv, "整整"sv};

// Reads one unit's text; numbers in digits are one unit, Chinese numerals one unit each.
class Scanner {
 public:
  explicit Scanner(const Clause& c) : c_(c) {}
  size_t size() const { return c_.units.size(); }
  std::string_view at(size_t u) const { return u < size() ? c_.unit_text(u) : std::string_view(); }

  bool digits(size_t u) const {
    std::string_view t = at(u);
    return !t.empty() && t[0] >= '0' && t[0] <= '9';
  }
  bool chinese_digit(size_t u) const {
    std::string_view t = at(u);
    return !t.empty() && t.size() == 3 && kChineseDigits.find(t) != std::string_view::npos;
  }
  // A number starting at u: returns the unit after it, or u when there is none.
  size_t number(size_t u) const {
    if (digits(u)) return u + 1;
    size_t v = u;
    while (chinese_digit(v)) ++v;
    return v;
  }
  // Does `word` start at unit u? Returns the unit after it, or u.
  size_t word(size_t u, std::string_view w) const {
    size_t v = u;
    std::string_view rest = w;
    while (!rest.empty() && v < size()) {
      std::string_view t = at(v);
      if (rest.substr(0, t.size()) != t) return u;
      rest.remove_prefix(t.size());
      ++v;
    }
    return rest.empty() ? v : u;
  }
  template <size_t N>
  size_t any_word(size_t u, const std::array<std::string_view, N>& words) const {
    size_t best = u;
    for (std::string_view w : words) best = std::max(best, word(u, w));
    return best;
  }

 private:
  const Clause& c_;
};

bool spent_before(const Scanner& s, size_t u) {
  for (std::string_view w : kAlreadySpent) {
    size_t len = 0;
    for (size_t v = u; v > 0 && len < 2; --v, ++len)
      if (s.word(v - 1, w) == u) return true;
  }
  return false;
}

// "12:40", "十二点一刻", "三点二十分", "8点半": the unit after the time, or u.
size_t clock_time(const Scanner& s, size_t u, bool day_part_before) {
  std::string_view t = s.at(u);
  if (s.digits(u) && t.find(':') != std::string_view::npos) return u + 1;
  size_t v = s.number(u);
  if (v != u && s.digits(u) && s.at(v) == ":" && s.digits(v + 1)) return v + 2;  // "11 : 40", typed with spaces
  if (v == u || s.at(v) != "点") return u;
  size_t after_hour = v + 1;
  size_t w = s.any_word(after_hour, std::array{"半"sv, "一刻"sv, "三刻"sv});
  if (w == after_hour) {
    size_t m = s.number(after_hour);
    if (m != after_hour) w = s.word(m, "分") != m ? m + 1 : m;
  }
  bool minutes_given = w != after_hour;
  bool time_word_after = s.any_word(w, kAfterHour) != w;
  // "三点" alone may be "three points": only a clock time with minutes, a day part or a time word.
  if (minutes_given || time_word_after || day_part_before) return w;
  return u;
}

size_t duration(const Scanner& s, size_t u) {
  size_t v = s.at(u) == "半" ? u + 1 : s.number(u);
  if (v == u) return u;
  if (s.at(v) == "个" && s.at(v + 1) == "半") v += 2;  // 一个半小时
  if (s.at(v) == "来" || s.at(v) == "多") ++v;            // 二十来分钟, 二十多分钟: still a number to hold to
  size_t w = s.any_word(v, kDurationUnits);
  if (w == v) return u;
  return w;
}

size_t weekday(const Scanner& s, size_t u) {
  size_t v = s.any_word(u, kWeekWords);
  if (v == u || v >= s.size()) return u;
  std::string_view d = s.at(v);
  return !d.empty() && kWeekdays.find(d) != std::string_view::npos ? v + 1 : u;
}

size_t date(const Scanner& s, size_t u) {
  size_t v = s.number(u);
  if (v == u) return u;
  if (s.at(v) == "月") {
    size_t d = s.number(v + 1);
    if (d != v + 1 && (s.at(d) == "日" || s.at(d) == "号")) return d + 1;
    return u;
  }
  // "1号" is a date only before a time word: "3号窗口" is a window.
  if (s.at(v) == "号") {
    size_t w = s.any_word(v + 1, std::array{"前"sv, "之前"sv, "以前"sv, "上午"sv, "下午"sv, "当天"sv, "之内"sv});
    if (w != v + 1) return w;
  }
  return u;
}

// English: "25 minutes", "five working days", "5 pm", "5 p.m.", "next Thursday", "by Friday",
// "tomorrow morning", "before the 15th".
constexpr std::array kEnglishNumbers = {"one"sv, "two"sv, "three"sv, "four"sv, "five"sv, "six"sv, "seven"sv, "eight"sv,
                                        "nine"sv, "ten"sv, "fifteen"sv, "twenty"sv, "thirty"sv, "forty"sv, "fortyfive"sv,
                                        "half"sv, "an"sv, "a"sv};
constexpr std::array kEnglishUnits = {"minutes"sv, "minute"sv, "mins"sv, "hours"sv, "hour"sv, "days"sv, "day"sv,
                                      "working"sv, "weeks"sv, "week"sv};
constexpr std::array kEnglishWeekdays = {"monday"sv, "tuesday"sv, "wednesday"sv, "thursday"sv, "friday"sv,
                                         "saturday"sv, "sunday"sv};
constexpr std::array kEnglishDayParts = {"morning"sv, "afternoon"sv, "evening"sv, "noon"sv};

template <size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool ordinal(std::string_view w) {  // "15th", "1st", "2nd", "3rd"
  if (w.size() < 3 || w[0] < '0' || w[0] > '9') return false;
  std::string_view tail = w.substr(w.size() - 2);
  return tail == "th" || tail == "st" || tail == "nd" || tail == "rd";
}

size_t english_time(const Scanner& s, size_t u) {
  std::string_view w = s.at(u);
  bool number = s.digits(u) || one_of(w, kEnglishNumbers);
  if (number && one_of(s.at(u + 1), kEnglishUnits)) {
    std::string_view before = u > 0 ? s.at(u - 1) : std::string_view();
    if (before == "waited" || before == "for" || before == "already") return u;  // time already spent
    return u + 2;
  }
  if (s.digits(u) && (s.at(u + 1) == "pm" || s.at(u + 1) == "am" || s.at(u + 1) == "p" || s.at(u + 1) == "a")) return u + 2;
  if (one_of(w, kEnglishWeekdays)) return u + 1;
  if (w == "tomorrow" && one_of(s.at(u + 1), kEnglishDayParts)) return u + 2;
  if ((w == "the" || w == "by" || w == "before") && ordinal(s.at(u + 1))) return u + 2;
  return u;
}

// Whether a time can start at this unit: a number, a Latin word, or the first character of a day,
// week, date or deadline word. Most units are ruled out here.
bool may_start_time(std::string_view unit) {
  static const std::array kStarts = {"零"sv, "〇"sv, "一"sv, "二"sv, "两"sv, "三"sv, "四"sv, "五"sv, "六"sv, "七"sv, "八"sv,
                                     "九"sv, "十"sv, "百"sv, "半"sv, "今"sv, "明"sv, "后"sv, "本"sv, "这"sv, "下"sv, "周"sv,
                                     "星"sv, "礼"sv, "月"sv, "年"sv, "当"sv, "凌"sv, "早"sv, "上"sv, "中"sv, "傍"sv, "晚"sv};
  if (unit.empty()) return false;
  if (static_cast<unsigned char>(unit[0]) < 0x80) return true;  // digits and English words
  return std::find(kStarts.begin(), kStarts.end(), unit) != kStarts.end();
}

}  // namespace

std::vector<std::pair<size_t, size_t>> find_concrete_times(const Clause& clause) {
  Scanner s(clause);
  std::vector<std::pair<size_t, size_t>> found;
  for (size_t u = 0; u < s.size();) {
    if (!may_start_time(s.at(u))) {
      ++u;
      continue;
    }
    size_t day = s.any_word(u, kDays);
    size_t part = s.any_word(day, kDayParts);
    size_t end = u;
    if (day != u && part != day) end = part;  // 明天上午
    size_t clock = clock_time(s, part, part != u);
    if (clock != part) end = clock;
    if (end == u) end = std::max({weekday(s, u), date(s, u), s.any_word(u, kDeadlines), english_time(s, u)});
    if (end == u) {
      size_t d = duration(s, u);
      if (d != u && spent_before(s, u)) {  // "等了四十分钟": time already spent, not a time given
        u = d;
        continue;
      }
      end = d;
    }
    if (end != u) {
      found.emplace_back(u, end - 1);
      u = end;
    } else {
      ++u;
    }
  }
  return found;
}

}  // namespace hallsim
