#include "model/diagnostic_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <regex>

#include "model/embedded_text.hpp"
#include "model/tsv_table.hpp"
#include "model/words.hpp"

namespace hallsim {

namespace {

// An English template cut at its {} places: "unknown key '{}' in {}" -> "unknown key '", "' in ", "".
struct MessageTemplate {
  std::string_view code;
  std::vector<std::string_view> pieces;
  std::string_view zh;
};

std::vector<std::string_view> split_at_holes(std::string_view en) {
  std::vector<std::string_view> pieces;
  for (size_t start = 0;;) {
    size_t hole = en.find("{}", start);
    pieces.push_back(en.substr(start, hole == std::string_view::npos ? hole : hole - start));
    if (hole == std::string_view::npos) return pieces;
    start = hole + 2;
  }
}

struct TemplateTable {
  std::vector<MessageTemplate> templates;
  std::vector<std::string> problems;
};

size_t count_zh_holes(std::string_view zh) {
  static const std::regex hole(R"(\{\d?\})");
  std::string s(zh);
  return static_cast<size_t>(std::distance(std::sregex_iterator(s.begin(), s.end(), hole), std::sregex_iterator()));
}

const TemplateTable& template_table() {
  static const TemplateTable t = [] {
    TemplateTable out;
    for (const auto& row : parse_tsv_table(embedded::kDiagnosticsTsv, out.problems)) {
      MessageTemplate tp{row.key, split_at_holes(row.en), row.zh};
      if (count_zh_holes(row.zh) != tp.pieces.size() - 1)
        out.problems.push_back(fmt::format("{}: the zh-CN text has another number of {{}} than '{}'", row.key, row.en));
      out.templates.push_back(std::move(tp));
    }
    // The most specific template first: "the free_text of node '{}'" before "{} of {}".
    auto literal_size = [](const MessageTemplate& t) {
      size_t n = 0;
      for (auto p : t.pieces) n += p.size();
      return n;
    };
    std::stable_sort(out.templates.begin(), out.templates.end(),
                     [&](const MessageTemplate& a, const MessageTemplate& b) { return literal_size(a) > literal_size(b); });
    return out;
  }();
  return t;
}

// Matches `text` against the pieces from `i` on; the parts between them land in `parts`. The
// leftmost place for each piece is tried first, then later ones.
bool match_from(std::string_view text, const std::vector<std::string_view>& pieces, size_t i,
                std::vector<std::string_view>& parts) {
  if (i == pieces.size()) return text.empty();
  const std::string_view piece = pieces[i];
  if (i + 1 == pieces.size()) {  // the last piece ends the text
    if (text.size() < piece.size() || text.substr(text.size() - piece.size()) != piece) return false;
    parts.push_back(text.substr(0, text.size() - piece.size()));
    return true;
  }
  for (size_t at = text.find(piece); at != std::string_view::npos; at = text.find(piece, at + 1)) {
    parts.push_back(text.substr(0, at));
    if (match_from(text.substr(at + piece.size()), pieces, i + 1, parts)) return true;
    parts.resize(parts.size() - 1);
  }
  return false;
}

std::optional<std::vector<std::string_view>> match_template(std::string_view text, const MessageTemplate& t) {
  const auto& p = t.pieces;
  if (text.substr(0, p.front().size()) != p.front()) return std::nullopt;
  if (p.size() == 1) return text == p.front() ? std::optional<std::vector<std::string_view>>(std::vector<std::string_view>{}) : std::nullopt;
  std::vector<std::string_view> parts;
  if (!match_from(text.substr(p.front().size()), p, 1, parts)) return std::nullopt;
  return parts;
}

// The zh-CN text with its {} or {N} places filled.
std::string fill_holes(std::string_view zh, const std::vector<std::string>& parts) {
  std::string out;
  size_t next = 0;
  for (size_t i = 0; i < zh.size(); ++i) {
    if (zh[i] == '{' && i + 1 < zh.size() && zh[i + 1] == '}') {
      if (next < parts.size()) out += parts[next];
      ++next;
      ++i;
    } else if (zh[i] == '{' && i + 2 < zh.size() && zh[i + 1] >= '0' && zh[i + 1] <= '9' && zh[i + 2] == '}') {
      auto n = static_cast<size_t>(zh[i + 1] - '0');
      if (n < parts.size()) out += parts[n];
      i += 2;
    } else {
      out += zh[i];
    }
  }
  return out;
}

std::optional<std::string> translate_text(std::string_view text, std::string_view code, int depth);

// A part of a message: translated when it is itself a known message or fragment, else kept as
// written (a name, a number, a path).
std::string translate_part(std::string_view part, std::string_view code, int depth) {
  if (auto t = translate_text(part, code, depth + 1)) return *t;
  return std::string(part);
}

std::optional<std::string> translate_text(std::string_view text, std::string_view code, int depth) {
  if (depth > 4) return std::nullopt;
  for (std::string_view wanted : {code, std::string_view("*")}) {
    for (const auto& t : template_table().templates) {
      if (t.code != wanted) continue;
      auto parts = match_template(text, t);
      if (!parts) continue;
      std::vector<std::string> filled;
      for (auto part : *parts) filled.push_back(translate_part(part, code, depth));
      return fill_holes(t.zh, filled);
    }
    if (wanted == "*") break;
  }
  return std::nullopt;
}

}  // namespace

LocalizedMessage diagnostic_message(const Diagnostic& d, std::string_view language) {
  if (!is_chinese(language)) return {d.message, true};
  // " (did you mean 'x'?)" may follow any name; it is taken out, and said once at the end.
  static const std::regex suggestion(R"( \(did you mean '([^']*)'\?\))");
  std::smatch m;
  std::string rest = d.message;
  std::string hint;
  if (std::regex_search(rest, m, suggestion)) {
    hint = fmt::format("（是不是要写 '{}'？）", m[1].str());
    rest = m.prefix().str() + m.suffix().str();
  }
  if (auto zh = translate_text(rest, d.code, 0)) return {*zh + hint, true};
  return {d.message, false};
}

std::string_view severity_name(Severity s, std::string_view language) {
  if (is_chinese(language)) return word(language, s == Severity::error ? "error" : "warning");
  return severity_name(s);
}

std::string format_diagnostic(const Diagnostic& d, std::string_view language) {
  if (!is_chinese(language)) return format_diagnostic(d);
  return fmt::format("{}:{}:{}: {}：{} [{}]", d.path, d.line, d.column, severity_name(d.severity, language),
                     diagnostic_message(d, language).text, d.code);
}

std::string translate_message(std::string_view english, std::string_view language) {
  if (!is_chinese(language)) return std::string(english);
  if (auto zh = translate_text(english, "*", 0)) return *zh;
  return std::string(english);
}

std::vector<std::string> diagnostic_table_problems() { return template_table().problems; }

}  // namespace hallsim
