#include "score/fold.hpp"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <atomic>
#include <cstdint>
#include <vector>

#include <opencc.h>
#include <utf8proc.h>

#include "score/utf8_walk.hpp"

namespace hallsim {

namespace {

bool ignored(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO:
      return true;
    default:
      return false;
  }
}

// One converter for the process; OpenCC's conversion does not change the converter.
class Simplifier {
 public:
  static const Simplifier& instance() {
    static const Simplifier s;
    return s;
  }
  // Whether OpenCC changes this code point on its own. Each Han code point is asked once per
  // process and remembered, so text that is already simplified (nearly every reply) never pays
  // for a dictionary walk.
  bool changes(int cp) const {
    size_t slot = 0;
    if (!slot_of(cp, slot)) return false;
    uint8_t known = seen_[slot].load(std::memory_order_relaxed);
    if (known == kUnknown) {
      std::string one = encode(cp);
      known = convert(one) != one ? kChanges : kSame;
      seen_[slot].store(known, std::memory_order_relaxed);
    }
    return known == kChanges;
  }

  // Asks OpenCC about all the code points of `text` not asked yet in one conversion, one per
  // line (no dictionary entry holds a line break, so each converts on its own): a conversion
  // per code point cost some 5,000 instructions of OpenCC's set-up each.
  void learn(std::string_view text) const {
    std::vector<int> asked;
    for_each_code_point(text, [&](int cp, size_t, size_t) {
      size_t slot = 0;
      if (slot_of(cp, slot) && seen_[slot].load(std::memory_order_relaxed) == kUnknown &&
          std::find(asked.begin(), asked.end(), cp) == asked.end())
        asked.push_back(cp);
    });
    if (asked.size() < 2) return;
    std::string batch;
    for (int cp : asked) batch += encode(cp) + '\n';
    std::string answer = convert(batch);
    std::vector<std::string_view> lines;
    for (size_t b = 0, e; (e = answer.find('\n', b)) != std::string::npos; b = e + 1)
      lines.push_back(std::string_view(answer).substr(b, e - b));
    if (lines.size() != asked.size()) return;  // unexpected: changes() asks one at a time
    for (size_t i = 0; i < asked.size(); ++i) {
      size_t slot = 0;
      slot_of(asked[i], slot);
      seen_[slot].store(lines[i] != encode(asked[i]) ? kChanges : kSame, std::memory_order_relaxed);
    }
  }

  Simplifier(const Simplifier&) = delete;
  Simplifier& operator=(const Simplifier&) = delete;

  std::string convert(std::string_view text) const {
    if (!opened_ || text.empty()) return std::string(text);
    // cppcheck-suppress invalidLifetime ; `text` outlives the call, which copies what it returns
    char* converted = opencc_convert_utf8(handle_, text.data(), text.size());
    std::unique_ptr<char, decltype(&opencc_convert_utf8_free)> out(converted, &opencc_convert_utf8_free);
    return out ? std::string(out.get()) : std::string(text);
  }

 private:
  // OpenCC's C interface reports a failed open as the handle (opencc_t)-1.
  Simplifier()
      : handle_(opencc_open("t2s.json")),
        opened_(handle_ != reinterpret_cast<opencc_t>(-1)) {}  // NOLINT(performance-no-int-to-ptr): see above
  ~Simplifier() {
    if (opened_) opencc_close(handle_);
  }
  static bool slot_of(int cp, size_t& slot) {
    if (cp >= 0x3400 && cp <= 0x9FFF) slot = static_cast<size_t>(cp - 0x3400);
    else if (cp >= 0xF900 && cp <= 0xFAFF) slot = static_cast<size_t>(cp - 0xF900) + kBmpHan;
    else if (cp >= 0x20000 && cp <= 0x2FFFF) slot = static_cast<size_t>(cp - 0x20000) + kBmpHan + kCompat;
    else return false;
    return true;
  }
  static std::string encode(int cp) {
    utf8proc_uint8_t bytes[4];
    auto len = utf8proc_encode_char(cp, bytes);
    return std::string(reinterpret_cast<const char*>(bytes), static_cast<size_t>(len));
  }
  static constexpr size_t kBmpHan = 0x9FFF - 0x3400 + 1, kCompat = 0xFAFF - 0xF900 + 1, kExtB = 0x2FFFF - 0x20000 + 1;
  static constexpr uint8_t kUnknown = 0, kSame = 1, kChanges = 2;
  opencc_t handle_;
  bool opened_;
  mutable std::unique_ptr<std::atomic<uint8_t>[]> seen_{new std::atomic<uint8_t>[kBmpHan + kCompat + kExtB]()};
};

bool any_traditional(std::string_view text) {
  Simplifier::instance().learn(text);
  bool found = false;
  for_each_code_point(text, [&](int cp, size_t, size_t) { found = found || Simplifier::instance().changes(cp); });
  return found;
}

}  // namespace

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](int, size_t at, size_t len) { out.append(text.data() + at, len); });
  return out;
}

std::string to_simplified(std::string_view text) {
  std::string clean = valid_utf8(text);
  if (!any_traditional(clean)) return clean;
  return Simplifier::instance().convert(clean);
}

void fold_code_point(int code_point, std::string& out) {
  utf8proc_int32_t buffer[18];
  utf8proc_int32_t last_boundclass = 0;
  auto n = utf8proc_decompose_char(code_point, buffer, 18,
                                   static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD),
                                   &last_boundclass);
  if (n < 0 || n > 18) return;
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    if (ignored(buffer[i])) continue;
    utf8proc_uint8_t bytes[4];
    auto len = utf8proc_encode_char(buffer[i], bytes);
    out.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(len));
  }
}

std::string fold_for_matching(std::string_view text) {
  std::string simple = to_simplified(text);
  std::vector<int> cps;
  for_each_code_point(simple, [&](int cp, size_t, size_t) { cps.push_back(cp); });
  std::string out;
  out.reserve(simple.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    if (joins_digits(cps, i))
      out += cps[i] == 0xFF1A || cps[i] == ':' ? ':' : '.';
    else
      fold_code_point(cps[i], out);
  }
  return out;
}

}  // namespace hallsim
