// Walking UTF-8 text one code point at a time, skipping invalid bytes.
#pragma once

#include <cstddef>
#include <string_view>

#include <utf8proc.h>

namespace hallsim {

// Calls f(code_point, byte_offset, byte_length) for each well-formed code point of `s`.
template <typename F>
void for_each_code_point(std::string_view s, F&& f) {
  for (size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      ++i;
      continue;
    }
    f(static_cast<int>(cp), i, static_cast<size_t>(n));
    i += static_cast<size_t>(n);
  }
}

// The code point starting at byte `at`, or 0 at the end or on an invalid byte.
inline int next_code_point(std::string_view s, size_t at) {
  if (at >= s.size()) return 0;
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + at),
                            static_cast<utf8proc_ssize_t>(s.size() - at), &cp);
  return n <= 0 ? 0 : static_cast<int>(cp);
}

// 0-9 and the full-width ０-９.
inline bool is_ascii_digit_folded(int cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }
// ":" "：" "." "．", which join digits in clock times and decimals ("11:40", "1.5").
inline bool is_digit_joiner(int cp) { return cp == ':' || cp == 0xFF1A || cp == '.' || cp == 0xFF0E; }

// Whether cps[i] joins two digits, spaces aside: "11:40", "11 : 40", "1.5".
template <typename CodePoints, typename Get = int (*)(int)>
bool joins_digits(const CodePoints& cps, size_t i, Get get = [](int cp) { return cp; }) {
  if (!is_digit_joiner(get(cps[i]))) return false;
  auto spacing = [&](size_t k) { int cp = get(cps[k]); return cp == ' ' || cp == 0x3000; };
  size_t before = i, after = i + 1;
  while (before > 0 && spacing(before - 1)) --before;
  while (after < cps.size() && spacing(after)) ++after;
  return before > 0 && after < cps.size() && is_ascii_digit_folded(get(cps[before - 1])) &&
         is_ascii_digit_folded(get(cps[after]));
}

}  // namespace hallsim
