// The built-in recogniser "@anyone_feels" (part of @feeling): "anyone would feel it", the way
// Chinese names a feeling without the stock words: 搁谁都得火, 谁看了都憋气, 换谁跑三趟都会窝火,
// 谁碰上这事也坐不住. A clause holds 谁, then 都 or 也 within a few characters, then a word of
// feeling (急 火 气 憋 烦 慌 恼 委屈 难受 受不了 坐不住 …) straight after.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "score/reply_text.hpp"

namespace hallsim {

// The unit ranges [first, last] of `clause` that say anyone would feel it.
std::vector<std::pair<size_t, size_t>> find_anyone_feels(const Clause& clause);

}  // namespace hallsim
