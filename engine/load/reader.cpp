#include "load/reader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

namespace hallsim::load {

// [SECTION] Suggestions

namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

bool parse_bool_text(std::string_view s, bool& out) {
  bool is_true = s == "true" || s == "True" || s == "TRUE";
  if (!is_true && s != "false" && s != "False" && s != "FALSE") return false;
  out = is_true;
  return true;
}

bool parse_int_text(std::string_view s, long long& out, bool allow_plus) {
  if (allow_plus && !s.empty() && s[0] == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    // A word that starts like a candidate ("soothing", "sooth") means it, even when far in edits.
    bool shares_stem = word.size() >= 4 && c.size() >= 4 && word.substr(0, 4) == std::string_view(c).substr(0, 4);
    size_t d = shares_stem ? std::min(edit_distance(word, c), best_distance - 1) : edit_distance(word, c);
    if (d < best_distance && d < word.size()) best_distance = d, best = c;  // 'b' is not a typo of 'a'
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string c = closest(word, candidates);
  return c.empty() ? std::string() : fmt::format(" (did you mean '{}'?)", c);
}

bool looks_like_locale(std::string_view s) {
  // BCP 47 in short: a 2-3 letter language, then optional 2-4 character parts (zh-CN, zh-Hant).
  size_t dash = s.find_first_of("-_");
  std::string_view language = s.substr(0, dash);
  if (language.size() < 2 || language.size() > 3) return false;
  for (char c : language)
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  while (dash != std::string_view::npos) {
    s.remove_prefix(dash + 1);
    dash = s.find_first_of("-_");
    std::string_view part = s.substr(0, dash);
    if (part.size() < 2 || part.size() > 4) return false;
    for (char c : part)
      if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool looks_like_bool(const yaml::Node& n) {
  bool b = false;
  return n.is_scalar() && n.plain && parse_bool_text(n.scalar, b);
}

bool looks_like_integer(const yaml::Node& n) {
  long long v = 0;
  return n.is_scalar() && n.plain && parse_int_text(n.scalar, v, true);
}

// [SECTION] Shapes

void Reader::wrong_type(const yaml::Node& node, std::string_view what, std::string_view expected) {
  std::string got = node.is_scalar() ? fmt::format("'{}'", node.scalar.size() > 40 ? node.scalar.substr(0, 40) + "..." : node.scalar)
                                     : yaml::kind_name(node.kind);
  sink_.error(node.loc, "HS0023", fmt::format("{} must be {}, not {}", what, expected, got));
}

bool Reader::expect_map(const yaml::Node& node, std::string_view what) {
  if (node.is_map()) return true;
  wrong_type(node, what, "a map of 'key: value' lines");
  return false;
}

bool Reader::expect_list(const yaml::Node& node, std::string_view what) {
  if (node.is_sequence()) return true;
  wrong_type(node, what, "a list ('- item' lines or [a, b])");
  return false;
}

void Reader::check_keys(const yaml::Node& map, const std::vector<std::string>& allowed, std::string_view what) {
  for (size_t i = 0; i < map.map_size(); ++i) {
    const yaml::Node& k = map.key(i);
    if (!k.is_scalar()) {
      sink_.error(k.loc, "HS0023", fmt::format("keys in {} must be plain names", what));
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), k.scalar) != allowed.end()) continue;
    sink_.error(k.loc, "HS0021", fmt::format("unknown key '{}' in {}{}", k.scalar, what, did_you_mean(k.scalar, allowed)));
  }
}

const yaml::Node* Reader::require(const yaml::Node& map, std::string_view key, std::string_view what) {
  if (const yaml::Node* v = map.find(key)) return v;
  sink_.error(map.loc, "HS0022", fmt::format("{} needs the key '{}'", what, key));
  return nullptr;
}

// [SECTION] Scalars

std::optional<long long> Reader::integer(const yaml::Node& node, std::string_view what) {
  long long v = 0;
  if (node.is_scalar() && node.plain && parse_int_text(node.scalar, v, false)) return v;
  wrong_type(node, what, "a whole number");
  return std::nullopt;
}

std::optional<long long> Reader::signed_integer(const yaml::Node& node, std::string_view what) {
  long long v = 0;
  if (node.is_scalar() && parse_int_text(node.scalar, v, true)) return v;
  wrong_type(node, what, "a whole number such as +10 or -5");
  return std::nullopt;
}

std::optional<double> Reader::number(const yaml::Node& node, std::string_view what) {
  if (node.is_scalar() && node.plain) {
    // from_chars ignores the global locale: a decimal comma locale cannot change scores.
    double v = 0;
    const std::string& s = node.scalar;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc() && p == s.data() + s.size() && !s.empty()) return v;
  }
  wrong_type(node, what, "a number");
  return std::nullopt;
}

std::optional<bool> Reader::boolean(const yaml::Node& node, std::string_view what) {
  bool b = false;
  if (node.is_scalar() && node.plain && parse_bool_text(node.scalar, b)) return b;
  wrong_type(node, what, "true or false");
  return std::nullopt;
}

std::optional<std::string> Reader::string(const yaml::Node& node, std::string_view what) {
  if (node.is_scalar()) return node.scalar;
  wrong_type(node, what, "text");
  return std::nullopt;
}

std::vector<std::string> Reader::string_list(const yaml::Node& node, std::string_view what) {
  std::vector<std::string> out;
  if (node.is_scalar()) {  // a single phrase where a list is expected is what the author meant
    out.push_back(node.scalar);
    return out;
  }
  if (!expect_list(node, what)) return out;
  for (const auto& item : node.items)
    if (auto s = string(item, fmt::format("each item of {}", what))) out.push_back(*s);
  return out;
}

L10nText Reader::l10n(const yaml::Node& node, std::string_view what, const std::string& language) {
  L10nText t;
  t.loc = node.loc;
  if (node.is_scalar()) {
    t.by_locale.emplace_back(language, node.scalar);
    return t;
  }
  if (!node.is_map()) {
    wrong_type(node, what, "text, or a map of language to text ({zh-CN: ..., en: ...})");
    return t;
  }
  for (size_t i = 0; i < node.map_size(); ++i) {
    const yaml::Node& k = node.key(i);
    if (!k.is_scalar() || !looks_like_locale(k.scalar) || node.value(i).is_null()) {
      // The usual cause: an unquoted comma inside {zh-CN: ..., en: ...} ends the text early.
      sink_.error(k.loc, "HS0023",
                  node.value(i).is_null()
                      ? fmt::format("'{}' in {} is not a language code: a comma inside {{ }} ends the text there; put "
                                    "the whole text in quotes", k.scalar, what)
                      : fmt::format("the languages of {} must be codes such as zh-CN or en, not '{}'", what, k.scalar));
      continue;
    }
    if (auto s = string(node.value(i), fmt::format("the {} text of {}", k.scalar, what))) t.by_locale.emplace_back(k.scalar, *s);
  }
  return t;
}

std::pair<SourceLoc, bool> Reader::scalar_text_origin(const yaml::Node& node) const {
  std::string_view src(doc_.text);
  if (node.offset >= src.size()) return {node.loc, false};
  std::string_view rest = src.substr(node.offset);
  if (node.plain && rest.substr(0, node.scalar.size()) == node.scalar) return {node.loc, true};
  if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'') && rest.substr(1, node.scalar.size()) == node.scalar)
    return {{node.loc.line, node.loc.column + 1}, true};
  return {node.loc, false};
}

}  // namespace hallsim::load
