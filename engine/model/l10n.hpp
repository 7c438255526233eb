// L10n strings: one text per locale, falling back to the scenario's own language.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostic.hpp"

namespace hallsim {

struct L10nText {
  std::vector<std::pair<std::string, std::string>> by_locale;  // in file order
  SourceLoc loc;

  bool empty() const { return by_locale.empty(); }
  bool has(std::string_view locale) const;
  // The text in `locale`, else in `fallback`, else the first one given, else "".
  const std::string& get(std::string_view locale, std::string_view fallback) const;
};

}  // namespace hallsim
