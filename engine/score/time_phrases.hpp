// The built-in recogniser "@concrete_time": a time the citizen can hold staff to, in digits or
// Chinese numerals. Clock times (12:40, 十二点一刻, 下午三点二十, 8点半前), durations (四十分钟,
// 十天, 5个工作日, 半个小时), days (本周五前, 下周一, 明天上午, 3月5日, 1号前, 月底前, 下班前).
// English too: "25 minutes", "5 p.m.", "next Thursday", "tomorrow morning", "before the 15th".
// Not concrete: 尽快 马上 很快 一会儿 等会儿. A duration already spent ("等了四十分钟", "跑了三天",
// "you've waited 40 minutes") is not a time given.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "score/reply_text.hpp"

namespace hallsim {

// The unit ranges [first, last] of `clause` that state a concrete time.
std::vector<std::pair<size_t, size_t>> find_concrete_times(const Clause& clause);

}  // namespace hallsim
