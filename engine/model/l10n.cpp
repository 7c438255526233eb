#include "model/l10n.hpp"

namespace hallsim {

namespace {
const std::string kEmpty;
}

bool L10nText::has(std::string_view locale) const {
  for (const auto& [l, _] : by_locale)
    if (l == locale) return true;
  return false;
}

const std::string& L10nText::get(std::string_view locale, std::string_view fallback) const {
  for (const auto& [l, text] : by_locale)
    if (l == locale) return text;
  for (const auto& [l, text] : by_locale)
    if (l == fallback) return text;
  return by_locale.empty() ? kEmpty : by_locale.front().second;
}

}  // namespace hallsim
