#include "score/fold.hpp"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

namespace hallsim {

namespace {

bool ignored(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SK:
      return true;
    default:
      return false;
  }
}

// Keeps only well-formed UTF-8 so utf8proc never rejects the whole reply for one bad byte.
std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      ++i;
      continue;
    }
    out.append(s.data() + i, static_cast<size_t>(n));
    i += static_cast<size_t>(n);
  }
  return out;
}

}  // namespace

std::string fold_for_matching(std::string_view text) {
  std::string clean = valid_utf8(text);
  utf8proc_uint8_t* mapped = nullptr;
  auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(clean.data()),
                          static_cast<utf8proc_ssize_t>(clean.size()), &mapped,
                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                         UTF8PROC_CASEFOLD));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  if (len < 0) return {};
  std::string out;
  out.reserve(static_cast<size_t>(len));
  for (utf8proc_ssize_t i = 0; i < len;) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(mapped + i, len - i, &cp);
    if (n <= 0) break;
    if (!ignored(cp)) out.append(reinterpret_cast<const char*>(mapped + i), static_cast<size_t>(n));
    i += n;
  }
  return out;
}

}  // namespace hallsim
